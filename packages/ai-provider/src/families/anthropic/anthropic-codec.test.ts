import { InvalidPromptError, UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { codecContext, decodeStream } from '../../test-utils/codec-context';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const build = (...args: Parameters<typeof codecContext>) => {
  const { ctx, codec } = codecContext(...args);
  return { body: codec.buildRequest(ctx).body, warnings: ctx.warnings };
};

describe('Claude request bodies', () => {
  it('keeps every system message, merges turns and puts tool results in the user turn', () => {
    const { body } = build('Claude-4-5-Sonnet', [
      { role: 'system', content: 'S1' },
      { role: 'system', content: 'S2' },
      { role: 'user', content: [{ type: 'text', text: 'U1' }] },
      { role: 'user', content: [{ type: 'text', text: 'U2' }] },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'A1' },
          { type: 'tool-call', toolCallId: 't1', toolName: 'w', args: { c: 'P' } },
        ],
      },
      {
        role: 'tool',
        content: [
          { type: 'tool-result', toolCallId: 't1', toolName: 'w', result: { ok: true }, isError: true },
        ],
      },
    ]);
    expect(body).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 4096,
      system: [
        { type: 'text', text: 'S1' },
        { type: 'text', text: 'S2' },
      ],
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'U1' },
            { type: 'text', text: 'U2' },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'A1' },
            { type: 'tool_use', id: 't1', name: 'w', input: { c: 'P' } },
          ],
        },
        {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: 't1', content: '{"ok":true}', is_error: true }],
        },
      ],
    });
  });

  it('sends images as base64 with their sniffed media type and PDFs as documents', () => {
    const { body } = build('Claude-4-5-Sonnet', [
      {
        role: 'user',
        content: [
          { type: 'image', image: PNG, mimeType: 'image/jpeg' },
          { type: 'file', data: 'JVBERi0=', mimeType: 'application/pdf' },
          { type: 'text', text: 'What is this?' },
        ],
      },
    ]);
    expect((body.messages as Array<{ content: unknown }>)[0]!.content).toEqual([
      {
        type: 'image',
        source: { type: 'base64', media_type: 'image/png', data: Buffer.from(PNG).toString('base64') },
      },
      { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' } },
      { type: 'text', text: 'What is this?' },
    ]);
  });

  const thinkingHistory = () =>
    build('Claude-4-5-Sonnet-Thinking', [
      { role: 'user', content: [{ type: 'text', text: 'Q' }] },
      {
        role: 'assistant',
        content: [
          { type: 'reasoning', text: 'hmm', signature: 'sig' },
          { type: 'redacted-reasoning', data: 'opaque' },
          { type: 'reasoning', text: 'from another model' },
          { type: 'tool-call', toolCallId: 't', toolName: 'w', args: {} },
        ],
      },
      { role: 'tool', content: [{ type: 'tool-result', toolCallId: 't', toolName: 'w', result: 'ok' }] },
    ]);

  it('sends signed and redacted thinking back as they came, when thinking is on', () => {
    const { body } = thinkingHistory();
    expect((body.messages as Array<{ content: unknown }>)[1]!.content).toEqual([
      { type: 'thinking', thinking: 'hmm', signature: 'sig' },
      { type: 'redacted_thinking', data: 'opaque' },
      { type: 'tool_use', id: 't', name: 'w', input: {} },
    ]);
    expect(body.thinking).toEqual({ type: 'enabled', budget_tokens: 16000 });
  });

  it('drops unsigned reasoning, with a warning', () => {
    const { warnings } = thinkingHistory();
    expect(warnings.map(w => (w.type === 'other' ? w.message : w.type))).toContain(
      'Reasoning without a signature (not produced by Claude) was not sent back: Bedrock cannot verify it.',
    );
  });

  it('applies the Claude 4 temperature/top_p rule: top_p dropped, with a warning', () => {
    const plain = build('Claude-4-5-Sonnet', [{ role: 'user', content: [{ type: 'text', text: 'x' }] }], {
      temperature: 0.3,
      topP: 0.9,
    });
    expect(plain.body).toMatchObject({ temperature: 0.3 });
    expect(plain.body.top_p).toBeUndefined();
    expect(plain.warnings).toEqual([
      { type: 'unsupported-setting', setting: 'topP', details: expect.stringContaining('not both') },
    ]);
  });

  it('applies the thinking rules: max_tokens above the budget, no sampling, no forced tool, a warning each', () => {
    const thinking = build(
      'Claude-4-5-Sonnet-Thinking',
      [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
      {
        temperature: 0.3,
        topK: 5,
        maxTokens: 2000,
        mode: {
          type: 'regular',
          tools: [{ type: 'function', name: 'w', parameters: {} }],
          toolChoice: { type: 'required' },
        },
      },
    );
    expect(thinking.body).toMatchObject({
      max_tokens: 18000,
      thinking: { type: 'enabled', budget_tokens: 16000 },
      tool_choice: { type: 'auto' },
    });
    expect(thinking.body.temperature).toBeUndefined();
    expect(thinking.body.top_k).toBeUndefined();
    expect(thinking.warnings).toHaveLength(4);
  });

  it('maps toolChoice, tools and stop sequences to the Messages fields', () => {
    const { body } = build('Claude-4-5-Haiku', [{ role: 'user', content: [{ type: 'text', text: 'x' }] }], {
      stopSequences: ['END'],
      mode: {
        type: 'regular',
        tools: [{ type: 'function', name: 'w', description: 'd', parameters: { type: 'object' } }],
        toolChoice: { type: 'tool', toolName: 'w' },
      },
    });
    expect(body).toMatchObject({
      stop_sequences: ['END'],
      tools: [{ name: 'w', description: 'd', input_schema: { type: 'object' } }],
      tool_choice: { type: 'tool', name: 'w' },
    });
  });

  it('refuses an image to a model without vision, before sending', () => {
    expect(() =>
      build('anthropic.claude-3-5-haiku-20241022-v1:0', [
        { role: 'user', content: [{ type: 'image', image: PNG }] },
      ]),
    ).toThrow(UnsupportedFunctionalityError);
  });

  it('refuses a file type Claude does not read (audio), before sending', () => {
    expect(() =>
      build('Claude-4-5-Haiku', [
        { role: 'user', content: [{ type: 'file', data: 'eA==', mimeType: 'audio/wav' }] },
      ]),
    ).toThrow(UnsupportedFunctionalityError);
  });

  it('refuses more images than Claude takes in one request, before sending', () => {
    const many = Array.from({ length: 21 }, () => ({ type: 'image' as const, image: PNG }));
    expect(() => build('Claude-4-5-Haiku', [{ role: 'user', content: many }])).toThrow(InvalidPromptError);
  });
});

