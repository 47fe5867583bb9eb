import { InvalidArgumentError } from '@ai-sdk/provider';
import type { BedrockApi } from '../catalog/model-catalog-types';
import { API_NAMES } from './api-names';
import type { FamilyDescriptor, SamplingRange, SamplingSetting, ToolNameRule } from './codec-contract';
import type { CoreCallRequest } from './core-call';
import { lettersDigitsToolName } from './letters-digits-tool-name';

/**
 * The numbers and names of a call, checked before anything is sent, in this one place for every codec: a value
 * outside its documented range is refused with an `InvalidArgumentError` that says what to pass; a value inside is
 * sent unchanged. Each range carries its source (an AWS page), or says "unsourced" where none was found; an unsourced
 * bound is only a mathematical one (a probability is at most 1, a count is a whole number), never a guess of a limit.
 */

// JSON has no NaN or Infinity (RFC 8259 §6): JSON.stringify writes them as null, so they never reach Bedrock as given.
const FINITE_SOURCE = 'https://www.rfc-editor.org/rfc/rfc8259#section-6';

/** Converse `inferenceConfig`: temperature and topP, "Valid Range: Minimum value of 0. Maximum value of 1." */
const CONVERSE_INFERENCE_CONFIG =
  'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InferenceConfiguration.html';

export const SAMPLING_RANGES: Readonly<Record<BedrockApi, Readonly<Record<SamplingSetting, SamplingRange>>>> =
  {
    converse: {
      temperature: { min: 0, max: 1, source: CONVERSE_INFERENCE_CONFIG },
      topP: { min: 0, max: 1, source: CONVERSE_INFERENCE_CONFIG },
      // topK goes to the model in additionalModelRequestFields; Converse documents no range for it.
      topK: {
        min: 0,
        integer: true,
        source: 'unsourced: a count of tokens, so a whole number of at least 0',
      },
    },
    invoke: {
      // A family without its own range (its descriptor's `invokeSampling`): only the bounds that follow from what the value is are checked.
      temperature: { min: 0, source: 'unsourced: no upper bound checked; a temperature is not negative' },
      topP: { min: 0, max: 1, source: 'unsourced: a cumulative probability, so between 0 and 1' },
      topK: {
        min: 0,
        integer: true,
        source: 'unsourced: a count of tokens, so a whole number of at least 0',
      },
    },
  };

/**
 * Tool names. Converse: its ToolSpecification rule. InvokeModel: the family's own rule where AWS documents one (its
 * descriptor's `invokeToolNames`), else only an empty name is refused.
 */
export const TOOL_NAME_RULES: { readonly converse: ToolNameRule; readonly invoke: ToolNameRule } = {
  converse: lettersDigitsToolName(
    'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolSpecification.html',
  ),
  invoke: {
    pattern: /^.+$/s,
    describe: 'not empty',
    source: "unsourced: no AWS page states this family's tool-name rule on InvokeModel",
  },
};

const FINITE_ONLY = ['seed', 'presencePenalty', 'frequencyPenalty'] as const satisfies ReadonlyArray<
  keyof CoreCallRequest
>;

export function validateCallValues(
  request: CoreCallRequest,
  api: BedrockApi,
  family: FamilyDescriptor,
): void {
  const ranges =
    api === 'invoke' ? { ...SAMPLING_RANGES.invoke, ...family.invokeSampling } : SAMPLING_RANGES[api];
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
    api === 'converse' ? TOOL_NAME_RULES.converse : (family.invokeToolNames ?? TOOL_NAME_RULES.invoke);
  for (const tool of request.tools) {
    if (!rule.pattern.test(tool.name)) {
      throw new InvalidArgumentError({
        argument: 'tools',
        message: `The tool name ${JSON.stringify(tool.name)} is not accepted on ${API_NAMES[api]}: a tool name there is ${rule.describe} (${rule.source}). Rename the tool.`,
      });
    }
  }
}

function checkRange(setting: string, value: number, range: SamplingRange, api: BedrockApi): void {
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
