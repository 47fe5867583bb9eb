import type { LanguageModelV1Prompt } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { codecContext } from '../test-utils/codec-context';

const cached = { bedrockWrapper: { cachePoint: true } };
/** A system prompt and `turns` user/assistant pairs, each message marked as a cache point. */
function markedPrompt(turns: number): LanguageModelV1Prompt {
  return [
    { role: 'system', content: 'S', providerMetadata: cached },
    ...Array.from({ length: turns }, (_, i) => [
      {
        role: 'user' as const,
        content: [{ type: 'text' as const, text: `Q${i}` }],
        providerMetadata: cached,
      },
      {
        role: 'assistant' as const,
        content: [{ type: 'text' as const, text: `A${i}` }],
        providerMetadata: cached,
      },
    ]).flat(),
    { role: 'user', content: [{ type: 'text', text: 'last' }] },
  ];
}
const build = (name: string, prompt: LanguageModelV1Prompt, api: 'invoke' | 'converse') => {
  const { ctx, codec } = codecContext(name, prompt, {}, { api });
  return { body: JSON.stringify(codec.buildRequest(ctx).body), warnings: ctx.warnings };
};
const count = (text: string, marker: string) => text.split(marker).length - 1;

describe('prompt-cache points', () => {
  it.each(['invoke', 'converse'] as const)(
    'Claude gets at most 4, the first ones, with a warning (%s)',
    api => {
      const { body, warnings } = build('Claude-4-5-Sonnet', markedPrompt(3), api);
      expect(count(body, api === 'invoke' ? '"cache_control"' : '"cachePoint"')).toBe(4);
      // The first four: the system prompt, Q0, A0 and Q1 (A1 onwards not).
      if (api === 'converse') expect(body).toContain('{"text":"Q1"},{"cachePoint":{"type":"default"}}');
      expect(body).not.toContain('{"text":"A1"},{"cachePoint"');
      expect(warnings).toEqual([
        {
          type: 'other',
          message:
            'Claude-4-5-Sonnet takes at most 4 prompt-cache points per request; the first 4 of 7 were sent.',
        },
      ]);
    },
  );

  it('four or fewer are sent as marked, without a warning', () => {
    const prompt = markedPrompt(3).map((message, i) =>
      i < 4 ? message : { ...message, providerMetadata: {} },
    );
    const { body, warnings } = build('Nova-Pro', prompt, 'converse');
    expect(count(body, '"cachePoint"')).toBe(4);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['Llama-3-3-70b', 'converse'],
    ['Qwen3-32B', 'converse'],
    ['GLM-4.7', 'converse'],
  ] as const)('a model without prompt caching gets none, with a warning (%s, %s)', (name, api) => {
    const { body, warnings } = build(name, markedPrompt(1), api);
    expect(body).not.toContain('cachePoint');
    expect(warnings).toContainEqual({
      type: 'other',
      message: `${name} has no prompt caching on Bedrock (only Claude and Nova do); its 3 cache points were not sent.`,
    });
  });

  describe('on Nova, only right after text', () => {
    const toolTurns: LanguageModelV1Prompt = [
      { role: 'system', content: 'S', providerMetadata: cached },
      { role: 'user', content: [{ type: 'text', text: 'Q' }], providerMetadata: cached },
      {
        role: 'assistant',
        content: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'look', args: {} }],
        providerMetadata: cached,
      },
      {
        role: 'tool',
        content: [{ type: 'tool-result', toolCallId: 'c1', toolName: 'look', result: 'seen' }],
        providerMetadata: cached,
      },
    ];
    const withTool = (name: string, api: 'invoke' | 'converse') => {
      const { ctx, codec } = codecContext(
        name,
        toolTurns,
        {
          mode: {
            type: 'regular',
            tools: [{ type: 'function', name: 'look', parameters: { type: 'object', properties: {} } }],
          },
        },
        { api },
      );
      return { body: codec.buildRequest(ctx).body as Record<string, unknown>, warnings: ctx.warnings };
    };

    it('Converse: after text a block of its own; after a tool call or tool result none, with a warning', () => {
      const { body, warnings } = withTool('Nova-Pro', 'converse');
      expect(body.system).toEqual([{ text: 'S' }, { cachePoint: { type: 'default' } }]);
      expect((body.messages as Array<{ content: unknown[] }>).map(message => message.content)).toEqual([
        [{ text: 'Q' }, { cachePoint: { type: 'default' } }],
        [{ toolUse: { toolUseId: 'c1', name: 'look', input: {} } }],
        [{ toolResult: { toolUseId: 'c1', content: [{ text: 'seen' }] } }],
      ]);
      expect(warnings).toEqual([
        {
          type: 'other',
          message:
            'Nova-Pro takes a prompt-cache point only right after text; the one after a toolUse block was not sent.',
        },
        {
          type: 'other',
          message:
            'Nova-Pro takes a prompt-cache point only right after text; the one after a toolResult block was not sent.',
        },
      ]);
    });

    it('InvokeModel: the cache point is a key of the text block it follows', () => {
      const { body, warnings } = withTool('Nova-Pro', 'invoke');
      expect(body.system).toEqual([{ text: 'S', cachePoint: { type: 'default' } }]);
      expect((body.messages as Array<{ content: unknown[] }>)[0]?.content).toEqual([
        { text: 'Q', cachePoint: { type: 'default' } },
      ]);
      expect(JSON.stringify(body)).not.toContain('{"cachePoint"');
      expect(warnings).toHaveLength(2);
    });

    it('Claude takes one after tool calls and results', () => {
      const { body, warnings } = withTool('Claude-4-5-Sonnet', 'converse');
      expect(JSON.stringify(body).split('"cachePoint"').length - 1).toBe(4);
      expect(warnings).toEqual([]);
    });
  });

  describe('never right after reasoning, never on an empty message', () => {
    // A Claude answer that was only reasoning (cut short while thinking), marked as a cache point.
    const reasoningOnly: LanguageModelV1Prompt = [
      { role: 'user', content: [{ type: 'text', text: 'Q' }] },
      {
        role: 'assistant',
        content: [
          { type: 'reasoning', text: 'T', signature: 'sig' },
          { type: 'redacted-reasoning', data: 'AAAA' },
        ],
        providerMetadata: cached,
      },
      // Unsigned reasoning is not sent back, so this message has nothing to carry its cache point.
      { role: 'assistant', content: [{ type: 'reasoning', text: 'U' }], providerMetadata: cached },
      { role: 'user', content: [{ type: 'text', text: 'Go on' }] },
    ];
    const afterReasoning = {
      type: 'other',
      message:
        'The prompt-cache point after a Claude-4-5-Sonnet message that ends in reasoning was not sent: Bedrock refuses a cache point right after reasoning. Mark the next message instead.',
    };
    const emptyMessage = {
      type: 'other',
      message:
        'The prompt-cache point on an empty message was not sent to Claude-4-5-Sonnet: the message has nothing to send.',
    };

    it('Converse: the reasoning goes back, its cache point does not', () => {
      const { body, warnings } = build('Claude-4-5-Sonnet-Thinking', reasoningOnly, 'converse');
      expect(body).toContain('"reasoningText":{"text":"T","signature":"sig"}');
      expect(body).not.toContain('cachePoint');
      expect(warnings).toEqual([afterReasoning, emptyMessage]);
    });

    it('InvokeModel: no cache_control on a thinking block', () => {
      const { body, warnings } = build('Claude-4-5-Sonnet-Thinking', reasoningOnly, 'invoke');
      expect(body).toContain('{"type":"redacted_thinking","data":"AAAA"}');
      expect(body).not.toContain('cache_control');
      expect(warnings).toEqual([
        afterReasoning,
        emptyMessage,
        {
          type: 'other',
          message:
            'Reasoning without a signature (not produced by Claude) was not sent back: Bedrock cannot verify it.',
        },
      ]);
    });

    it.each(['invoke', 'converse'] as const)('text after the reasoning carries it (%s)', api => {
      const prompt: LanguageModelV1Prompt = [
        reasoningOnly[0]!,
        {
          role: 'assistant',
          content: [
            { type: 'reasoning', text: 'T', signature: 'sig' },
            { type: 'text', text: 'A' },
          ],
          providerMetadata: cached,
        },
        reasoningOnly[3]!,
      ];
      const { body, warnings } = build('Claude-4-5-Sonnet-Thinking', prompt, api);
      expect(body).toContain(
        api === 'invoke'
          ? '{"type":"text","text":"A","cache_control":{"type":"ephemeral"}}'
          : '{"text":"A"},{"cachePoint":{"type":"default"}}',
      );
      expect(warnings).toEqual([]);
    });
  });
});
