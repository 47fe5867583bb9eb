import type { LanguageModelV1CallOptions } from '@ai-sdk/provider';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useEmulatedProvider } from '../src/test-utils/emulated-provider';

/**
 * A tool call whose name Converse refuses (a model's hallucinated `$READFILE`, a name from another provider) stays in
 * the conversation of every later call; Bedrock would refuse each of them (src/converse/converse-tool-use-name.ts).
 * Any name, against the emulator, which refuses what Bedrock refuses: the call goes through, the renaming is warned
 * about, and the tool result still pairs with its call.
 */
const env = useEmulatedProvider();

function conversation(toolName: string): LanguageModelV1CallOptions {
  return {
    inputFormat: 'messages',
    mode: {
      type: 'regular',
      tools: [{ type: 'function', name: 'read_file', parameters: { type: 'object', properties: {} } }],
    },
    prompt: [
      { role: 'user', content: [{ type: 'text', text: 'Read it.' }] },
      { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'call_1', toolName, args: {} }] },
      {
        role: 'tool',
        content: [
          { type: 'tool-result', toolCallId: 'call_1', toolName, result: 'no such tool', isError: true },
        ],
      },
    ],
  };
}

describe.each(['Claude-4-5-Haiku', 'Nova-Pro', 'Llama-3-3-70b'])('%s on Converse', name => {
  it('takes a conversation holding a tool call of any name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 80 }), async toolName => {
        env.emulator.reset();
        env.emulator.script({ reply: { text: 'Done.' } });
        const result = await env.provider(name, { api: 'converse' }).doGenerate(conversation(toolName));
        expect(result.text).toBe('Done.');
        const renamed = result.warnings?.filter(
          w => w.type === 'other' && w.message.startsWith('A tool call'),
        );
        expect(renamed).toHaveLength(/^[a-zA-Z0-9_-]{1,64}$/.test(toolName) ? 0 : 1);
      }),
      { numRuns: 12, seed: 11 },
    );
  });
});
