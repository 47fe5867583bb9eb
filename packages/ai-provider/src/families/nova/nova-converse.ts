import { plainConverseSampling } from '../../converse/plain-converse-sampling';
import type { ConverseHooks } from '../../core/codec-contract';
import { novaReasoningSampling } from './nova-reasoning-sampling';

/**
 * Nova on Converse: topK is `additionalModelRequestFields.inferenceConfig.topK`, and Nova 2 reasons when asked through
 * `reasoningConfig` (https://docs.aws.amazon.com/nova/latest/userguide/using-converse-api.html,
 * https://docs.aws.amazon.com/nova/latest/nova2-userguide/extended-thinking.html), leaving out what it refuses while
 * reasoning (nova-reasoning-sampling.ts).
 */
export const novaConverse: ConverseHooks = {
  sampling(options, entry, warnings) {
    const base = plainConverseSampling(options, entry, warnings);
    if (!options.reasoning.enabled || entry.reasoning?.kind !== 'effort') return base;
    const effort = options.reasoning.effort ?? entry.reasoning.thinkingEffort;
    return {
      ...novaReasoningSampling(base, options, entry, effort, warnings),
      additionalFields: { reasoningConfig: { type: 'enabled', maxReasoningEffort: effort } },
    };
  },
  topKFields: topK => ({ inferenceConfig: { topK } }),
  // https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolResultBlock.html (status: Nova and Claude).
  toolResultStatus: true,
  // Nova's own request carries a cache point as a key of the text block before it (nova-cache-points.ts), and Bedrock
  // refuses one after a tool result on Converse: "Malformed input request: #/messages/6/content/0: extraneous key
  // [cachePoint] is not permitted" (Nova 2 Lite, https://github.com/zeroclaw-labs/zeroclaw/issues/8720, whose client
  // put the cache point after the last message's blocks); AWS's own sample app leaves cache points out there for Nova
  // ("placing cachePoint immediately after toolResult causes an error",
  // https://github.com/aws-samples/bedrock-engineer/blob/main/src/common/models/promptCache.ts). After an image or a
  // document: unsourced, left out as well.
  cachePointsAfterTextOnly: true,
};
