import { describe, expect, it } from 'vitest';
import { testSettings, useEmulatedProvider } from '../src/test-utils/emulated-provider';
import { bedrockWrapperProvider } from '../src/v4/bedrock-wrapper-provider-v4';

const env = useEmulatedProvider();

const SCRIPTED_USAGE = {
  inputTokens: 5,
  outputTokens: 3,
  cacheReadInputTokens: 100,
  cacheWriteInputTokens: 7,
};

/** The usage of a /v4 whole answer and of its stream's finish part, for the same scripted answer. */
async function usageOf(name: string, api: 'invoke' | 'converse') {
  const provider = bedrockWrapperProvider(testSettings(env.emulator.url));
  const model = provider(name, { api });
  const prompt = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'Hello' }] }];
  env.emulator.script({ reply: { text: 'Hi there', usage: SCRIPTED_USAGE }, times: 2 });
  const generated = await model.doGenerate({ prompt });
  const { stream } = await model.doStream({ prompt });
  const parts: Array<{ type: string; usage?: typeof generated.usage }> = [];
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) parts.push(read.value);
  return { generated: generated.usage, streamed: parts.at(-1)?.usage };
}

/**
 * LanguageModelV3 and V4 usage has room for the prompt-cache reads and writes Bedrock reports: Converse's
 * `cacheReadInputTokens` / `cacheWriteInputTokens`, Claude's own `cache_read_input_tokens` /
 * `cache_creation_input_tokens`, Nova's own `cacheReadInputTokenCount` / `cacheWriteInputTokenCount`
 * (invoke-nova-micro.json). Bedrock's input count leaves both out, so the total adds them (spec-edge/edge-result.ts).
 */
describe('prompt-cache counts in the usage of /v4, whole answers and streams', () => {
  it.each([
    ['Claude-4-5-Sonnet', 'invoke'],
    ['Claude-4-5-Sonnet', 'converse'],
    ['Nova-Pro', 'invoke'],
    ['Nova-Pro', 'converse'],
  ] as const)('%s on %s', async (name, api) => {
    const { generated, streamed } = await usageOf(name, api);
    const expected = { total: 112, noCache: 5, cacheRead: 100, cacheWrite: 7 };
    expect(generated.inputTokens).toEqual(expected);
    expect(streamed?.inputTokens).toEqual(expected);
  });
});

/**
 * `usage.raw` is "the usage information in the shape that the provider returns" (LanguageModelV3Usage): each family's
 * own usage object as its body states it, else Bedrock's invocation metrics (the last chunk of an InvokeModel stream,
 * imwrs-*.json), else its token-count headers (https://docs.aws.amazon.com/bedrock/latest/userguide/inference-invoke.html).
 */
describe('raw usage in the shape Bedrock gave it, whole answers and streams', () => {
  it.each([
    // Claude's usage (invoke-claude-3-5-haiku-prompt-cache.json); a stream's is message_start's with message_delta's
    // cumulative counts over it.
    [
      'Claude-4-5-Sonnet',
      'invoke',
      { input_tokens: 5, output_tokens: 3, cache_creation_input_tokens: 7, cache_read_input_tokens: 100 },
    ],
    // Converse's TokenUsage (API_runtime_TokenUsage.html), as the emulator words it (serverToolUsage:
    // converse-claude-reasoning.json).
    [
      'Claude-4-5-Sonnet',
      'converse',
      {
        inputTokens: 5,
        outputTokens: 3,
        totalTokens: 8,
        cacheReadInputTokens: 100,
        cacheWriteInputTokens: 7,
        serverToolUsage: {},
      },
    ],
    // Nova's own names, not the Converse ones its codec reads (invoke-nova-micro.json).
    [
      'Nova-Pro',
      'invoke',
      {
        inputTokens: 5,
        outputTokens: 3,
        totalTokens: 8,
        cacheReadInputTokenCount: 100,
        cacheWriteInputTokenCount: 7,
      },
    ],
    ['Qwen3-32B', 'invoke', { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 }],
  ] as const)('%s on %s: its usage object', async (name, api, raw) => {
    const { generated, streamed } = await usageOf(name, api);
    expect(generated.raw).toEqual(raw);
    expect(streamed?.raw).toEqual(raw);
  });

  it.each(['Llama-3-3-70b', 'Mistral-7b'])(
    '%s, whose body has no usage object: the headers, the metrics',
    async name => {
      const { generated, streamed } = await usageOf(name, 'invoke');
      expect(generated.raw).toEqual({
        'x-amzn-bedrock-input-token-count': '5',
        'x-amzn-bedrock-output-token-count': '3',
      });
      expect(streamed?.raw).toEqual({
        inputTokenCount: 5,
        outputTokenCount: 3,
        invocationLatency: expect.any(Number),
        firstByteLatency: expect.any(Number),
      });
    },
  );
});
