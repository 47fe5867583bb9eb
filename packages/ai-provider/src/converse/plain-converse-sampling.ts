import type { ModelCatalogEntry } from '../catalog/model-catalog-types';
import type { BedrockCallOptions, ConverseSampling } from '../core/codec-contract';
import type { CoreWarning } from '../core/core-parts';

/** Converse sampling for a family with no rules of its own: what the call asked for, no reasoning fields. */
export function plainConverseSampling(
  options: BedrockCallOptions,
  _entry: ModelCatalogEntry,
  _warnings: CoreWarning[],
): ConverseSampling {
  return {
    maxTokens: options.maxTokens,
    temperature: options.temperature,
    topP: options.topP,
    topK: options.topK,
    forceToolAllowed: true,
    additionalFields: {},
  };
}
