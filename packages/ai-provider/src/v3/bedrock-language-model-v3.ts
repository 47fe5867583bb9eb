import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3FinishReason,
  LanguageModelV3StreamPart,
  LanguageModelV3Usage,
  SharedV3Warning,
} from '@ai-sdk/provider-v3';
import type { BedrockModelCore } from '../core/bedrock-model-core';
import { BlockEdgeModel } from '../spec-edge/block-edge-model';
import { NESTED_BLOCK_SPEC } from '../spec-edge/nested-block-spec';

/** LanguageModelV3 (ai@6): nested usage with cache tokens, finish reasons with Bedrock's raw stop reason. */
export class BedrockLanguageModelV3
  extends BlockEdgeModel<
    SharedV3Warning,
    LanguageModelV3Usage,
    LanguageModelV3FinishReason,
    LanguageModelV3StreamPart
  >
  implements LanguageModelV3
{
  readonly specificationVersion = 'v3';

  constructor(core: BedrockModelCore) {
    super(core, NESTED_BLOCK_SPEC);
  }

  override doGenerate(options: LanguageModelV3CallOptions) {
    return super.doGenerate(options);
  }

  override doStream(options: LanguageModelV3CallOptions) {
    return super.doStream(options);
  }
}
