import { InvalidArgumentError } from '@ai-sdk/provider';
import type { BedrockApi, ModelFamily } from '../catalog/model-catalog-types';
import { API_NAMES } from './api-names';
import type { CoreCallRequest } from './core-call';

/**
 * The numbers and names of a call, checked before anything is sent, in this one place for every codec: a value
 * outside its documented range is refused with an `InvalidArgumentError` that says what to pass; a value inside is
 * sent unchanged. Each range carries its source (an AWS page), or says "unsourced" where none was found; an unsourced
 * bound is only a mathematical one (a probability is at most 1, a count is a whole number), never a guess of a limit.
 */

interface Range {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  readonly source: string;
}

// JSON has no NaN or Infinity (RFC 8259 §6): JSON.stringify writes them as null, so they never reach Bedrock as given.
const FINITE_SOURCE = 'https://www.rfc-editor.org/rfc/rfc8259#section-6';

/** Converse `inferenceConfig`: temperature and topP, "Valid Range: Minimum value of 0. Maximum value of 1." */
const CONVERSE_INFERENCE_CONFIG =
  'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InferenceConfiguration.html';

export const SAMPLING_RANGES: Readonly<
  Record<BedrockApi, Readonly<Record<'temperature' | 'topP' | 'topK', Range>>>
> = {
  converse: {
    temperature: { min: 0, max: 1, source: CONVERSE_INFERENCE_CONFIG },
    topP: { min: 0, max: 1, source: CONVERSE_INFERENCE_CONFIG },
    // topK goes to the model in additionalModelRequestFields; Converse documents no range for it.
    topK: { min: 0, integer: true, source: 'unsourced: a count of tokens, so a whole number of at least 0' },
  },
  invoke: {
    // A family without its own range below: only the bounds that follow from what the value is are checked.
    temperature: { min: 0, source: 'unsourced: no upper bound checked; a temperature is not negative' },
    topP: { min: 0, max: 1, source: 'unsourced: a cumulative probability, so between 0 and 1' },
    topK: { min: 0, integer: true, source: 'unsourced: a count of tokens, so a whole number of at least 0' },
  },
};

const USER_GUIDE = 'https://docs.aws.amazon.com/bedrock/latest/userguide';
const CLAUDE_MESSAGES = `${USER_GUIDE}/model-parameters-anthropic-claude-messages-request-response.html`;
const META = `${USER_GUIDE}/model-parameters-meta.html`;
const MISTRAL_TEXT = `${USER_GUIDE}/model-parameters-mistral-text-completion.html`;
const NOVA_SCHEMA = 'https://docs.aws.amazon.com/nova/latest/userguide/complete-request-schema.html';
const OPENAI_CHAT: Partial<Record<'temperature' | 'topP' | 'topK', Range>> = {
  temperature: {
    min: 0,
    max: 2,
    source:
      "unsourced: the OpenAI chat-completions range (0 to 2); no AWS page states it for Bedrock's OpenAI-compatible bodies",
  },
};

/** InvokeModel: each family's own documented range, over the defaults above. */
export const INVOKE_FAMILY_RANGES: Readonly<
  Record<ModelFamily, Readonly<Partial<Record<'temperature' | 'topP' | 'topK', Range>>>>
> = {
  anthropic: {
    temperature: { min: 0, max: 1, source: CLAUDE_MESSAGES },
    topP: { min: 0, max: 1, source: CLAUDE_MESSAGES },
  },
  nova: { temperature: { min: 0, max: 1, source: NOVA_SCHEMA } },
  llama3: { temperature: { min: 0, max: 1, source: META }, topP: { min: 0, max: 1, source: META } },
  llama4: { temperature: { min: 0, max: 1, source: META }, topP: { min: 0, max: 1, source: META } },
  'mistral-prompt': {
    temperature: { min: 0, max: 1, source: MISTRAL_TEXT },
    topP: { min: 0, max: 1, source: MISTRAL_TEXT },
  },
  'deepseek-r1': {},
  'gpt-oss': OPENAI_CHAT,
  qwen: OPENAI_CHAT,
  gemma: OPENAI_CHAT,
  kimi: OPENAI_CHAT,
  minimax: OPENAI_CHAT,
  'deepseek-v3': OPENAI_CHAT,
  'mistral-chat': OPENAI_CHAT,
  nemotron: OPENAI_CHAT,
  glm: OPENAI_CHAT,
  palmyra: OPENAI_CHAT,
};