describe('Claude stream decoding', () => {
  it('emits reasoning, its signature, text and one tool call from the chunks', () => {
    const { ctx, codec } = codecContext('Claude-4-5-Sonnet-Thinking', [
      { role: 'user', content: [{ type: 'text', text: 'x' }] },
    ]);
    const { parts, finish } = decodeStream(codec, ctx, [
      { type: 'message_start', message: { id: 'msg_1', model: 'claude', usage: { input_tokens: 7 } } },
      { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'th' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 'S' } },
      { type: 'content_block_stop', index: 0 },
      { type: 'content_block_start', index: 1, content_block: { type: 'redacted_thinking', data: 'R' } },
      { type: 'content_block_stop', index: 1 },
      { type: 'content_block_delta', index: 2, delta: { type: 'text_delta', text: 'hi' } },
      {
        type: 'content_block_start',
        index: 3,
        content_block: { type: 'tool_use', id: 'tu', name: 'w', input: {} },
      },
      { type: 'content_block_delta', index: 3, delta: { type: 'input_json_delta', partial_json: '{"a"' } },
      { type: 'content_block_delta', index: 3, delta: { type: 'input_json_delta', partial_json: ':1}' } },
      { type: 'content_block_stop', index: 3 },
      { type: 'message_delta', delta: { stop_reason: 'tool_use' }, usage: { output_tokens: 9 } },
      { type: 'message_stop', 'amazon-bedrock-invocationMetrics': { inputTokenCount: 7 } },
    ]);
    expect(parts.map(part => part.type)).toEqual([
      'response-metadata',
      'reasoning',
      'reasoning-signature',
      'redacted-reasoning',
      'text-delta',
      'tool-call-delta',
      'tool-call-delta',
      'tool-call',
    ]);
    expect(parts.at(-1)).toEqual({
      type: 'tool-call',
      toolCallType: 'function',
      toolCallId: 'tu',
      toolName: 'w',
      args: '{"a":1}',
    });
    expect(finish).toMatchObject({
      finishReason: 'tool-calls',
      rawFinishReason: 'tool_use',
      usage: { promptTokens: 7, completionTokens: 9 },
      // amazon-bedrock-invocationMetrics are read by the core for every family (core/assemble-result.ts), not here.
      providerMetadata: { stopSequence: null },
    });
  });

  it('takes prompt-cache counts from message_start, and the cumulative ones of message_delta over them', () => {
    const { ctx, codec } = codecContext('Claude-4-5-Sonnet', [
      { role: 'user', content: [{ type: 'text', text: 'x' }] },
    ]);
    const start = {
      type: 'message_start',
      message: {
        id: 'm',
        model: 'c',
        usage: { input_tokens: 4, cache_read_input_tokens: 10, cache_creation_input_tokens: 3 },
      },
    };
    const text = { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'hi' } };
    const end = (usage: object) => ({ type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage });
    expect(
      decodeStream(codec, ctx, [start, text, end({ output_tokens: 2 })]).finish.providerMetadata,
    ).toMatchObject({
      cacheReadInputTokens: 10,
      cacheWriteInputTokens: 3,
    });
    const later = decodeStream(codec, ctx, [
      { ...start, message: { ...start.message, usage: { input_tokens: 4 } } },
      text,
      end({ output_tokens: 2, input_tokens: 4, cache_read_input_tokens: 30, cache_creation_input_tokens: 0 }),
    ]);
    expect(later.finish.providerMetadata).toMatchObject({
      cacheReadInputTokens: 30,
      cacheWriteInputTokens: 0,
    });
  });
});
