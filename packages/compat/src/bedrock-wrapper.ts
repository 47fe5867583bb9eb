import {
  APICallError,
  type LanguageModelV1,
  type LanguageModelV1CallOptions,
  type LanguageModelV1CallWarning,
} from '@ai-sdk/provider';
import { type BedrockWrapperProvider, bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider';
import { convertOpenAIMessages } from './convert-openai-messages';
import { findModelInfo, legacyThinkingBudget } from './find-model-info';
import { ReasoningFramer, reasoningTagsFor } from './reasoning-tags';
import {
  type AwsCreds,
  type BedrockWrapperOptions,
  type OpenAIChatCompletionsCreateObject,
  validateAwsCreds,
  validateOptions,
  validateRequest,
} from './validate-request';

/**
 * The legacy `bedrockWrapper` call: an async generator of text chunks. Streamed (`stream: true`) it yields the answer
 * as it arrives; otherwise it yields the whole answer once. Everything is checked before anything is sent; the errors
 * of the provider (APICallError, NoSuchModelError, InvalidPromptError, UnsupportedFunctionalityError, …) reach the
 * caller unchanged, at the first `next()` (the generator runs nothing before it is iterated, like the legacy one).
 */
export async function* bedrockWrapper(
  awsCreds: AwsCreds | undefined,
  openaiChatCompletionsCreateObject: OpenAIChatCompletionsCreateObject,
  options: BedrockWrapperOptions = {},
): AsyncGenerator<string, void, undefined> {
  const settings = validateOptions(options);
  const creds = validateAwsCreds(awsCreds);
  const request = validateRequest(openaiChatCompletionsCreateObject);
  const info = findModelInfo(request.model);
  const model = providerFor(awsCreds, creds).languageModel(info?.name ?? request.model);
  const prompt = await convertOpenAIMessages(request.messages, settings.imagePolicy);
  const stop = request.stop_sequences || request.stop;
  const budgetTokens = legacyThinkingBudget(info, request.max_tokens);
  const call: LanguageModelV1CallOptions = {
    inputFormat: 'messages',
    mode: { type: 'regular' },
    prompt,
    maxTokens: request.max_tokens,
    temperature: request.temperature,
    topP: request.top_p,
    stopSequences: stop === undefined ? undefined : typeof stop === 'string' ? [stop] : stop,
    abortSignal: settings.abortSignal,
    providerMetadata: {
      bedrockWrapper: {
        ...(settings.useConverseAPI ? { api: 'converse' } : {}),
        ...(budgetTokens !== undefined ? { reasoning: { budgetTokens } } : {}),
      },
    },
  };
  const framer = new ReasoningFramer(reasoningTagsFor(info?.family), request.include_thinking_data ?? false);
  const log = settings.logging ? legacyLog : undefined;

  if (!request.stream) {
    const result = await logFailure(model.doGenerate(call), log);
    log?.request(result.rawCall);
    log?.warnings(result.warnings);
    log?.usage(result.usage, result.finishReason);
    yield framer.whole(reasoningText(result.reasoning), result.text ?? '');
    return;
  }

  const result = await logFailure(model.doStream(call), log);
  log?.request(result.rawCall);
  log?.warnings(result.warnings);
  const reader = result.stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { value: part, done } = await reader.read();
      if (done) break;
      let out: string | undefined;
      if (part.type === 'text-delta') out = framer.text(part.textDelta);
      else if (part.type === 'reasoning') out = framer.reasoning(part.textDelta);
      else if (part.type === 'error') throw part.error;
      else if (part.type === 'finish') log?.usage(part.usage, part.finishReason);
      if (out !== undefined) yield out;
    }
    finished = true;
    const tail = framer.end();
    if (tail !== undefined) yield tail;
  } finally {
    // The caller stopped early (break, return, throw): end the Bedrock stream instead of leaving it open.
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}

type Reasoning = Awaited<ReturnType<LanguageModelV1['doGenerate']>>['reasoning'];

function reasoningText(reasoning: Reasoning): string {
  if (reasoning === undefined) return '';
  if (typeof reasoning === 'string') return reasoning;
  return reasoning.map(detail => (detail.type === 'text' ? detail.text : '')).join('');
}

