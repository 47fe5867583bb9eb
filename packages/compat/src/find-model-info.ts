import {
  type BedrockWrapperModelInfo,
  listBedrockWrapperSupportedModels as listProviderModels,
} from '@bedrock-wrapper/ai-provider';

let models: readonly BedrockWrapperModelInfo[] | undefined;
const catalog = () => {
  models ??= listProviderModels();
  return models;
};

const GEOGRAPHY = /^(us|eu|apac|global)\./;

/**
 * The catalog row of a `model` string: a friendly name, or a Bedrock model id with or without a geography prefix
 * (`us.`, `global.`…) or as an ARN. A bare id resolves to the base name (never its `-Thinking` variant, unlike the
 * legacy first-match lookup), so the provider picks the region's inference profile for it. `undefined` for ids
 * outside the catalog, which the provider resolves (or rejects) itself.
 */
export function findModelInfo(model: string): BedrockWrapperModelInfo | undefined {
  const byName = catalog().find(info => info.name === model);
  if (byName) return byName;
  const id = model.replace(/^arn:[^/]*\//, '').replace(GEOGRAPHY, '');
  const byId = catalog().find(info => info.modelId === id && info.reasoning !== 'thinking-variant');
  // Only a bare catalog id is replaced by the name; a profile id or ARN is sent as the caller wrote it.
  if (byId && model === id) return byId;
  return byId ? { ...byId, name: model } : undefined;
}

/** The legacy wrapper's thinking budget for Claude `-Thinking` names (legacy default budget: 16000 tokens). */
const LEGACY_BUDGET = 16000;
const MIN_BUDGET = 1024;

/**
 * Claude `-Thinking` names think within the caller's `max_tokens`, as the legacy README says ("budget tokens are
 * automatically calculated based on max_tokens"): 80% of it, between 1024 and 16000 tokens. Claude needs the budget
 * below max_tokens and at least 1024 (https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-extended-thinking.html);
 * for a max_tokens under 1280 the provider raises max_tokens above the 1024 budget and warns.
 * `undefined` (the provider's default budget) for other models or when max_tokens is not given.
 */
export function legacyThinkingBudget(
  info: BedrockWrapperModelInfo | undefined,
  maxTokens: number | undefined,
): number | undefined {
  if (maxTokens === undefined || info?.family !== 'anthropic' || info.reasoning !== 'thinking-variant')
    return undefined;
  return Math.max(MIN_BUDGET, Math.min(LEGACY_BUDGET, Math.floor(maxTokens * 0.8)));
}
