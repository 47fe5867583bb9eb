import type { LanguageModelV1CallWarning } from '@ai-sdk/provider';
import type { BedrockCallOptions } from '../bedrock-call-options';
import type { ModelCatalogEntry } from '../catalog/model-catalog-types';
import { type ClaudeSampling, claudeSampling } from '../families/anthropic/anthropic-thinking';

/**
 * Sampling and reasoning on Converse: Claude's rules are the InvokeModel ones (shared), its thinking goes in
 * `additionalModelRequestFields.thinking`; effort models take `reasoning_effort` (gpt-oss, OpenAI parameters page) or
 * `reasoningConfig` (Nova 2, Nova 2 request schema); models that always reason need nothing.
 */
export function converseSampling(
  options: BedrockCallOptions,
  entry: ModelCatalogEntry,
  warnings: LanguageModelV1CallWarning[],
): ClaudeSampling & { additionalFields: Record<string, unknown> } {
  if (entry.family === 'anthropic') {
    const sampling = claudeSampling(options, entry, warnings);
    return { ...sampling, additionalFields: { ...sampling.thinkingFields } };
  }
  const base = {
    maxTokens: options.maxTokens,
    temperature: options.temperature,
    topP: options.topP,
    topK: options.topK,
    forceToolAllowed: true,
  };
  const reasoning = entry.reasoning;
  if (!options.reasoning.enabled || reasoning?.kind !== 'effort') return { ...base, additionalFields: {} };
  const effort = options.reasoning.effort ?? reasoning.thinkingEffort;
  if (entry.family === 'nova')
    return {
      ...base,
      additionalFields: { reasoningConfig: { type: 'enabled', maxReasoningEffort: effort } },
    };
  return { ...base, additionalFields: { reasoning_effort: effort } };
}
