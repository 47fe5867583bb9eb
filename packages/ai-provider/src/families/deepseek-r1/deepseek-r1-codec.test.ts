import { describe, expect, it } from 'vitest';
import { codecContext, decodeStream, joinParts } from '../../test-utils/codec-context';

describe('DeepSeek-R1', () => {
  it("uses DeepSeek's chat template, opens <think> and never sends reasoning back", () => {
    const { ctx, codec } = codecContext('DeepSeek-R1', [
      { role: 'system', content: 'SYS' },
      { role: 'user', content: [{ type: 'text', text: 'U1' }] },
      {
        role: 'assistant',
        content: [
          { type: 'reasoning', text: 'old thoughts' },
          { type: 'text', text: 'A1' },
        ],
      },
      { role: 'user', content: [{ type: 'text', text: 'U2' }] },
    ]);
    expect(codec.buildRequest(ctx).body).toEqual({
      prompt:
        '<｜begin▁of▁sentence｜>SYS<｜User｜>U1<｜Assistant｜>A1<｜end▁of▁sentence｜><｜User｜>U2<｜Assistant｜><think>\n',
      max_tokens: 4096,
    });
  });

  it('splits the reasoning from the answer at </think>, wherever the chunks cut it; every character is kept', () => {
    const { ctx, codec } = codecContext('DeepSeek-R1', [
      { role: 'user', content: [{ type: 'text', text: 'x' }] },
    ]);
    const whole = 'Okay, 2+2 is 4.\n</think>\n\nFour.';
    expect(codec.parseResponse({ choices: [{ text: whole, stop_reason: 'stop' }] }, ctx)).toMatchObject({
      text: 'Four.',
      reasoning: [{ type: 'text', text: 'Okay, 2+2 is 4.\n\n\n' }],
    });
    for (let cut = 0; cut <= whole.length; cut++) {
      const { parts } = decodeStream(codec, ctx, [
        { choices: [{ text: whole.slice(0, cut) }] },
        { choices: [{ text: whole.slice(cut), stop_reason: 'stop' }] },
      ]);
      expect(joinParts(parts), `cut at ${cut}`).toEqual({
        text: 'Four.',
        reasoning: 'Okay, 2+2 is 4.\n\n\n',
      });
    }
  });
});
