import { describe, expect, it } from 'vitest';
import { codecContext, decodeStream, joinParts } from '../test-utils/codec-context';

const converse = { api: 'converse' as const };
const build = (...args: Parameters<typeof codecContext>) => {
  const { ctx, codec } = codecContext(...args);
  return { body: codec.buildRequest(ctx).body, warnings: ctx.warnings };
};

describe('Converse command inputs', () => {
  it('system, merged turns, documents with safe unique names and a cache point', () => {
    const { body } = build(
      'Claude-4-5-Sonnet',
      [
        { role: 'system', content: 'S1', providerMetadata: { bedrockWrapper: { cachePoint: true } } },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'read' },
            { type: 'file', data: 'JVBERi0=', mimeType: 'application/pdf', filename: 'q3 report.v2.pdf' },
          ],
        },
        { role: 'user', content: [{ type: 'text', text: 'and' }] },
      ],
      {
        temperature: 0.4,
        topK: 10,
        stopSequences: ['END'],
      },
      converse,
    );
    expect(body).toEqual({
      messages: [
        {
          role: 'user',
          content: [
            { text: 'read' },
            {
              document: {
                format: 'pdf',
                name: 'q3 report-v2 1',
                source: { bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]) },
              },
            },
            { text: 'and' },
          ],
        },
      ],
      system: [{ text: 'S1' }, { cachePoint: { type: 'default' } }],
      inferenceConfig: { maxTokens: 4096, temperature: 0.4, stopSequences: ['END'] },
      additionalModelRequestFields: { top_k: 10 },
    });
  });

  it('replays signed Claude reasoning but never another model reasoning', () => {
    const history = [
      { role: 'user' as const, content: [{ type: 'text' as const, text: 'Q' }] },
      {
        role: 'assistant' as const,
        content: [
          { type: 'reasoning' as const, text: 'r', signature: 'sig' },
          { type: 'text' as const, text: 'A' },
        ],
      },
      { role: 'user' as const, content: [{ type: 'text' as const, text: 'Q2' }] },
    ];
    const claude = build('Claude-4-5-Sonnet-Thinking', history, {}, converse).body as {
      messages: Array<{ content: unknown[] }>;
    };
    expect(claude.messages[1]!.content).toEqual([
      { reasoningContent: { reasoningText: { text: 'r', signature: 'sig' } } },
      { text: 'A' },
    ]);
    const r1 = build('DeepSeek-R1', history, {}, converse).body as {
      messages: Array<{ content: unknown[] }>;
    };
    expect(r1.messages[1]!.content).toEqual([{ text: 'A' }]);
  });

  it('per-model rules: gpt-oss stop sequences, Nova forced tools, tool history without tools', () => {
    const gptOss = build(
      'GPT-OSS-20B',
      [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
      { stopSequences: ['x'] },
      converse,
    );
    expect((gptOss.body.inferenceConfig as Record<string, unknown>).stopSequences).toBeUndefined();
    expect(gptOss.warnings[0]).toMatchObject({ type: 'unsupported-setting', setting: 'stopSequences' });
    const nova = build(
      'Nova-Pro',
      [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
      {
        mode: {
          type: 'regular',
          tools: [
            { type: 'function', name: 'a', parameters: {} },
            { type: 'function', name: 'b', parameters: {} },
          ],
          toolChoice: { type: 'tool', toolName: 'b' },
        },
      },
      converse,
    );
    expect(nova.body.toolConfig).toEqual({
      tools: [{ toolSpec: { name: 'b', inputSchema: { json: {} } } }],
      toolChoice: { auto: {} },
    });
    expect(nova.warnings[0]).toMatchObject({
      type: 'other',
      message: expect.stringContaining('cannot be forced'),
    });
    const flattened = build(
      'Nova-Pro',
      [
        { role: 'user', content: [{ type: 'text', text: 'x' }] },
        {
          role: 'assistant',
          content: [{ type: 'tool-call', toolCallId: 't', toolName: 'w', args: { a: 1 } }],
        },
        { role: 'tool', content: [{ type: 'tool-result', toolCallId: 't', toolName: 'w', result: 'ok' }] },
      ],
      {},
      converse,
    );
    expect((flattened.body.messages as unknown[]).at(-1)).toEqual({
      role: 'user',
      content: [{ text: '[result of tool w: ok]' }],
    });
  });
});

describe('Converse answers', () => {
  it('a reasoning-only answer that ended normally is the answer (Magistral)', () => {
    const { ctx, codec } = codecContext('Magistral-Small-2509', [
      { role: 'user', content: [{ type: 'text', text: 'x' }] },
    ]);
    const result = codec.parseResponse(
      {
        output: { message: { content: [{ reasoningContent: { reasoningText: { text: 'Two' } } }] } },
        stopReason: 'end_turn',
      },
      ctx,
    );
    expect(result).toMatchObject({ text: 'Two', reasoning: undefined, finishReason: 'stop' });
  });

  it('Kimi inline <think> on ConverseStream is split at every cut', () => {
    const { ctx, codec } = codecContext(
      'Kimi-K2',
      [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
      {},
      converse,
    );
    const whole = ' <think> Looking it up. </think> FOUND';
    for (let cut = 0; cut <= whole.length; cut++) {
      const events = [whole.slice(0, cut), whole.slice(cut)].map(text => ({
        contentBlockDelta: { contentBlockIndex: 0, delta: { text } },
      }));
      expect(joinParts(decodeStream(codec, ctx, events).parts), `cut ${cut}`).toEqual({
        text: 'FOUND',
        reasoning: 'Looking it up. ',
      });
    }
  });
});
