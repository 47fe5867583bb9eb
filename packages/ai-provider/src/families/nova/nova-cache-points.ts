/**
 * Nova's own InvokeModel body marks a prompt-cache point as a `cachePoint` key of the text block it follows, in
 * `system` and in message content (`{"text": "...", "cachePoint": {"type": "default"}}`, AWS's Nova InvokeModel
 * caching sample:
 * https://github.com/aws-samples/amazon-bedrock-samples/blob/main/introduction-to-bedrock/prompt-caching/invoke_model_api/nova/README.md),
 * where Converse has a block of its own. The Converse builder puts Nova's cache points only after text
 * (`cachePointsAfterTextOnly` in nova-converse.ts), so each one is folded into the block before it.
 */
export function foldCachePoints(blocks: unknown): unknown {
  // Most calls mark no cache point: their blocks are sent as they are, not copied.
  if (!Array.isArray(blocks) || !blocks.some(block => 'cachePoint' in block)) return blocks;
  const folded: Array<Record<string, unknown>> = [];
  for (const block of blocks as Array<Record<string, unknown>>) {
    const previous = folded.at(-1);
    if ('cachePoint' in block && previous)
      folded[folded.length - 1] = { ...previous, cachePoint: block.cachePoint };
    else folded.push(block);
  }
  return folded;
}
