import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InlineReasoningFormat } from '../catalog/model-catalog-types';
import { InlineReasoningSplitter, splitInlineReasoning } from './inline-reasoning-splitter';

const BOTH: InlineReasoningFormat = { tags: ['think', 'reasoning'] };
const R1: InlineReasoningFormat = { tags: ['think'], startsInside: true };

function run(chunks: string[], format: InlineReasoningFormat, cut = false) {
  const splitter = new InlineReasoningSplitter(format);
  const parts: Array<[string, string]> = [];
  const emit = (kind: string, text: string) => parts.push([kind, text]);
  for (const chunk of chunks) splitter.push(chunk, emit);
  splitter.flush(emit, { cut });
  const joined = { text: '', reasoning: '' };
  for (const [kind, text] of parts) joined[kind as 'text' | 'reasoning'] += text;
  return { parts, ...joined };
}

const ALL_TAGS = ['<think>', '</think>', '<reasoning>', '</reasoning>'];

/** `kept` is `whole` with zero or more whole tags taken out, and nothing else. */
function withoutSomeTags(whole: string, kept: string): boolean {
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    if (i === whole.length) return j === kept.length;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok = j < kept.length && whole[i] === kept[j] && go(i + 1, j + 1);
    for (const tag of ALL_TAGS) if (!ok && whole.startsWith(tag, i)) ok = go(i + tag.length, j);
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}

describe('InlineReasoningSplitter', () => {
  it('splits a gpt-oss answer with a leading <reasoning> block', () => {
    expect(splitInlineReasoning('<reasoning>User asks 1+1.</reasoning>Two', BOTH)).toEqual({
      text: 'Two',
      reasoning: 'User asks 1+1.',
    });
  });

  it('splits a Kimi stream where every delta is wrapped in its own tag pair; separators go with the reasoning', () => {
    const out = run(
      ['<reasoning> The user asks</reasoning>', '<reasoning> what 1+1 is.</reasoning>', ' 2'],
      BOTH,
    );
    expect(out.reasoning).toBe(' The user asks what 1+1 is. ');
    expect(out.text).toBe('2');
  });

  it('Kimi Converse text " <think> … </think> FOUND": reasoning, then the answer', () => {
    const out = run([' <think>', ' Looking it up.', ' </think>', ' FOUND'], { tags: ['think'] });
    expect(out.reasoning).toBe('  Looking it up.  ');
    expect(out.text).toBe('FOUND');
    expect(out.parts.filter(([kind]) => kind === 'text')).toEqual([['text', 'FOUND']]);
  });

  it("a block never closed is answer text (Kimi's lone <think> marker), or reasoning when the answer was cut", () => {
    expect(splitInlineReasoning(' <think> It is 30°C.', { tags: ['think'] })).toEqual({
      text: '  It is 30°C.',
      reasoning: '',
    });
    expect(splitInlineReasoning('<think>Hmm, so', { tags: ['think'] }, { cut: true })).toEqual({
      text: '',
      reasoning: 'Hmm, so',
    });
  });

  it('starts inside reasoning when the prompt opened <think> (DeepSeek-R1); the answer keeps its indentation', () => {
    expect(splitInlineReasoning('Okay, 2+2=4.\n</think>\n\nFour', R1)).toEqual({
      text: 'Four',
      reasoning: 'Okay, 2+2=4.\n\n\n',
    });
    expect(splitInlineReasoning('Code.</think>\n\n    def f():\n        pass', R1)).toEqual({
      text: '    def f():\n        pass',
      reasoning: 'Code.\n\n',
    });
    expect(splitInlineReasoning('<think>\nHmm.</think>Yes', R1)).toEqual({
      text: 'Yes',
      reasoning: '\nHmm.',
    });
  });

  it('tags are only read at the start: an answer that mentions them keeps them, and keeps its whitespace', () => {
    expect(splitInlineReasoning('    def f():  # </reasoning> <think>x</think>\n', BOTH)).toEqual({
      text: '    def f():  # </reasoning> <think>x</think>\n',
      reasoning: '',
    });
    expect(splitInlineReasoning('<think>a</think>b <reasoning>c</reasoning>', BOTH)).toEqual({
      text: 'b <reasoning>c</reasoning>',
      reasoning: 'a',
    });
    expect(run(['  ', '<thi', 'ng>'], BOTH).text).toBe('  <thing>');
    expect(run(['x <thi'], BOTH).text).toBe('x <thi');
    expect(run(['</think> stray'], BOTH).text).toBe('</think> stray');
  });

  it('holds an opened block no longer than needed: it streams live past the limit', () => {
    const parts: string[] = [];
    const splitter = new InlineReasoningSplitter(R1);
    splitter.push('hello world </thi', (_, text) => parts.push(text));
    expect(parts.join('')).toBe('hello world ');
    const long: Array<[string, string]> = [];
    const held = new InlineReasoningSplitter(BOTH);
    held.push(`<think>${'x'.repeat(40_000)}`, (kind, text) => long.push([kind, text]));
    expect(long).toEqual([['reasoning', 'x'.repeat(40_000)]]);
  });

  it('property: every chunking gives the same split, and reasoning + text is the input without its tags', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom(
        '<think>',
        '</think>',
        '<reasoning>',
        '</reasoning>',
        ' ',
        '\n',
        '    ',
        '<',
        '</',
        'think>',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom(BOTH, R1, { tags: ['think'] } as InlineReasoningFormat),
        fc.boolean(),
        (pieces, cuts, format, cut) => {
          const whole = pieces.join('');
          const positions = [...new Set(cuts.map(c => c % (whole.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...positions].map((start, i) =>
            whole.slice(start, [...positions, whole.length][i]),
          );
          const once = splitInlineReasoning(whole, format, { cut });
          const streamed = run(chunks, format, cut);
          expect({ text: streamed.text, reasoning: streamed.reasoning }).toEqual(once);
          // All reasoning comes before the answer, and reasoning + text is the input with some whole tags removed.
          const kinds = streamed.parts.map(([kind]) => kind);
          expect(kinds.indexOf('text') < 0 || !kinds.slice(kinds.indexOf('text')).includes('reasoning')).toBe(
            true,
          );
          expect(withoutSomeTags(whole, once.reasoning + once.text), JSON.stringify(whole)).toBe(true);
        },
      ),
      // 500 cases; with `FAST_CHECK_RUNS=n` (the long run), 50 × n.
      {
        numRuns: process.env.FAST_CHECK_RUNS ? 50 * Number(process.env.FAST_CHECK_RUNS) : 500,
        seed: 20261201,
      },
    );
  });
});
