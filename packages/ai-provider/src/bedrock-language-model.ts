import type {
  LanguageModelV1,
  LanguageModelV1CallOptions,
  LanguageModelV1FunctionToolCall,
  LanguageModelV1ProviderMetadata,
  LanguageModelV1StreamPart,
} from '@ai-sdk/provider';
import type { BedrockModelCore } from './core/bedrock-model-core';
import { convertV1Call } from './v1/convert-v1-call';
import { v1FinishReason, v1StreamParts, v1Usage, v1Warnings } from './v1/v1-stream-parts';

type GenerateResult = Awaited<ReturnType<LanguageModelV1['doGenerate']>>;
type StreamResult = Awaited<ReturnType<LanguageModelV1['doStream']>>;
type ReasoningV1 = Exclude<GenerateResult['reasoning'], string | undefined>;

/** LanguageModelV1 (ai@4): a thin edge over the spec-neutral core (core/bedrock-model-core.ts). */
export class BedrockLanguageModel implements LanguageModelV1 {
  readonly specificationVersion = 'v1';
  readonly provider = 'bedrock-wrapper';
  readonly modelId: string;
  readonly defaultObjectGenerationMode: 'tool' | 'json';
  /** ai downloads http(s) images itself; the provider never fetches a URL. */
  readonly supportsImageUrls = false;
  readonly supportsStructuredOutputs = false;

  constructor(private readonly core: BedrockModelCore) {
    this.modelId = core.model.requestedName;
    // A forced tool gives exactly the schema; models that cannot be forced get ai's JSON instructions instead.
    this.defaultObjectGenerationMode = core.jsonByTool ? 'tool' : 'json';
  }

  /** `s3://` images and documents go to Converse as S3 locations; nothing else is passed through. */
  supportsUrl(url: URL): boolean {
    return url.protocol === 's3:' && this.core.takesS3Urls;
  }

  async doGenerate(call: LanguageModelV1CallOptions): Promise<GenerateResult> {
    const { request, warnings } = convertV1Call(call);
    const result = await this.core.generate(request);
    let text: string | undefined;
    const reasoning: ReasoningV1 = [];
    const toolCalls: LanguageModelV1FunctionToolCall[] = [];
    for (const item of result.content) {
      if (item.type === 'text') text = (text ?? '') + item.text;
      else if (item.type === 'reasoning')
        reasoning.push({
          type: 'text',
          text: item.text,
          ...(item.signature ? { signature: item.signature } : {}),
        });
      else if (item.type === 'redacted-reasoning') reasoning.push({ type: 'redacted', data: item.data });
      else
        toolCalls.push({
          toolCallType: 'function',
          toolCallId: item.toolCallId,
          toolName: item.toolName,
          args: item.input,
        });
    }
    return {
      text,
      reasoning: reasoning.length > 0 ? reasoning : undefined,
      toolCalls: toolCalls.length > 0 ? toolCalls : undefined,
      finishReason: v1FinishReason(result.finishReason),
      usage: v1Usage(result.usage),
      rawCall: { rawPrompt: result.request.body, rawSettings: result.request.settings },
      rawResponse: { headers: result.response.headers, body: result.response.body },
      response: {
        id: result.response.id,
        modelId: result.response.modelId,
        timestamp: result.response.timestamp,
      },
      warnings: v1Warnings(warnings, result.warnings),
      providerMetadata: result.providerMetadata as LanguageModelV1ProviderMetadata,
    };
  }

  async doStream(call: LanguageModelV1CallOptions): Promise<StreamResult> {
    const { request, warnings } = convertV1Call(call);
    const result = await this.core.stream<LanguageModelV1StreamPart>(request, v1StreamParts);
    return {
      stream: result.stream,
      rawCall: { rawPrompt: result.request.body, rawSettings: result.request.settings },
      rawResponse: { headers: result.responseHeaders },
      warnings: v1Warnings(warnings, result.warnings),
    };
  }
}
