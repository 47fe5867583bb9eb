import type { LanguageModelV1 } from '@ai-sdk/provider';
import type { LanguageModelV2, LanguageModelV2CallOptions } from '@ai-sdk/provider-v2';
import { convertV1GenerateResult } from './convert-v1-generate-result';
import { convertV1Stream } from './convert-v1-stream';
import { convertV1Warnings } from './convert-v1-warnings';
import { convertV2CallOptions } from './convert-v2-call-options';

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

  constructor(private readonly model: LanguageModelV1) {
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
    const result = await this.model.doStream(plan.v1Options);
    const warnings = [...plan.warnings, ...convertV1Warnings(result.warnings)];
    return {
      stream: result.stream.pipeThrough(convertV1Stream(plan, warnings)),
      request: { body: result.rawCall.rawPrompt },
      response: { headers: result.rawResponse?.headers },
    };
  }
}
