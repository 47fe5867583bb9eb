import { InvalidArgumentError } from '@ai-sdk/provider';
import type { BedrockApi } from '../catalog/model-catalog-types';
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
    // Each family's own body: no per-family range page was found for every family, so only the bounds that follow
    // from what the value is are checked.
    temperature: {
      min: 0,
      source: 'unsourced: no upper bound checked on InvokeModel; a temperature is not negative',
    },
    topP: { min: 0, max: 1, source: 'unsourced: a cumulative probability, so between 0 and 1' },
    topK: { min: 0, integer: true, source: 'unsourced: a count of tokens, so a whole number of at least 0' },
  },
};

/**
 * Converse ToolSpecification `name`: "Length Constraints: Minimum length of 1. Maximum length of 64.
 * Pattern: [a-zA-Z0-9_-]+" (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolSpecification.html).
 * InvokeModel: unsourced (each family's body has its own rules and no AWS page states them), so only an empty name is
 * refused there.
 */
export const TOOL_NAME_RULES: Readonly<
  Record<BedrockApi, { pattern: RegExp; describe: string; source: string }>
> = {
  converse: {
    pattern: /^[a-zA-Z0-9_-]{1,64}$/,
    describe: '1 to 64 characters, each a letter, a digit, "_" or "-"',
    source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolSpecification.html',
  },
  invoke: {
    pattern: /^.+$/s,
    describe: 'not empty',
    source: 'unsourced: no AWS page states the tool-name rule of each family body on InvokeModel',
  },
};

const FINITE_ONLY = ['seed', 'presencePenalty', 'frequencyPenalty'] as const satisfies ReadonlyArray<
  keyof CoreCallRequest
>;

export function validateCallValues(request: CoreCallRequest, api: BedrockApi): void {
  const ranges = SAMPLING_RANGES[api];
  for (const setting of ['temperature', 'topP', 'topK'] as const) {
    const value = request[setting];
    if (value === undefined) continue;
    checkRange(setting, value, ranges[setting], api);
  }
  for (const setting of FINITE_ONLY) {
    const value = request[setting];
    if (value !== undefined && !Number.isFinite(value)) notFinite(setting, value);
  }
  const rule = TOOL_NAME_RULES[api];
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