/**
 * One provider (and so one AWS client and its connections) per `awsCreds` object, as long as its values stay the
 * same; the legacy wrapper made a new client for every call. Held weakly: a dropped `awsCreds` frees its client.
 */
const providers = new WeakMap<object, { key: string; provider: BedrockWrapperProvider }>();
let defaultProvider: BedrockWrapperProvider | undefined;

function providerFor(original: AwsCreds | undefined, creds: AwsCreds): BedrockWrapperProvider {
  const create = () =>
    bedrockWrapperProvider({
      region: creds.region,
      accessKeyId: creds.accessKeyId,
      secretAccessKey: creds.secretAccessKey,
      sessionToken: creds.sessionToken,
    });
  if (!original) {
    defaultProvider ??= create();
    return defaultProvider;
  }
  const key = JSON.stringify([creds.region, creds.accessKeyId, creds.secretAccessKey, creds.sessionToken]);
  const cached = providers.get(original);
  if (cached?.key === key) return cached.provider;
  const provider = create();
  providers.set(original, { key, provider });
  return provider;
}

/** The legacy names of the settings the provider reports (AI SDK names) in its warnings. */
const LEGACY_SETTING_NAMES: Record<string, string> = {
  maxTokens: 'max_tokens',
  maxOutputTokens: 'max_tokens',
  stopSequences: 'stop_sequences',
  topP: 'top_p',
  topK: 'top_k',
};
const SETTING_NAME = /\b(maxTokens|maxOutputTokens|stopSequences|topP|topK)\b/g;
const legacyNames = (text: string) => text.replace(SETTING_NAME, name => LEGACY_SETTING_NAMES[name] ?? name);

type RawCall = { rawPrompt: unknown; rawSettings: Record<string, unknown> };

/**
 * What `logging: true` prints, in the legacy wrapper's words: the request body (images shortened), the final usage
 * and each warning. The body and model id are all there is: credentials and signed headers are never part of it.
 */
const legacyLog = {
  request(rawCall: RawCall) {
    const body = rawCall.rawPrompt as Record<string, unknown>;
    const { modelId, api } = rawCall.rawSettings as { modelId: string; api: 'invoke' | 'converse' };
    if (api === 'converse') {
      console.log('\nConverse API request:', JSON.stringify({ modelId, ...body }, null, 2));
      return;
    }
    const formatted = typeof body.prompt === 'string' ? body.prompt : JSON.stringify(body.messages, null, 2);
    console.log('\nFinal formatted prompt:', formatted);
    console.log('\nFinal request:', JSON.stringify({ modelId, body }, null, 2));
  },
  usage(usage: { promptTokens: number; completionTokens: number }, finishReason: string) {
    console.log(
      '\nFinal usage:',
      JSON.stringify({
        inputTokens: usage.promptTokens,
        outputTokens: usage.completionTokens,
        stopReason: finishReason,
      }),
    );
  },
  warnings(warnings: readonly LanguageModelV1CallWarning[] | undefined) {
    for (const warning of warnings ?? [])
      console.warn(`bedrock-wrapper warning: ${describeWarning(warning)}`);
  },
};

/** A provider warning in the legacy wrapper's words (`max_tokens`, not `maxTokens`). */
function describeWarning(warning: LanguageModelV1CallWarning): string {
  if (warning.type === 'other') return legacyNames(warning.message);
  if (warning.type === 'unsupported-setting') {
    const name = LEGACY_SETTING_NAMES[warning.setting] ?? warning.setting;
    return `${name} is not supported as given${warning.details ? `: ${legacyNames(warning.details)}` : '.'}`;
  }
  return `tool ${warning.tool.name} is not supported${warning.details ? `: ${warning.details}` : '.'}`;
}

/** With logging, a request Bedrock refused is printed too (its body as the error carries it). */
async function logFailure<T>(promise: PromiseLike<T>, log: typeof legacyLog | undefined): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (log && APICallError.isInstance(error))
      console.log('\nFailed request:', JSON.stringify(error.requestBodyValues, null, 2));
    throw error;
  }
}