interface NameRule {
  readonly pattern: RegExp;
  readonly describe: string;
  readonly source: string;
}

const LETTERS_DIGITS_64 = /^[a-zA-Z0-9_-]{1,64}$/;
const LETTERS_DIGITS_64_TEXT = '1 to 64 characters, each a letter, a digit, "_" or "-"';

/**
 * Tool names. Converse ToolSpecification `name`: "Length Constraints: Minimum length of 1. Maximum length of 64.
 * Pattern: [a-zA-Z0-9_-]+". InvokeModel: the family's own rule where AWS documents one (Claude), else unsourced, and
 * then only an empty name is refused.
 */
export const TOOL_NAME_RULES: {
  readonly converse: NameRule;
  readonly invoke: NameRule;
  readonly invokeFamily: Readonly<Partial<Record<ModelFamily, NameRule>>>;
} = {
  converse: {
    pattern: LETTERS_DIGITS_64,
    describe: LETTERS_DIGITS_64_TEXT,
    source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolSpecification.html',
  },
  invoke: {
    pattern: /^.+$/s,
    describe: 'not empty',
    source: "unsourced: no AWS page states this family's tool-name rule on InvokeModel",
  },
  invokeFamily: {
    anthropic: { pattern: LETTERS_DIGITS_64, describe: LETTERS_DIGITS_64_TEXT, source: CLAUDE_MESSAGES },
  },
};

const FINITE_ONLY = ['seed', 'presencePenalty', 'frequencyPenalty'] as const satisfies ReadonlyArray<
  keyof CoreCallRequest
>;

export function validateCallValues(request: CoreCallRequest, api: BedrockApi, family: ModelFamily): void {
  const ranges =
    api === 'invoke' ? { ...SAMPLING_RANGES.invoke, ...INVOKE_FAMILY_RANGES[family] } : SAMPLING_RANGES[api];
  for (const setting of ['temperature', 'topP', 'topK'] as const) {
    const value = request[setting];
    if (value === undefined) continue;
    checkRange(setting, value, ranges[setting], api);
  }
  for (const setting of FINITE_ONLY) {
    const value = request[setting];
    if (value !== undefined && !Number.isFinite(value)) notFinite(setting, value);
  }
  const rule =
    api === 'converse'
      ? TOOL_NAME_RULES.converse
      : (TOOL_NAME_RULES.invokeFamily[family] ?? TOOL_NAME_RULES.invoke);
  for (const tool of request.tools) {
    if (!rule.pattern.test(tool.name)) {
      throw new InvalidArgumentError({
        argument: 'tools',
        message: `The tool name ${JSON.stringify(tool.name)} is not accepted on ${API_NAMES[api]}: a tool name there is ${rule.describe} (${rule.source}). Rename the tool.`,
      });
    }
  }
}

function checkRange(setting: string, value: number, range: Range, api: BedrockApi): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) notFinite(setting, value);
  const outside =
    (range.min !== undefined && value < range.min) ||
    (range.max !== undefined && value > range.max) ||
    (range.integer === true && !Number.isInteger(value));
  if (!outside) return;
  const bounds = range.max !== undefined ? `between ${range.min} and ${range.max}` : `at least ${range.min}`;
  throw new InvalidArgumentError({
    argument: setting,
    message: `${setting} must be ${range.integer ? 'a whole number ' : ''}${bounds} on ${API_NAMES[api]} (${range.source}); got ${value}. Pass a value in that range, or leave ${setting} unset for the model's default.`,
  });
}

function notFinite(setting: string, value: unknown): never {
  throw new InvalidArgumentError({
    argument: setting,
    message: `${setting} must be a finite number; got ${String(value)}, which JSON cannot carry (${FINITE_SOURCE}). Pass a number, or leave ${setting} unset.`,
  });
}
