import { describe, expect, it } from 'vitest';
import { useEmulatedProvider } from '../src/test-utils/emulated-provider';
import { bedrockWrapperProvider } from '../src/v4/bedrock-wrapper-provider-v4';

const env = useEmulatedProvider();

/**
 * LanguageModelV3 and V4 usage has room for the prompt-cache reads and writes Bedrock reports: Converse's
 * `cacheReadInputTokens` / `cacheWriteInputTokens`, Claude's own `cache_read_input_tokens` /
 * `cache_creation_input_tokens`, Nova's own `cacheReadInputTokenCount` / `cacheWriteInputTokenCount`
 * (invoke-nova-micro.json). Bedrock's input count leaves both out, so the total adds them (spec-edge/edge-result.ts).
 */
const CASES = [
  ['Claude-4-5-Sonnet', 'invoke'],
  ['Claude-4-5-Sonnet', 'converse'],
  ['Nova-Pro', 'invoke'],
  ['Nova-Pro', 'converse'],
] as const;

describe('prompt-cache counts in the usage of /v4, whole answers and streams', () => {
  it.each(CASES)('%s on %s', async (name, api) => {
    const provider = bedrockWrapperProvider({
      region: 'us-east-1',
      endpoint: env.emulator.url,
      accessKeyId: 'test',
      secretAccessKey: 'test',
    });
    const model = provider(name, { api });
    const prompt = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'Hello' }] }];
    env.emulator.script({
      reply: {
        text: 'Hi there',
        usage: { inputTokens: 5, outputTokens: 3, cacheReadInputTokens: 100, cacheWriteInputTokens: 7 },
      },
      times: 2,
    });
    const expected = { total: 112, noCache: 5, cacheRead: 100, cacheWrite: 7 };

    const generated = await model.doGenerate({ prompt });
    expect(generated.usage.inputTokens).toEqual(expected);

    const { stream } = await model.doStream({ prompt });
    const parts: Array<{ type: string; usage?: { inputTokens?: unknown } }> = [];
    const reader = stream.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) parts.push(read.value);
    expect(parts.at(-1)?.usage?.inputTokens).toEqual(expected);
  });
});
