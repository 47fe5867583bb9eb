import { describe, expect, it } from 'vitest';
import {
  InlineReasoningSplitter,
  type InlineReasoningSplitterOptions,
  splitInlineReasoning,
} from './inline-reasoning-splitter';

function run(chunks: string[], options?: InlineReasoningSplitterOptions) {
  const splitter = new InlineReasoningSplitter(options);
  const parts: Array<[string, string]> = [];
  const emit = (kind: string, text: string) => parts.push([kind, text]);
  for (const chunk of chunks) splitter.push(chunk, emit);
  splitter.flush(emit);
  const joined = { text: '', reasoning: '' };
  for (const [kind, text] of parts) joined[kind as 'text' | 'reasoning'] += text;
  return { parts, ...joined };
}

describe('InlineReasoningSplitter', () => {
  it('splits a gpt-oss answer with a leading <reasoning> block', () => {
    expect(splitInlineReasoning('<reasoning>User asks 1+1.</reasoning>Two')).toEqual({
      text: 'Two',
      reasoning: 'User asks 1+1.',
      sawReasoning: true,
    });
  });

  it('splits a Kimi stream where every delta is wrapped in its own tag pair', () => {
    const out = run(['<reasoning> The user asks</reasoning>', '<reasoning> what 1+1 is.</reasoning>', ' 2']);
    expect(out.reasoning).toBe('The user asks what 1+1 is.');
    expect(out.text).toBe('2');
  });

  it('handles Kimi Converse text " <think> … </think> FOUND" without a stray space of text', () => {
    const out = run([' <think>', ' Looking it up.', ' </think>', ' FOUND']);
    expect(out.reasoning).toBe('Looking it up. ');
    expect(out.text).toBe('FOUND');
    expect(out.parts.filter(([kind]) => kind === 'text')).toEqual([['text', 'FOUND']]);
  });

  it('starts inside reasoning when the prompt opened <think> (DeepSeek-R1)', () => {
    expect(splitInlineReasoning('Okay, 2+2=4.\n</think>\n\nFour', { startInReasoning: true })).toEqual({
      text: 'Four',
      reasoning: 'Okay, 2+2=4.\n',
      sawReasoning: true,
    });
  });

  it('drops a repeated open tag inside implied reasoning', () => {
    expect(splitInlineReasoning('<think>\nHmm.</think>Yes', { startInReasoning: true }).reasoning).toBe(
      'Hmm.',
    );
  });

  it('drops a stray close tag in text (Nemotron without an opening tag)', () => {
    expect(splitInlineReasoning('thinking\n</think>\n\n2')).toEqual({
      text: 'thinking\n\n\n2',
      reasoning: '',
      sawReasoning: true,
    });
  });

  it('keeps text that only looks like the start of a tag', () => {
    expect(run(['a <', 'b and <th', 'ing>']).text).toBe('a <b and <thing>');
    expect(run(['x <thi']).text).toBe('x <thi');
  });

  it('gives the same result for every split position of every chunk boundary', () => {
    const whole = 'Intro <think>step one</think> middle <reasoning>step two</reasoning> end';
    const expected = run([whole]);
    expect(expected.text).toBe('Intro  middle  end');
    expect(expected.reasoning).toBe('step onestep two');
    for (let i = 0; i <= whole.length; i++) {
      for (let j = i; j <= whole.length; j++) {
        const out = run([whole.slice(0, i), whole.slice(i, j), whole.slice(j)]);
        expect([out.text, out.reasoning], `split at ${i}/${j}`).toEqual([expected.text, expected.reasoning]);
      }
    }
  });

  it('holds back no more than the longest tag', () => {
    const parts: string[] = [];
    const splitter = new InlineReasoningSplitter();
    splitter.push('hello world </reasoning', (_, text) => parts.push(text));
    expect(parts.join('')).toBe('hello world ');
  });
});
