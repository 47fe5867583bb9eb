import type { LanguageModelV1Prompt, LanguageModelV1ProviderMetadata } from '@ai-sdk/provider';
import type { ModelCatalogEntry } from '../catalog/model-catalog-types';
import type { CoreWarning } from '../core/core-parts';
import { PROVIDER_OPTIONS_KEY } from '../provider-options-key';

/**
 * The most prompt-cache points one request may carry. Anthropic's limit for `cache_control` blocks ("A maximum of 4
 * blocks with cache_control may be provided. Found 5.", quoted in https://github.com/Wei-Shaw/sub2api/issues/176),
 * and Bedrock's for `cachePoint` blocks as a peer measured it ("against Bedrock's limit of four",
 * https://github.com/UKGovernmentBEIS/inspect_ai/pull/5131). No AWS page read states the number.
 */
export const CACHE_POINTS_MAX = 4;

/**
 * Where a message's cache point cannot go, whatever the model, so it is left out with a warning (a cache point only
 * saves cost; the answer is the same without it):
 * - right after reasoning. Converse: "Cache point cannot be inserted after reasoning block. Please remove the invalid
 *   cache point and try again." (Claude Sonnet 4.6, https://github.com/strands-agents/harness-sdk/issues/1820; Claude
 *   with thinking, https://github.com/anomalyco/opencode/issues/36517). InvokeModel: a thinking block has no
 *   `cache_control` field ("messages.5.content.0.thinking.cache_control: Extra inputs are not permitted", Anthropic's
 *   answer quoted in https://github.com/BerriAI/litellm/pull/39815 and
 *   https://github.com/UKGovernmentBEIS/inspect_ai/pull/3967).
 * - on a message with nothing to send (only empty text): no block is there to carry it, and a cache point first in a
 *   message is refused ("There is nothing available to cache.", Claude Sonnet 4.5 on Converse, measured in
 *   https://github.com/strands-agents/harness-sdk/pull/3677).
 */
export function cachePointNotSent(
  entry: ModelCatalogEntry,
  where: 'after-reasoning' | 'empty-message',
): CoreWarning {
  return {
    type: 'other',
    message:
      where === 'after-reasoning'
        ? `The prompt-cache point after a ${entry.name} message that ends in reasoning was not sent: Bedrock refuses a cache point right after reasoning. Mark the next message instead.`
        : `The prompt-cache point on an empty message was not sent to ${entry.name}: the message has nothing to send.`,
  };
}

/** `providerOptions.bedrockWrapper.cachePoint: true` on a message marks a prompt-cache point after it. */
export function hasCachePoint(metadata: LanguageModelV1ProviderMetadata | undefined): boolean {
  return (metadata?.[PROVIDER_OPTIONS_KEY] as { cachePoint?: unknown } | undefined)?.cachePoint === true;
}

/**
 * The prompt with the cache points the request can carry: none for a model without prompt caching (Bedrock refuses a
 * cache point there: "You invoked an unsupported model or your request did not allow prompt caching", quoted in
 * https://github.com/BerriAI/litellm/pull/39210; https://github.com/maximhq/bifrost/pull/3754 for GLM and Llama), and
 * the first `CACHE_POINTS_MAX` otherwise (the earliest ones cover the longest shared prefix). Each one left out is
 * warned about; a cache point only saves cost, so the answer is the same without it.
 */
export function limitCachePoints(
  prompt: LanguageModelV1Prompt,
  entry: ModelCatalogEntry,
  warnings: CoreWarning[],
): LanguageModelV1Prompt {
  const marked = prompt.filter(message => hasCachePoint(message.providerMetadata)).length;
  const keep = entry.promptCaching ? CACHE_POINTS_MAX : 0;
  if (marked <= keep) return prompt;
  warnings.push({
    type: 'other',
    message: entry.promptCaching
      ? `${entry.name} takes at most ${CACHE_POINTS_MAX} prompt-cache points per request; the first ${CACHE_POINTS_MAX} of ${marked} were sent.`
      : `${entry.name} has no prompt caching on Bedrock (only Claude and Nova do); its ${marked} cache point${marked === 1 ? ' was' : 's were'} not sent.`,
  });
  let seen = 0;
  return prompt.map(message => {
    if (!hasCachePoint(message.providerMetadata) || ++seen <= keep) return message;
    // hasCachePoint above: the provider's own options are there.
    const options = (message.providerMetadata?.[PROVIDER_OPTIONS_KEY] ?? {}) as Record<string, unknown>;
    const { cachePoint: _dropped, ...own } = options;
    return {
      ...message,
      providerMetadata: { ...message.providerMetadata, [PROVIDER_OPTIONS_KEY]: own },
    } as typeof message;
  });
}
