import {
  APICallError,
  InvalidArgumentError,
  InvalidPromptError,
  type LanguageModelV1CallOptions,
  type LanguageModelV1Prompt,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBedrockWrapperSupportedModels } from '../../src/catalog/list-bedrock-wrapper-supported-models';
import { useEmulatedProvider } from '../../src/test-utils/emulated-provider';
import { signedReasoningFrom } from '../../src/test-utils/signed-reasoning';

/**
 * Random AI SDK prompts and settings, for every catalog model on both APIs: each call either produces a request the
 * emulator (the independent judge of Bedrock's rules) accepts, or fails locally with a clear AI SDK error before
 * anything is sent. Any request the emulator rejects fails the run. `RANDOM_PROMPT_RUNS` sets the number of cases
 * per model and API (default 3 in CI; `npm run test:long` in this package uses 200).
 */
const env = useEmulatedProvider();
const RUNS = Number(process.env.RANDOM_PROMPT_RUNS ?? 3);
const MODELS = listBedrockWrapperSupportedModels();
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const counts = { accepted: 0, refusedLocally: 0 };
/** Stands for a signed reasoning part, replaced in each call by one a Claude answer of the emulator carried. */
const SIGNED_REASONING = { type: 'reasoning' as const, text: 'signed', signature: 'from-the-first-answer' };
let signedReasoning: { type: 'reasoning'; text: string; signature: string };
beforeAll(async () => {
  signedReasoning = await signedReasoningFrom(env.provider);
});
/** A message, sometimes marked as a prompt-cache point (`providerOptions.bedrockWrapper.cachePoint`). */
const cachePoint = <T extends object>(arbitrary: fc.Arbitrary<T>) =>
  fc
    .tuple(arbitrary, fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, fc.constant(true)))
    .map(([message, marked]) =>
      marked ? { ...message, providerMetadata: { bedrockWrapper: { cachePoint: true } } } : message,
    );

const text = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constant('x'.repeat(20_000)),
  fc.constant('  trailing whitespace  '),
);
const userPart = fc.oneof(
  { weight: 4, arbitrary: text.map(t => ({ type: 'text' as const, text: t })) },
  { weight: 1, arbitrary: fc.constant({ type: 'image' as const, image: PNG, mimeType: 'image/png' }) },
);
const assistantPart = fc.oneof(
  text.map(t => ({ type: 'text' as const, text: t })),
  // Unsigned, or the signed reasoning of a real answer (a forged signature is rightly rejected by Bedrock).
  fc.record({ type: fc.constant('reasoning' as const), text: fc.string({ minLength: 1, maxLength: 20 }) }),
  fc.constant(SIGNED_REASONING),
  fc.constant({ type: 'tool-call' as const, toolCallId: 'call-1', toolName: 'lookup', args: { q: 'x' } }),
);
const message = fc.oneof(
  cachePoint(fc.record({ role: fc.constant('system' as const), content: fc.string({ maxLength: 30 }) })),
  cachePoint(
    fc.record({
      role: fc.constant('user' as const),
      content: fc.array(userPart, { minLength: 1, maxLength: 3 }),
    }),
  ),
  cachePoint(
    fc.record({
      role: fc.constant('assistant' as const),
      content: fc.array(assistantPart, { minLength: 1, maxLength: 3 }),
    }),
  ),
  cachePoint(
    fc.constant({
      role: 'tool' as const,
      content: [
        { type: 'tool-result' as const, toolCallId: 'call-1', toolName: 'lookup', result: { ok: true } },
      ],
    }),
  ),
);
// Mostly well-formed conversations (a user turn first), sometimes anything at all.
const conversation = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.array(userPart, { minLength: 1, maxLength: 2 }), fc.array(message, { maxLength: 4 }))
      .map(([first, rest]) => [{ role: 'user' as const, content: first }, ...rest]),
  },
  { weight: 1, arbitrary: fc.array(message, { minLength: 1, maxLength: 5 }) },
);
const call = fc.record({
  prompt: conversation,
  maxTokens: fc.option(fc.oneof(fc.integer({ min: 1, max: 300 }), fc.constant(1_000_000)), {
    nil: undefined,
  }),
  temperature: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  topP: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  topK: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
  stopSequences: fc.option(fc.array(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 12 }), {
    nil: undefined,
  }),
  withTools: fc.boolean(),
  manyImages: fc.oneof(
    { weight: 9, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
});

afterAll(() => {
  console.log(
    `random prompts: ${counts.accepted} accepted by the emulator, ${counts.refusedLocally} refused locally with an AI SDK error`,
  );
});

describe('random prompts never become requests Bedrock rejects', () => {
  for (const api of ['invoke', 'converse'] as const) {
    it.each(MODELS.filter(model => model.apis[api]).map(model => model.name))(`%s on ${api}`, async name => {
      const model = env.provider(name, { api });
      await fc.assert(
        fc.asyncProperty(call, async input => {
          const prompt = input.prompt.map(message =>
            message.role === 'assistant'
              ? {
                  ...message,
                  content: message.content.map(part => (part === SIGNED_REASONING ? signedReasoning : part)),
                }
              : message,
          ) as LanguageModelV1Prompt;
          if (input.manyImages)
            prompt.push({
              role: 'user',
              content: Array.from({ length: 25 }, () => ({ type: 'image' as const, image: PNG })),
            });
          const options: LanguageModelV1CallOptions = {
            inputFormat: 'messages',
            prompt,
            maxTokens: input.maxTokens,
            temperature: input.temperature,
            topP: input.topP,
            topK: input.topK,
            stopSequences: input.stopSequences,
            mode: input.withTools
              ? {
                  type: 'regular',
                  tools: [
                    {
                      type: 'function',
                      name: 'lookup',
                      parameters: { type: 'object', properties: { q: { type: 'string' } } },
                    },
                  ],
                }
              : { type: 'regular' },
          };
          const before = env.emulator.requests().length;
          try {
            await model.doGenerate(options);
            counts.accepted++;
          } catch (error) {
            if (APICallError.isInstance(error)) {
              throw new Error(
                `Bedrock (the emulator) rejected a request: ${error.message}\n${JSON.stringify(error.requestBodyValues).slice(0, 2000)}`,
              );
            }
            const local =
              InvalidPromptError.isInstance(error) ||
              UnsupportedFunctionalityError.isInstance(error) ||
              InvalidArgumentError.isInstance(error);
            expect(local, String(error)).toBe(true);
            expect(env.emulator.requests().length, 'a refused call sent nothing').toBe(before);
            counts.refusedLocally++;
          }
        }),
        { numRuns: RUNS, seed: Number(process.env.RANDOM_PROMPT_SEED ?? 20261124) },
      );
    });
  }
});
