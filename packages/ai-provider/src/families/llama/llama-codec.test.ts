import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { codecContext, decodeStream, joinParts } from '../../test-utils/codec-context';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9]);
const multiTurn = [
  { role: 'system' as const, content: 'SYS' },
  { role: 'user' as const, content: [{ type: 'text' as const, text: 'U1' }] },
  { role: 'assistant' as const, content: [{ type: 'text' as const, text: 'A1' }] },
  { role: 'user' as const, content: [{ type: 'text' as const, text: 'U2' }] },
];

describe('Llama prompt bodies', () => {
  it('Llama 3: Meta template with the system turn and an end-of-turn after every turn; no stop field (warning)', () => {
    const { ctx, codec } = codecContext('Llama-3-3-70b', multiTurn, {
      temperature: 0.2,
      stopSequences: ['x'],
      maxTokens: 300,
    });
    expect(codec.buildRequest(ctx).body).toEqual({
      prompt:
        '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nSYS<|eot_id|>' +
        '<|start_header_id|>user<|end_header_id|>\n\nU1<|eot_id|>' +
        '<|start_header_id|>assistant<|end_header_id|>\n\nA1<|eot_id|>' +
        '<|start_header_id|>user<|end_header_id|>\n\nU2<|eot_id|>' +
        '<|start_header_id|>assistant<|end_header_id|>\n\n',
      max_gen_len: 300,
      temperature: 0.2,
    });
    expect(ctx.warnings).toEqual([
      { type: 'unsupported-setting', setting: 'stopSequences', details: expect.stringContaining('Converse') },
    ]);
  });

  it('Llama 4: its own tokens, images in `images` with an image token per image', () => {
    const { ctx, codec } = codecContext('Llama-4-Scout-17b', [
      {
        role: 'user',
        content: [
          { type: 'image', image: PNG },
          { type: 'text', text: 'What?' },
        ],
      },
    ]);
    expect(codec.buildRequest(ctx).body).toEqual({
      prompt:
        '<|begin_of_text|><|header_start|>user<|header_end|>\n\n<|image|>What?<|eot|><|header_start|>assistant<|header_end|>\n\n',
      max_gen_len: 4096,
      images: [Buffer.from(PNG).toString('base64')],
    });
  });

  it('refuses images for Llama 3.3 on both APIs, and tools on InvokeModel', () => {
    expect(() =>
      codecContext('Llama-3-3-70b', [{ role: 'user', content: [{ type: 'image', image: PNG }] }]),
    ).toThrow(UnsupportedFunctionalityError);
    const { ctx, codec } = codecContext(
      'Llama-3-3-70b',
      [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
      {
        mode: { type: 'regular', tools: [{ type: 'function', name: 'w', parameters: {} }] },
      },
    );
    // The call moves to Converse (with a warning) instead of sending tools the prompt body cannot carry.
    expect(codec.api).toBe('converse');
    expect(ctx.warnings[0]).toMatchObject({
      type: 'other',
      message: expect.stringContaining('tools are only accepted on Converse'),
    });
  });

  it('reads generation, stop reason and counts; strips an echoed end-of-turn token even when split across chunks', () => {
    const { ctx, codec } = codecContext('Llama-4-Maverick-17b', [
      { role: 'user', content: [{ type: 'text', text: 'x' }] },
    ]);
    expect(
      codec.parseResponse(
        { generation: '2<|eot|>', prompt_token_count: 5, generation_token_count: 2, stop_reason: 'stop' },
        ctx,
      ),
    ).toMatchObject({
      text: '2',
      finishReason: 'stop',
      usage: { promptTokens: 5, completionTokens: 2 },
    });
    const { parts, finish } = decodeStream(codec, ctx, [
      { generation: 'Two', prompt_token_count: 5, generation_token_count: 1, stop_reason: null },
      { generation: '<|eo', generation_token_count: 2, stop_reason: null },
      {
        generation: 't|>',
        generation_token_count: 3,
        stop_reason: 'length',
        'amazon-bedrock-invocationMetrics': { inputTokenCount: 5, outputTokenCount: 3 },
      },
    ]);
    expect(joinParts(parts).text).toBe('Two');
    expect(finish).toMatchObject({ finishReason: 'length', usage: { promptTokens: 5, completionTokens: 3 } });
  });
});
