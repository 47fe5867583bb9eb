import type { bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider/v2';
import type { Emulator } from '@bedrock-wrapper/emulator';
import { startEmulator } from '@bedrock-wrapper/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

/**
 * One suite, run by the ai@5 package (`/v2`), the ai@6 package (`/v3`) and the ai@7 package (`/v4`), each passing its
 * own `ai` module and the provider of its native entry: the same provider must behave the same on all three, and no
 * `ai` version may fall back to a compatibility mode. It is typed against ai@5's declarations; the others have the
 * same functions.
 */
type Ai = typeof import('ai');
type CreateProvider = typeof bedrockWrapperProvider;

/** What ai logs through `AI_SDK_LOG_WARNINGS` when it is a function (ai@5+ `logWarnings`). */
interface LoggedWarnings {
  warnings: Array<{ type: string; feature?: string; message?: string }>;
}

/** One model of every family (the family's InvokeModel codec), and the Converse path. */
export const ONE_MODEL_PER_FAMILY = [
  ['anthropic', 'Claude-4-5-Sonnet'],
  ['llama3', 'Llama-3-3-70b'],
  ['llama4', 'Llama-4-Scout-17b'],
  ['mistral-prompt', 'Mistral-7b'],
  ['nova', 'Nova-Pro'],
  ['deepseek-r1', 'DeepSeek-R1'],
  ['gpt-oss', 'GPT-OSS-120B'],
  ['qwen', 'Qwen3-32B'],
  ['gemma', 'Gemma-3-27b'],
  ['kimi', 'Kimi-K2'],
  ['minimax', 'MiniMax-M2'],
  ['deepseek-v3', 'DeepSeek-V3.2'],
  ['mistral-chat', 'Mistral-Large-3'],
  ['nemotron', 'Nemotron-Super-3-120B'],
  ['glm', 'GLM-4.7'],
  ['palmyra', 'Palmyra-X5'],
  ['jamba', 'Jamba-1-5-Mini'],
] as const;

export function defineCompatSuite(ai: Ai, label: string, createProvider: CreateProvider) {
  let emulator: Emulator;
  let provider: ReturnType<CreateProvider>;
  // Every warning ai logs during a test: none may be a compatibility-mode warning.
  const logged: LoggedWarnings['warnings'] = [];

  beforeAll(async () => {
    // ai@5 hands the logger the warnings array; ai@6 and ai@7 an object with `warnings`.
    (globalThis as { AI_SDK_LOG_WARNINGS?: unknown }).AI_SDK_LOG_WARNINGS = (
      options: LoggedWarnings | LoggedWarnings['warnings'],
    ) => {
      logged.push(...(Array.isArray(options) ? options : options.warnings));
    };
    emulator = await startEmulator();
    provider = createProvider({
      region: 'us-east-1',
      endpoint: emulator.url,
      accessKeyId: 'test',
      secretAccessKey: 'test',
    });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  beforeEach(() => {
    emulator.reset();
    logged.length = 0;
  });
  afterEach(() => {
    expect(logged.filter(warning => warning.type === 'compatibility')).toEqual([]);
  });

  const weatherTool = () =>
    ai.tool({
      description: 'Current weather in a city',
      inputSchema: ai.jsonSchema<{ city: string }>({
        type: 'object',
        properties: { city: { type: 'string' } },
        required: ['city'],
        additionalProperties: false,
      }),
      execute: async ({ city }) => ({ city, temperatureC: 21 }),
    });

  describe(`${label}: every family through its native specification`, () => {
    it('the provider and its models carry the specification ai expects', () => {
      expect(provider('Claude-4-5-Sonnet').specificationVersion).toBe(
        label === 'ai@5' ? 'v2' : label === 'ai@6' ? 'v3' : 'v4',
      );
    });

    it('offers no embedding or image models: NoSuchModelError, from the provider and through a registry', () => {
      // ai@5's ProviderV2 names it textEmbeddingModel; ProviderV3 / V4 embeddingModel.
      const embedding = label === 'ai@5' ? 'textEmbeddingModel' : 'embeddingModel';
      const registry = ai.createProviderRegistry({ bw: provider as never }) as unknown as Record<
        string,
        (id: string) => unknown
      >;
      const direct = provider as unknown as Record<string, (id: string) => unknown>;
      const thrown = (call: () => unknown) => {
        try {
          call();
        } catch (error) {
          return error;
        }
        return undefined;
      };
      for (const modelType of [embedding, 'imageModel']) {
        const fromProvider = thrown(() => direct[modelType]!('titan-embed'));
        expect(ai.NoSuchModelError.isInstance(fromProvider), modelType).toBe(true);
        expect(fromProvider).toMatchObject({ modelId: 'titan-embed', modelType });
        const fromRegistry = thrown(() => registry[modelType]!.call(registry, 'bw:titan-embed'));
        expect(ai.NoSuchModelError.isInstance(fromRegistry), modelType).toBe(true);
      }
    });

    it('a -Thinking model called with no settings logs no warning at all', async () => {
      const result = await ai.generateText({
        model: provider('Claude-4-5-Sonnet-Thinking'),
        prompt: 'Think, then answer',
      });
      expect(result.reasoningText?.length).toBeGreaterThan(0);
      expect(result.warnings ?? []).toEqual([]);
      expect(logged).toEqual([]);
    });

    for (const [family, name] of ONE_MODEL_PER_FAMILY) {
      it(`generateText and streamText with ${name} (${family})`, async () => {
        const generated = await ai.generateText({ model: provider(name), prompt: `Hello from ${label}` });
        expect(generated.text).toContain(`Hello from ${label}`);
        expect(generated.finishReason).toBe('stop');
        expect(generated.usage.inputTokens).toBeGreaterThan(0);

        const streamed = ai.streamText({ model: provider(name), prompt: `Stream to ${label}` });
        const deltas: string[] = [];
        for await (const delta of streamed.textStream) deltas.push(delta);
        expect(deltas.join('')).toContain(`Stream to ${label}`);
        expect(deltas.length).toBeGreaterThan(1);
        expect(await streamed.finishReason).toBe('stop');
        // ai@6 and ai@7 hand the caller Bedrock's own stop reason too (LanguageModelV2 has no field for it): Claude's
        // and Nova's bodies say end_turn, the other families' stop (the emulator's family handlers).
        if (label !== 'ai@5') {
          const raw = family === 'anthropic' || family === 'nova' ? 'end_turn' : 'stop';
          expect((generated as unknown as { rawFinishReason?: string }).rawFinishReason).toBe(raw);
          expect(
            await (streamed as unknown as { rawFinishReason: PromiseLike<string | undefined> })
              .rawFinishReason,
          ).toBe(raw);
        }
      });

      it(`generateObject with ${name} (${family})`, async () => {
        const { object } = await ai.generateObject({
          model: provider(name),
          schema: ai.jsonSchema<{ title: string; count: number }>({
            type: 'object',
            properties: { title: { type: 'string' }, count: { type: 'number' } },
            required: ['title', 'count'],
            additionalProperties: false,
          }),
          prompt: 'Make an object',
        });
        expect(typeof object.title).toBe('string');
        expect(typeof object.count).toBe('number');
      });
    }

    it('streamText with reasoning and tools over several steps (Claude thinking round-trips its signature)', async () => {
      const result = ai.streamText({
        model: provider('Claude-4-5-Sonnet-Thinking'),
        prompt: 'What is the weather in Paris?',
        tools: { weather: weatherTool() },
        stopWhen: ai.stepCountIs(3),
      });
      const reasoningDeltas: string[] = [];
      for await (const part of result.fullStream) {
        if (part.type === 'reasoning-delta') reasoningDeltas.push(part.text);
      }
      const steps = await result.steps;
      expect(steps.length).toBe(2);
      expect(steps[0]!.toolCalls.map(call => call.toolName)).toEqual(['weather']);
      expect(steps[0]!.reasoningText?.length).toBeGreaterThan(0);
      expect(reasoningDeltas.join('').length).toBeGreaterThan(0);
      expect(await result.text).toContain('21');
      // The second request replays the signed thinking block of the first answer.
      const second = emulator.requests()[1]!.body as { messages: Array<{ role: string; content: unknown }> };
      const assistant = second.messages.find(message => message.role === 'assistant')!;
      expect(JSON.stringify(assistant.content)).toMatch(/"type":"thinking".*"signature":"/);
    });

    it('prompt-cache points from message providerOptions reach Claude and Nova, and only them', async () => {
      // No system message: ai@7 takes system text only as `instructions`.
      const cached = { bedrockWrapper: { cachePoint: true } };
      const messages = [
        { role: 'user' as const, content: 'Q1', providerOptions: cached },
        { role: 'assistant' as const, content: 'A1', providerOptions: cached },
        { role: 'user' as const, content: 'Q2' },
      ];
      for (const [name, api] of [
        ['Claude-4-5-Haiku', 'invoke'],
        ['Claude-4-5-Haiku', 'converse'],
        ['Nova-Pro', 'converse'],
      ] as const) {
        emulator.reset();
        const result = await ai.generateText({ model: provider(name, { api }), messages });
        expect(result.warnings ?? [], `${name} ${api}`).toEqual([]);
        const body = JSON.stringify(emulator.requests()[0]!.body);
        expect(
          body.split(api === 'invoke' ? '"cache_control"' : '"cachePoint"').length - 1,
          `${name} ${api}`,
        ).toBe(2);
      }
      emulator.reset();
      const llama = await ai.generateText({
        model: provider('Llama-3-3-70b', { api: 'converse' }),
        messages,
      });
      expect(JSON.stringify(emulator.requests()[0]!.body)).not.toContain('cachePoint');
      expect(llama.warnings).toEqual([
        {
          type: 'other',
          message:
            'Llama-3-3-70b has no prompt caching on Bedrock (only Claude and Nova do); its 2 cache points were not sent.',
        },
      ]);
    });

    it('tools over several steps on the Converse path', async () => {
      const result = await ai.generateText({
        model: provider('Nova-Pro', { api: 'converse' }),
        prompt: 'Weather in Oslo?',
        tools: { weather: weatherTool() },
        stopWhen: ai.stepCountIs(3),
      });
      expect(result.steps.length).toBe(2);
      expect(result.steps[0]!.toolResults[0]!.output).toEqual({ city: expect.any(String), temperatureC: 21 });
      expect(emulator.requests().map(request => request.operation)).toEqual(['Converse', 'Converse']);
    });
  });

  describe(`${label}: failures through the native specification`, () => {
    it.each(['invoke', 'converse'] as const)(
      'a throttled call is an APICallError, retryable, after ai retried it (%s)',
      async api => {
        emulator.script({ error: { name: 'ThrottlingException' }, times: 2 });
        const error = await ai
          .generateText({ model: provider('Claude-4-5-Haiku', { api }), prompt: 'hi', maxRetries: 1 })
          .then(
            () => undefined,
            (e: unknown) => e as { lastError?: unknown; errors?: unknown[] },
          );
        expect(ai.RetryError.isInstance(error), String(error)).toBe(true);
        const last = error!.lastError as { name?: string; statusCode?: number; isRetryable?: boolean };
        expect(last).toMatchObject({ name: 'AI_APICallError', statusCode: 429, isRetryable: true });
        expect(emulator.requests()).toHaveLength(2);
      },
    );

    it.each(['invoke', 'converse'] as const)(
      'a stream that fails mid-way keeps the text that arrived, then reports the error (%s)',
      async api => {
        emulator.script({
          reply: { text: 'one two three four five six seven' },
          exceptionAfter: { events: 4 },
        });
        const errors: unknown[] = [];
        const result = ai.streamText({
          model: provider('Claude-4-5-Haiku', { api }),
          prompt: 'count',
          maxRetries: 0,
          onError: ({ error }) => {
            errors.push(error);
          },
        });
        let text = '';
        for await (const delta of result.textStream) text += delta;
        expect(text.length).toBeGreaterThan(0);
        expect('one two three four five six seven'.startsWith(text)).toBe(true);
        expect(text).not.toBe('one two three four five six seven');
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatchObject({ name: 'AI_APICallError', isRetryable: true });
      },
    );

    it('an abort ends the stream early, keeping what arrived, as aborted and not as finished', async () => {
      emulator.script({ reply: { text: 'slow words arrive one at a time' }, delayMs: 200 });
      const controller = new AbortController();
      const seen: string[] = [];
      const result = ai.streamText({
        model: provider('Nova-Pro'),
        prompt: 'slow',
        abortSignal: controller.signal,
        maxRetries: 0,
        onError: () => {
          seen.push('onError');
        },
        onAbort: () => {
          seen.push('onAbort');
        },
        onFinish: () => {
          seen.push('onFinish');
        },
      });
      let text = '';
      for await (const delta of result.textStream) {
        text += delta;
        controller.abort();
      }
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toBe('slow words arrive one at a time');
      expect(seen).toEqual(['onAbort']);
    });

    it('an unknown model name is a NoSuchModelError before anything is sent', () => {
      expect(() => provider('No-Such-Model' as never)).toThrow(
        expect.objectContaining({ name: 'AI_NoSuchModelError' }),
      );
      expect(emulator.requests()).toEqual([]);
    });
  });
}
