import type { BedrockModelCore } from '../core/bedrock-model-core';
import type { CoreFinishReason, CoreUsage, CoreWarning } from '../core/core-parts';
import { blockStreamParts } from './block-stream-parts';
import { convertEdgeCall, type EdgeCallOptions, type EdgeNotice } from './convert-edge-call';
import { edgeContent, edgeFinishReason } from './edge-result';

/** What one block-protocol specification (V2, V3, V4) words its own way; everything else is shared. */
export interface BlockSpec<Warning, Usage, FinishReason> {
  readonly warning: (warning: EdgeNotice | CoreWarning) => Warning;
  readonly usage: (usage: CoreUsage) => Usage;
  readonly finishReason: (reason: CoreFinishReason) => FinishReason;
}

/**
 * The shared body of the V2, V3 and V4 models: each is this class with its specification's wording, mapping the
 * spec-neutral core directly (no edge wraps another edge).
 */
export class BlockEdgeModel<Warning, Usage, FinishReason, Part> {
  readonly provider: string = 'bedrock-wrapper';
  readonly modelId: string;
  readonly supportedUrls: Record<string, RegExp[]>;

  constructor(
    protected readonly core: BedrockModelCore,
    private readonly spec: BlockSpec<Warning, Usage, FinishReason>,
  ) {
    this.modelId = core.model.requestedName;
    this.supportedUrls = core.takesS3Urls ? { '*/*': [/^s3:\/\//] } : {};
  }

  async doGenerate(options: EdgeCallOptions) {
    const plan = convertEdgeCall(options, this.core.jsonByTool);
    const result = await this.core.generate(plan.request);
    const jsonTool = plan.output === 'json-tool';
    return {
      content: edgeContent(result, plan),
      finishReason: this.spec.finishReason(edgeFinishReason(result.finishReason, jsonTool)),
      usage: this.spec.usage(result.usage),
      providerMetadata: result.providerMetadata as never,
      request: { body: result.request.body },
      response: {
        id: result.response.id,
        modelId: result.response.modelId,
        timestamp: result.response.timestamp,
        headers: result.response.headers,
        body: result.response.body,
      },
      warnings: [...plan.notices, ...result.warnings].map(this.spec.warning),
    };
  }

  async doStream(options: EdgeCallOptions) {
    const plan = convertEdgeCall(options, this.core.jsonByTool);
    const { spec } = this;
    const result = await this.core.stream<Part>(plan.request, warnings =>
      blockStreamParts<Part>(
        plan,
        [...plan.notices, ...warnings].map(spec.warning),
        (finish, jsonTool) =>
          ({
            type: 'finish',
            finishReason: spec.finishReason(edgeFinishReason(finish.finishReason, jsonTool)),
            usage: spec.usage(finish.usage),
            providerMetadata: finish.providerMetadata,
          }) as Part,
      ),
    );
    return {
      stream: result.stream,
      request: { body: result.request.body },
      response: { headers: result.responseHeaders },
    };
  }
}
