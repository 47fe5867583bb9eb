import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TrailingEndings, withoutEnding } from './trailing-endings';

const ENDINGS = ['<|eot|>', '<|eot_id|>', 'STOP', 'END'];

function streamed(chunks: string[], endings: readonly string[]): { out: string; pieces: string[] } {
  const trailing = new TrailingEndings(endings);
  const pieces = chunks.map(chunk => trailing.push(chunk));
  pieces.push(trailing.flush());
  return { out: pieces.join(''), pieces };
}

describe('withoutEnding', () => {
  it.each([
    ['Two<|eot|>', 'Two', '<|eot|>'],
    ['Two<|eot|><|eot|>', 'Two<|eot|>', '<|eot|>'],
    ['STOP in the middle, not at the end', 'STOP in the middle, not at the end', undefined],
    ['', '', undefined],
  ])('%j -> %j', (text, rest, removed) => {
    expect(withoutEnding(text, ENDINGS)).toEqual(removed ? { text: rest, removed } : { text: rest });
  });

  it('an empty ending never matches', () => {
    expect(withoutEnding('abc', [''])).toEqual({ text: 'abc' });
  });
});

describe('TrailingEndings', () => {
  it('holds back only what may still become an ending, and gives it out when it does not', () => {
    const trailing = new TrailingEndings(ENDINGS);
    expect(trailing.push('Hello <|e')).toBe('Hello ');
    expect(trailing.push('ot_i')).toBe('');
    expect(trailing.push('s not a token')).toBe('<|eot_is not a token');
    expect(trailing.push(' S')).toBe(' ');
    expect(trailing.flush()).toBe('S');
  });

  it('drops a whole ending at the end of the stream, cut anywhere', () => {
    const text = 'The answer is 42.<|eot_id|>';
    for (let cut = 0; cut <= text.length; cut++)
      expect(streamed([text.slice(0, cut), text.slice(cut)], ENDINGS).out, `cut ${cut}`).toBe(
        'The answer is 42.',
      );
  });

  it('with no endings, every chunk passes at once', () => {
    expect(streamed(['a', '<|eot|>', 'b'], []).pieces).toEqual(['a', '<|eot|>', 'b', '']);
  });

  it('property: for any text and chunking, the stream gives what withoutEnding gives the whole text', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(...ENDINGS, '<|', 'ST', 'EN', '<|eot'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), chunks => {
        expect(streamed(chunks, ENDINGS).out).toBe(withoutEnding(chunks.join(''), ENDINGS).text);
      }),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 300) },
    );
  });
});
