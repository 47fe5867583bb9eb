import { describe, expect, it } from 'vitest';
import { codecContext, decodeStream, joinParts } from '../../test-utils/codec-context';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 5]);

describe('Nova messages-v1', () => {
  it('sends system, images as base64 bytes, inferenceConfig, tools and no trailing empty assistant', () => {
    const { ctx, codec } = codecContext(
      'Nova-Pro',
      [
        { role: 'system', content: 'SYS' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'look' },
            { type: 'image', image: PNG },
          ],
        },
      ],
      {
        maxTokens: 500,
        temperature: 0.2,
        topK: 20,
        stopSequences: ['7'],
        mode: { type: 'regular', tools: [{ type: 'function', name: 'w', parameters: { type: 'object' } }] },
      },
    );
    expect(codec.buildRequest(ctx).body).toEqual({
      schemaVersion: 'messages-v1',
      messages: [
        {
          role: 'user',
          content: [
            { text: 'look' },
            { image: { format: 'png', source: { bytes: Buffer.from(PNG).toString('base64') } } },
          ],
        },
      ],
      system: [{ text: 'SYS' }],
      inferenceConfig: { maxTokens: 500, temperature: 0.2, stopSequences: ['7'], topK: 20 },
      toolConfig: {
        tools: [{ toolSpec: { name: 'w', inputSchema: { json: { type: 'object' } } } }],
        toolChoice: { auto: {} },
      },
    });
  });

  // The InvokeModel body has Converse's toolConfig (https://docs.aws.amazon.com/nova/latest/nova2-userguide/request-response-schema.html)
  // and Nova takes toolChoice `any` and `tool` (https://docs.aws.amazon.com/nova/latest/userguide/tool-choice.html).
  it.each([
    [{ type: 'required' as const }, { any: {} }],
    [{ type: 'tool' as const, toolName: 'w' }, { tool: { name: 'w' } }],
  ])('forces tool use in the InvokeModel body: %o', (toolChoice, expected) => {
    const { ctx, codec } = codecContext(
      'Nova-Pro',
      [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
      {
        mode: {
          type: 'regular',
          tools: [{ type: 'function', name: 'w', parameters: { type: 'object' } }],
          toolChoice,
        },
      },
    );
    expect(codec.buildRequest(ctx).body.toolConfig).toEqual({
      tools: [{ toolSpec: { name: 'w', inputSchema: { json: { type: 'object' } } } }],
      toolChoice: expected,
    });
    expect(ctx.warnings).toEqual([]);
  });

  it('Nova 2 reasoning goes in inferenceConfig.reasoningConfig (at effort high without maxTokens)', () => {
    const { ctx, codec } = codecContext('Nova-2-Lite-Thinking', [
      { role: 'user', content: [{ type: 'text', text: 'x' }] },
    ]);
    expect(codec.buildRequest(ctx).body.inferenceConfig).toEqual({
      reasoningConfig: { type: 'enabled', maxReasoningEffort: 'high' },
    });
  });

  it('removes the stop sequence Nova keeps at the end of its text, also when streamed in pieces', () => {
    const { ctx, codec } = codecContext(
      'Nova-Lite',
      [{ role: 'user', content: [{ type: 'text', text: 'count' }] }],
      { stopSequences: ['• Third'] },
    );
    expect(
      codec.parseResponse(
        {
          output: { message: { content: [{ text: '• First\n• Second\n• Third' }] } },
          stopReason: 'end_turn',
        },
        ctx,
      ).text,
    ).toBe('• First\n• Second\n');
    const pieces = ['• First\n', '• Second\n• Th', 'ird'];
    const chunks = [
      { messageStart: { role: 'assistant' } },
      ...pieces.map((text, index) => ({ contentBlockDelta: { delta: { text }, contentBlockIndex: index } })),
      { messageStop: { stopReason: 'end_turn' } },
      { metadata: { usage: { inputTokens: 3, outputTokens: 5 } } },
    ];
    const { parts, finish } = decodeStream(codec, ctx, chunks);
    expect(joinParts(parts).text).toBe('• First\n• Second\n');
    expect(finish).toMatchObject({ finishReason: 'stop', usage: { promptTokens: 3, completionTokens: 5 } });
  });
});
