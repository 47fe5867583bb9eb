import type {
  LanguageModelV2,
  LanguageModelV2CallOptions,
  LanguageModelV2CallWarning,
  LanguageModelV2FinishReason,
  LanguageModelV2StreamPart,
  LanguageModelV2Usage,
} from '@ai-sdk/provider-v2';
import type { BedrockModelCore } from '../core/bedrock-model-core';
import { BlockEdgeModel } from '../spec-edge/block-edge-model';
import { flatUsage } from '../spec-edge/edge-result';

/** LanguageModelV2 (ai@5): the shared block-protocol edge with V2's flat usage, string finish reasons and warnings. */
export class BedrockLanguageModelV2
  extends BlockEdgeModel<
    LanguageModelV2CallWarning,
    LanguageModelV2Usage,
    LanguageModelV2FinishReason,
    LanguageModelV2StreamPart
  >
  implements LanguageModelV2
{
  readonly specificationVersion = 'v2';

  constructor(core: BedrockModelCore) {
    super(core, {
      warning: warning =>
        warning.type === 'unsupported-tool'
          ? { type: 'unsupported-tool', tool: warning.tool as never, details: warning.details }
          : warning,
      usage: flatUsage,
      finishReason: reason => reason.unified,
    });
  }

  override doGenerate(options: LanguageModelV2CallOptions) {
    return super.doGenerate(options);
  }

  override doStream(options: LanguageModelV2CallOptions) {
    return super.doStream(options);
  }
}
