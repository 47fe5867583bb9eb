import type { EmulatedModel } from '../../models/emulated-model';

/**
 * Prompt-cache points: which models take them, and how many one request may carry. Claude and Nova only (the AWS
 * prompt-caching page; a gateway gating cache points on those two families,
 * https://github.com/maximhq/bifrost/pull/3754); at most 4 (Anthropic's limit for `cache_control` blocks, and Bedrock's
 * for `cachePoint` blocks as a peer measured it, https://github.com/UKGovernmentBEIS/inspect_ai/pull/5131).
 */
export const CACHE_POINTS_MAX = 4;

export function takesCachePoints(model: EmulatedModel): boolean {
  return model.family === 'anthropic' || model.family === 'nova';
}

/** How many blocks of a list are marked (a `cachePoint` block, or a Claude block with `cache_control`). */
export function countMarked(blocks: unknown, marked: (block: Record<string, unknown>) => boolean): number {
  if (!Array.isArray(blocks)) return 0;
  return blocks.filter(
    block => typeof block === 'object' && block !== null && marked(block as Record<string, unknown>),
  ).length;
}
