import type { CoreFinishReason } from '../core/core-parts';
import { nestedUsage } from './edge-result';
import { unsupportedFeatureWarning } from './unsupported-feature-warning';

/**
 * How V3 (ai@6) and V4 (ai@7) word a block-protocol model, the same for both: `unsupported` feature warnings, nested
 * usage with cache and reasoning tokens, and a finish reason with Bedrock's raw stop reason, whose unified reason has no
 * `unknown` (those specifications name it `other`).
 */
export const NESTED_BLOCK_SPEC = {
  warning: unsupportedFeatureWarning,
  usage: nestedUsage,
  finishReason: (reason: CoreFinishReason) => ({
    unified: reason.unified === 'unknown' ? ('other' as const) : reason.unified,
    raw: reason.raw,
  }),
};
