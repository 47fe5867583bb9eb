import { type CoreMessage, generateText, tool } from 'ai';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nineCharToolId } from '../families/mistral-chat/nine-char-tool-id';
import { citySchema } from '../test-utils/city-schema';
import { useEmulatedProvider } from '../test-utils/emulated-provider';
import { bedrockToolUseId } from './bedrock-tool-use-id';

const weather = tool({ parameters: citySchema(), execute: async () => 'sunny' });

/** A question, one call of the weather tool with `id`, and its result. */
function conversationWithToolCall(id: string): CoreMessage[] {
  return [
    { role: 'user', content: 'Weather in Oslo?' },
    {
      role: 'assistant',
      content: [{ type: 'tool-call', toolCallId: id, toolName: 'weather', args: { city: 'Oslo' } }],
    },
    {
      role: 'tool',
      content: [{ type: 'tool-result', toolCallId: id, toolName: 'weather', result: 'sunny' }],
    },
  ];
}

/** The tool-call id of every call and result block, in order: Converse's toolUseId, Claude's tool_use id. */
function toolUseIds(body: unknown): string[] {
  type Block = Record<string, unknown> & {
    toolUse?: { toolUseId?: string };
    toolResult?: { toolUseId?: string };
  };
  const messages = (body as { messages: Array<{ content: Block[] | string }> }).messages;
  return messages
    .flatMap(message => (Array.isArray(message.content) ? message.content : []))
    .flatMap(block => [
      block.toolUse?.toolUseId,
      block.toolResult?.toolUseId,
      block.type === 'tool_use' ? block.id : undefined,
      block.type === 'tool_result' ? block.tool_use_id : undefined,
    ])
    .filter((id): id is string => typeof id === 'string');
}

describe('tool-call ids as Bedrock takes them', () => {
  const env = useEmulatedProvider();

  it('keeps ids Bedrock accepts and hashes the others the same way for a call and its result', () => {
    expect(bedrockToolUseId('tooluse_bpe71yCfRu2b5i-nKGDr5g')).toBe('tooluse_bpe71yCfRu2b5i-nKGDr5g');
    const openAiId = 'call_65OReGAIB0M4612fiyF6YMbI|fc_0feebbbc39e113d4016969ff3539208191914ede46e71d5d06';
    const mapped = bedrockToolUseId(openAiId);
    expect(mapped).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
    expect(bedrockToolUseId(openAiId)).toBe(mapped);
    expect(bedrockToolUseId(`${openAiId}x`)).not.toBe(mapped);
    expect(bedrockToolUseId('a'.repeat(65))).toMatch(/^id_[a-zA-Z0-9]{11}$/);
  });

  it('maps any id, hostile or not, into the allowed form, the same way each time, different ids practically never alike', () => {
    // Any string, including control characters, emoji (surrogate pairs) and ids of thousands of characters.
    const ids = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 3000 }));
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        for (const [rewrite, form] of [
          [bedrockToolUseId, /^[a-zA-Z0-9_-]{1,64}$/],
          [nineCharToolId, /^[a-zA-Z0-9]{9}$/],
        ] as const) {
          expect(rewrite(a)).toMatch(form);
          expect(rewrite(a)).toBe(rewrite(a));
          if (a !== b) expect(rewrite(a)).not.toBe(rewrite(b));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['invoke', 'converse'] as const)(
    "%s: another provider's tool-call ids go to Claude in the form Bedrock takes",
    async api => {
      env.emulator.script({ reply: { text: 'It is sunny.' } });
      const id = 'call_65OReGAIB0M4612fiyF6YMbI|fc_0feebbbc39e113d4016969ff3539208191914ede46e71d5d06';
      const result = await generateText({
        model: env.provider('Claude-4-5-Haiku', { api }),
        tools: { weather },
        messages: conversationWithToolCall(id),
      });
      expect(result.text).toBe('It is sunny.');
      const [request] = env.emulator.requests();
      expect(request?.status).toBe(200);
      expect(toolUseIds(request?.body)).toEqual([bedrockToolUseId(id), bedrockToolUseId(id)]);
    },
  );

  it.each(['Mistral-Large', 'Ministral-3-14b'])(
    '%s: short ids from another provider go out as 9 letters and digits',
    async name => {
      env.emulator.script({ reply: { text: 'alpha=317' } });
      const result = await generateText({
        model: env.provider(name, { api: 'converse' }),
        tools: { weather },
        messages: conversationWithToolCall('a'),
      });
      expect(result.text).toBe('alpha=317');
      const [request] = env.emulator.requests();
      expect(request?.status).toBe(200);
      const sent = toolUseIds(request?.body);
      expect(sent).toEqual([sent[0], sent[0]]);
      expect(sent[0]).toMatch(/^[a-zA-Z0-9]{9}$/);
    },
  );

  it.each(['Mistral-Large', 'Ministral-3-14b'])(
    "%s: a second turn carries 9-character ids, not Bedrock's tooluse_ ones",
    async name => {
      env.emulator.script(
        { reply: { toolCalls: [{ name: 'weather', input: { city: 'Oslo' } }] } },
        { reply: { text: 'It is sunny in Oslo.' } },
      );
      const result = await generateText({
        model: env.provider(name, { api: 'converse' }),
        prompt: 'Weather in Oslo?',
        tools: { weather },
        maxSteps: 2,
      });
      expect(result.text).toBe('It is sunny in Oslo.');
      const [first, second] = env.emulator.requests();
      expect(first?.status).toBe(200);
      expect(second?.status).toBe(200);
      // The caller sees Bedrock's own id; the model gets its 9-character form, the same for the call and the result.
      const bedrockId = result.steps[0]?.toolCalls[0]?.toolCallId ?? '';
      expect(bedrockId).toMatch(/^tooluse_/);
      const sent = toolUseIds(second?.body);
      expect(sent).toHaveLength(2);
      expect(sent[0]).toMatch(/^[a-zA-Z0-9]{9}$/);
      expect(sent[1]).toBe(sent[0]);
    },
  );
});
