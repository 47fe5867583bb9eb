import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4FinishReason,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
  SharedV4Warning,
} from '@ai-sdk/provider-v4';
import type { BedrockModelCore } from '../core/bedrock-model-core';
import { BlockEdgeModel } from '../spec-edge/block-edge-model';
import { NESTED_BLOCK_SPEC } from '../spec-edge/nested-block-spec';

/** LanguageModelV4 (ai@7): nested usage with cache tokens, finish reasons with Bedrock's raw stop reason. */
export class BedrockLanguageModelV4
  extends BlockEdgeModel<
    SharedV4Warning,
    LanguageModelV4Usage,
    LanguageModelV4FinishReason,
    LanguageModelV4StreamPart
  >
  implements LanguageModelV4
{
  readonly specificationVersion = 'v4';

  constructor(core: BedrockModelCore) {
    super(core, NESTED_BLOCK_SPEC);
  }

  override doGenerate(options: LanguageModelV4CallOptions) {
    return super.doGenerate(options);
  }

  override doStream(options: LanguageModelV4CallOptions) {
    return super.doStream(options);
  }
}
