/** The usage of a Nova answer or stream metadata event, with the names of both APIs. */
export interface NovaUsage {
  readonly cacheReadInputTokenCount?: number;
  readonly cacheWriteInputTokenCount?: number;
  readonly cacheReadInputTokens?: number;
  readonly cacheWriteInputTokens?: number;
}

/**
 * Nova's own InvokeModel answer names its prompt-cache counts `cacheReadInputTokenCount` and
 * `cacheWriteInputTokenCount` (invoke-nova-micro.json, recorded from real Bedrock), where Converse's TokenUsage says
 * `cacheReadInputTokens` and `cacheWriteInputTokens` (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_TokenUsage.html),
 * the names the Converse codec that Nova's codec reuses reads. The usage is given both; one without Nova's names is
 * returned as it is. A stream's `metadata.usage` is read the same way: the recorded Nova stream
 * (imwrs-nova-micro-stream.json) had no cache counts at all, so their names there are unsourced and taken to be the
 * whole answer's.
 */
export function withConverseCacheCounts<T extends NovaUsage | undefined>(usage: T): T {
  if (usage?.cacheReadInputTokenCount === undefined && usage?.cacheWriteInputTokenCount === undefined)
    return usage;
  return {
    ...usage,
    cacheReadInputTokens: usage.cacheReadInputTokens ?? usage.cacheReadInputTokenCount,
    cacheWriteInputTokens: usage.cacheWriteInputTokens ?? usage.cacheWriteInputTokenCount,
  };
}
