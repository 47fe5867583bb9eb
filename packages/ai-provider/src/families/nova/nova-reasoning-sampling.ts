import type { ModelCatalogEntry, ReasoningRequest } from '../../catalog/model-catalog-types';
import type { BedrockCallOptions, ConverseSampling } from '../../core/codec-contract';
import type { CoreWarning } from '../../core/core-parts';

/**
 * What Nova 2 refuses beside its `reasoningConfig`: temperature and topP while it reasons, and the output limit
 * (`maxTokens`) as well at `maxReasoningEffort: "high"`. No AWS page read here says so; the sources are an AWS
 * engineer's report that "the Nova Converse API only requires maxTokens to be unset when maxReasoningEffort=high"
 * (https://github.com/UKGovernmentBEIS/inspect_ai/issues/3767), @ai-sdk/amazon-bedrock's fix "omit max output tokens
 * for Nova 2 Lite high reasoning" (https://github.com/vercel/ai/releases/tag/@ai-sdk%2Famazon-bedrock@5.0.98), and
 * promptfoo's Nova 2 support, which leaves out temperature and topP whenever reasoning is enabled
 * (https://github.com/promptfoo/promptfoo/pull/6531). Bedrock's own wording of the refusal was not found.
 * Each setting the caller chose is dropped with a warning; a default is dropped silently.
 */
export function novaReasoningSampling(
  base: ConverseSampling,
  options: BedrockCallOptions,
  entry: ModelCatalogEntry,
  effort: NonNullable<ReasoningRequest['effort']>,
  warnings: CoreWarning[],
): ConverseSampling {
  const drop = (setting: 'temperature' | 'topP' | 'maxOutputTokens', chosen: boolean, why: string) => {
    if (chosen)
      warnings.push({
        type: 'unsupported-setting',
        setting,
        details: `${entry.name} ${why}; it was not sent.`,
      });
  };
  drop(
    'temperature',
    options.temperatureSet && base.temperature !== undefined,
    'takes no temperature while it reasons',
  );
  drop('topP', base.topP !== undefined, 'takes no topP while it reasons');
  const high = effort === 'high';
  if (high)
    drop(
      'maxOutputTokens',
      options.maxTokensSet,
      'takes no output limit at reasoning effort "high" (effort "low" or "medium" keeps one)',
    );
  return {
    ...base,
    temperature: undefined,
    topP: undefined,
    maxTokens: high ? undefined : base.maxTokens,
  };
}
