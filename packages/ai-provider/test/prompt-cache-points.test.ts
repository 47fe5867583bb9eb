import type { LanguageModelV1CallOptions, LanguageModelV1Prompt } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { useEmulatedProvider } from '../src/test-utils/emulated-provider';

/**
 * Prompt-cache points on every message kind of a tool conversation, sent to the emulator, which refuses what Bedrock
 * refuses (a cachePoint on Nova anywhere but right after text, in Nova's own InvokeModel format a key of the text
 * block): the calls succeed, and what was left out is named in a warning.
 */
const env = useEmulatedProvider();
const cached = { bedrockWrapper: { cachePoint: true } };
const PROMPT: LanguageModelV1Prompt = [
  { role: 'system', content: 'Answer briefly.', providerMetadata: cached },
  { role: 'user', content: [{ type: 'text', text: 'Weather?' }], providerMetadata: cached },
  {
    role: 'assistant',
    content: [{ type: 'tool-call', toolCallId: 'call_1', toolName: 'weather', args: { city: 'Oslo' } }],
  },
  {
    role: 'tool',
    content: [{ type: 'tool-result', toolCallId: 'call_1', toolName: 'weather', result: { sky: 'clear' } }],
    providerMetadata: cached,
  },
];
const CALL: LanguageModelV1CallOptions = {
  inputFormat: 'messages',
  mode: {
    type: 'regular',
    tools: [{ type: 'function', name: 'weather', parameters: { type: 'object', properties: {} } }],
  },
  prompt: PROMPT,
};

describe.each([
  ['Nova-Pro', 'invoke'],
  ['Nova-Pro', 'converse'],
  ['Nova-2-Lite', 'invoke'],
  ['Nova-2-Lite', 'converse'],
  ['Claude-4-5-Haiku', 'invoke'],
  ['Claude-4-5-Haiku', 'converse'],
] as const)('%s on %s', (name, api) => {
  it('takes the cache points the model takes and names the ones it left out', async () => {
    env.emulator.script({ reply: { text: 'Clear.' } });
    const result = await env.provider(name, { api }).doGenerate(CALL);
    expect(result.text).toBe('Clear.');
    const body = JSON.stringify(env.emulator.requests()[0]?.body);
    const marker = name.startsWith('Claude') && api === 'invoke' ? '"cache_control"' : '"cachePoint"';
    if (name.startsWith('Nova')) {
      expect(body.split(marker).length - 1).toBe(2);
      expect(result.warnings).toEqual([
        {
          type: 'other',
          message: `${name} takes a prompt-cache point only right after text; the one after a toolResult block was not sent.`,
        },
      ]);
    } else {
      expect(body.split(marker).length - 1).toBe(3);
      expect(result.warnings).toEqual([]);
    }
  });
});
