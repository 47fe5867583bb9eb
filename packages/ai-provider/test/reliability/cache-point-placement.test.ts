import {
  APICallError,
  InvalidPromptError,
  type LanguageModelV1FunctionTool,
  type LanguageModelV1Prompt,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { listBedrockWrapperSupportedModels } from '../../src/catalog/list-bedrock-wrapper-supported-models';
import { useEmulatedProvider } from '../../src/test-utils/emulated-provider';
import { signedReasoningFrom } from '../../src/test-utils/signed-reasoning';

/**
 * Random tool-loop conversations with prompt-cache points on random messages, for every model with prompt caching
 * (Claude, Nova) on both APIs: the request either is one the emulator accepts, with every cache point sent or a
 * warning saying which was not, or fails locally with an AI SDK error. Bedrock refuses a cache point right after
 * reasoning, first in a message, after a Nova tool turn, and more than four (emulator rules converse.cachePoint*,
 * anthropic.thinkingCacheControl, with their sources). `RANDOM_PROMPT_RUNS` sets the cases per model and API.
 */
const env = useEmulatedProvider();
const RUNS = Number(process.env.RANDOM_PROMPT_RUNS ?? 3) * 4;
const MODELS = listBedrockWrapperSupportedModels().filter(
  model => model.family === 'anthropic' || model.family === 'nova',
);
const CACHED = { bedrockWrapper: { cachePoint: true } };
const TOOL: LanguageModelV1FunctionTool = {
  type: 'function',
  name: 'lookup',
  parameters: { type: 'object', properties: {} },
};

let signed: { type: 'reasoning'; text: string; signature: string };
beforeAll(async () => {
  signed = await signedReasoningFrom(env.provider);
});

/** What one assistant turn holds, in order: reasoning may come first, last, or alone. */
const assistantTurn = fc.record({
  reasoning: fc.constantFrom('none', 'first', 'last', 'only'),
  text: fc.boolean(),
  toolCall: fc.boolean(),
  cached: fc.boolean(),
  answerCached: fc.boolean(),
});
type Conversation = typeof conversation extends fc.Arbitrary<infer T> ? T : never;
const conversation = fc.record({
  firstCached: fc.boolean(),
  system: fc.constantFrom('none', 'plain', 'cached'),
  turns: fc.array(assistantTurn, { maxLength: 4 }),
});

function buildPrompt(input: Conversation): LanguageModelV1Prompt {
  const prompt: LanguageModelV1Prompt = [];
  if (input.system !== 'none')
    prompt.push({
      role: 'system',
      content: 'Be brief.',
      ...(input.system === 'cached' ? { providerMetadata: CACHED } : {}),
    });
  prompt.push({
    role: 'user',
    content: [{ type: 'text', text: 'Look it up.' }],
    ...(input.firstCached ? { providerMetadata: CACHED } : {}),
  });
  input.turns.forEach((turn, i) => {
    const id = `call-${i}`;
    const parts: Extract<LanguageModelV1Prompt[number], { role: 'assistant' }>['content'] = [];
    if (turn.reasoning === 'first' || turn.reasoning === 'only') parts.push(signed);
    if (turn.reasoning !== 'only') {
      if (turn.text) parts.push({ type: 'text', text: `Answer ${i}.` });
      if (turn.toolCall) parts.push({ type: 'tool-call', toolCallId: id, toolName: 'lookup', args: {} });
      if (turn.reasoning === 'last') parts.push(signed);
    }
    if (parts.length === 0) parts.push({ type: 'text', text: `Answer ${i}.` });
    prompt.push({ role: 'assistant', content: parts, ...(turn.cached ? { providerMetadata: CACHED } : {}) });
    const answered = parts.some(part => part.type === 'tool-call');
    prompt.push(
      answered
        ? {
            role: 'tool',
            content: [{ type: 'tool-result', toolCallId: id, toolName: 'lookup', result: { found: i } }],
            ...(turn.answerCached ? { providerMetadata: CACHED } : {}),
          }
        : {
            role: 'user',
            content: [{ type: 'text', text: `Next ${i}.` }],
            ...(turn.answerCached ? { providerMetadata: CACHED } : {}),
          },
    );
  });
  if (prompt.at(-1)?.role !== 'user')
    prompt.push({ role: 'user', content: [{ type: 'text', text: 'Go on.' }] });
  return prompt;
}

describe('random cache points never become requests Bedrock rejects, and none is dropped in silence', () => {
  for (const api of ['invoke', 'converse'] as const) {
    it.each(MODELS.filter(model => model.apis[api]).map(model => model.name))(`%s on ${api}`, async name => {
      const model = env.provider(name, { api });
      await fc.assert(
        fc.asyncProperty(conversation, async input => {
          const prompt = buildPrompt(input);
          const marked = prompt.filter(message => message.providerMetadata === CACHED).length;
          const before = env.emulator.requests().length;
          try {
            const result = await model.doGenerate({
              inputFormat: 'messages',
              mode: { type: 'regular', tools: [TOOL] },
              prompt,
            });
            // What reached the emulator, as it parsed it.
            const body = JSON.stringify(env.emulator.requests().at(-1)?.body);
            const sent = body.split(/"cachePoint"|"cache_control"/).length - 1;
            if (sent < marked)
              expect(
                result.warnings?.some(w => w.type === 'other' && /cache point/.test(w.message)),
                `${marked - sent} of ${marked} cache points not sent, and no warning says so`,
              ).toBe(true);
            else expect(sent).toBe(marked);
          } catch (error) {
            if (APICallError.isInstance(error))
              throw new Error(
                `Bedrock (the emulator) rejected a request: ${error.message}\n${JSON.stringify(error.requestBodyValues).slice(0, 2000)}`,
              );
            expect(
              InvalidPromptError.isInstance(error) || UnsupportedFunctionalityError.isInstance(error),
              String(error),
            ).toBe(true);
            expect(env.emulator.requests().length, 'a refused call sent nothing').toBe(before);
          }
        }),
        { numRuns: RUNS, seed: Number(process.env.RANDOM_PROMPT_SEED ?? 20261203) },
      );
    });
  }
});
