import type { ConverseHooks } from '../../core/codec-contract';
import { claudeSampling } from './anthropic-thinking';

/**
 * Claude on Converse: the sampling rules are the InvokeModel ones (shared), thinking goes in
 * `additionalModelRequestFields` (`thinking`, and `output_config` for adaptive thinking), and topK is the model-native `top_k` there
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-call.html, "additionalModelRequestFields").
 */
export const anthropicConverse: ConverseHooks = {
  sampling(options, entry, warnings) {
    const sampling = claudeSampling(options, entry, warnings);
    return { ...sampling, additionalFields: { ...sampling.thinkingFields } };
  },
  topKFields: topK => ({ top_k: topK }),
  // https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolResultBlock.html (status: Nova and Claude).
  toolResultStatus: true,
  // The matched stop sequence comes back only when asked, under `delta` on both operations
  // (https://github.com/vercel/ai/pull/11286, https://github.com/vercel/ai/pull/11410).
  stopSequenceResponsePaths: ['/delta/stop_sequence'],
};
