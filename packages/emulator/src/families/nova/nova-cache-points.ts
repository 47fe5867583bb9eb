import { isObject } from '../shared/body-checks';

/** Where a cache point sits that Nova does not take: the message and the block its `cachePoint` key lands on. */
export interface MisplacedCachePoint {
  message: number;
  block: number;
}

/**
 * Nova takes a prompt-cache point only on a text block. Its own InvokeModel body carries it as a `cachePoint` key of
 * the text block (AWS.novaInvokeCachingSample); Converse's `cachePoint` block is folded into the block before it, so
 * one after a tool result lands on that block and Bedrock names it: "#/messages/6/content/0: extraneous key
 * [cachePoint] is not permitted" (REAL.novaCachePointAfterToolResult). `native` reads InvokeModel content (keys on
 * blocks), otherwise Converse content (blocks of their own).
 */
export function misplacedNovaCachePoint(messages: unknown, native: boolean): MisplacedCachePoint | undefined {
  if (!Array.isArray(messages)) return undefined;
  for (const [message, turn] of messages.entries()) {
    const content = isObject(turn) && Array.isArray(turn.content) ? turn.content : [];
    for (const [block, value] of content.entries()) {
      if (!isObject(value) || !('cachePoint' in value)) continue;
      if (native) {
        if (!('text' in value)) return { message, block };
        continue;
      }
      const previous = content[block - 1];
      if (!isObject(previous) || !('text' in previous)) return { message, block: Math.max(block - 1, 0) };
    }
  }
  return undefined;
}
