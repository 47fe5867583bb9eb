import type { LanguageModelV1ProviderMetadata } from '@ai-sdk/provider';
import type { LanguageModelV2Usage } from '@ai-sdk/provider-v2';
import { PROVIDER_OPTIONS_KEY } from '../provider-options-key';

/**
 * V1 usage (NaN when Bedrock did not say) -> V2 usage (`undefined` when unknown). Cached input tokens come from
 * this provider's metadata, where the V1 model reports Bedrock's cache read count.
 */
export function convertV1Usage(
  usage: { promptTokens: number; completionTokens: number },
  providerMetadata: LanguageModelV1ProviderMetadata | undefined,
): LanguageModelV2Usage {
  const inputTokens = finite(usage.promptTokens);
  const outputTokens = finite(usage.completionTokens);
  const own = providerMetadata?.[PROVIDER_OPTIONS_KEY] as Record<string, unknown> | undefined;
  return {
    inputTokens,
    outputTokens,
    totalTokens:
      inputTokens === undefined || outputTokens === undefined ? undefined : inputTokens + outputTokens,
    reasoningTokens: finite(own?.reasoningTokens),
    cachedInputTokens: finite(own?.cacheReadInputTokens),
  };
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
