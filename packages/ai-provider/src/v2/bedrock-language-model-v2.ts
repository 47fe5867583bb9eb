import type { LanguageModelV2, LanguageModelV2CallOptions } from '@ai-sdk/provider-v2';
import type { BedrockLanguageModel } from '../bedrock-language-model';
import { convertV1GenerateResult } from './convert-v1-generate-result';
import { convertV1Warnings } from './convert-v1-warnings';
import { convertV2CallOptions } from './convert-v2-call-options';
import { v1ToV2StreamParts } from './v1-to-v2-stream-parts';

type V2GenerateResult = Awaited<ReturnType<LanguageModelV2['doGenerate']>>;
type V2StreamResult = Awaited<ReturnType<LanguageModelV2['doStream']>>;

/**
 * LanguageModelV2 (ai@5, and ai@6/7 through their v2 compatibility layer) over the same LanguageModelV1
 * implementation: one catalog, one set of codecs, one client; this class only translates the specification.
 */
export class BedrockLanguageModelV2 implements LanguageModelV2 {
  readonly specificationVersion = 'v2';
  readonly provider: string;
  readonly modelId: string;
  readonly supportedUrls: Record<string, RegExp[]>;

  constructor(private readonly model: BedrockLanguageModel) {
    this.provider = model.provider;
    this.modelId = model.modelId;
    // The V1 model says which URLs it takes as they are (s3:// locations on Converse); ai downloads every other URL.
    this.supportedUrls = model.supportsUrl?.(new URL('s3://bucket/key')) ? { '*/*': [/^s3:\/\//] } : {};
  }

  async doGenerate(options: LanguageModelV2CallOptions): Promise<V2GenerateResult> {
    const plan = convertV2CallOptions(options, this.model);
    const result = await this.model.doGenerate(plan.v1Options);
    return convertV1GenerateResult(result, plan);
  }

  async doStream(options: LanguageModelV2CallOptions): Promise<V2StreamResult> {
    const plan = convertV2CallOptions(options, this.model);
    // The conversion runs inside the model's own stream: no second stream for every part to cross.
    const result = await this.model.doStreamMapped(plan.v1Options, v1Warnings =>
      v1ToV2StreamParts(plan, [...plan.warnings, ...convertV1Warnings(v1Warnings)]),
    );
    return {
      stream: result.stream,
      request: { body: result.rawCall.rawPrompt },
      response: { headers: result.rawResponse?.headers },
    };
  }
}
