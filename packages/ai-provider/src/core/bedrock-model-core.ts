import {
  type CallContext,
  type CallResult,
  converse,
  converseStream,
  invokeModel,
  invokeModelWithResponseStream,
} from '../bedrock/bedrock-call';
import type { BedrockSdk } from '../bedrock/create-bedrock-client';
import { elideLargeValues } from '../bedrock/elide-large-values';
import { type BedrockCallInfo, mapBedrockError, mapStreamError } from '../bedrock/map-bedrock-error';
import type { BedrockWrapperModelSettings } from '../bedrock-wrapper-settings';
import type { ResolvedModel } from '../catalog/model-catalog-types';
import { FAMILIES } from '../families/family-descriptors';
import { assembleFinish, assembleResult, type InvocationMetrics } from './assemble-result';
import { defaultApi } from './choose-api';
import type { BedrockCodec, BedrockRequest, CodecContext, CodecStreamDecoder } from './codec-contract';
import type { CoreCallRequest } from './core-call';
import type { CoreGenerateResult, CoreRequestInfo, CoreWarning, CreatePartMapper } from './core-parts';
import { withOperationInputs } from './operation-inputs';
import { createPartStream } from './part-stream';
import { partsOfResult } from './parts-of-result';
import { type PreparedCall, prepareCall } from './prepare-call';
import { malformedResponse, shapeMismatch } from './response-shape';

export interface BedrockModelConfig {
  getClient: () => Promise<{ sdk: BedrockSdk; client: CallContext['client'] }>;
  generateId: () => string;
  requestTimeoutMs: number;
  streamStallTimeoutMs: number;
}

export interface CoreStreamResult<T> {
  readonly stream: ReadableStream<T>;
  readonly request: CoreRequestInfo;
  readonly responseHeaders: Record<string, string>;
  readonly warnings: readonly CoreWarning[];
}

const INVOCATION_METRICS = 'amazon-bedrock-invocationMetrics';

/**
 * The spec-neutral model: prepares one call, asks the codec of the chosen API for the body, adds the operation inputs,
 * sends it, and turns the answer into core results and parts. Every specification edge (V1…V4) is a thin mapping over
 * it. It never tests a family.
 */
export class BedrockModelCore {
  constructor(
    readonly model: ResolvedModel,
    readonly settings: BedrockWrapperModelSettings,
    private readonly config: BedrockModelConfig,
  ) {}

  /** The API a call without a per-call choice uses. */
  get defaultApi() {
    return defaultApi(this.model.entry, this.settings.api);
  }

  /** Objects come as a forced tool's arguments (exact schema) where the model can be forced; else as JSON text. */
  get jsonByTool(): boolean {
    const entry = this.model.entry;
    return entry.tools[this.defaultApi] && entry.tools.forcedChoice;
  }

  /**
   * `s3://` images and documents reach the Converse codec, which sends them as S3 locations to the models that take
   * them and refuses them, with what to do, for the others; every other URL is the AI SDK's to download.
   */
  get takesS3Urls(): boolean {
    return this.defaultApi === 'converse';
  }

  async generate(request: CoreCallRequest): Promise<CoreGenerateResult> {
    const prepared = prepareCall(request, this.model, this.settings, false);
    const { ctx, bedrockRequest } = this.build(prepared);
    const result = await this.send(prepared, bedrockRequest, request);
    return this.parse(prepared, ctx, bedrockRequest, result, false);
  }

  async stream<T>(request: CoreCallRequest, createMapper: CreatePartMapper<T>): Promise<CoreStreamResult<T>> {
    const prepared = prepareCall(request, this.model, this.settings, true);
    const { ctx, bedrockRequest } = this.build(prepared);
    const requestInfo = this.requestInfo(bedrockRequest, prepared);

    if (prepared.choice.simulateStream) {
      const result = await this.send(prepared, bedrockRequest, request);
      const whole = this.parse(prepared, ctx, bedrockRequest, result, true);
      const mapper = createMapper(prepared.warnings);
      return {
        stream: new ReadableStream<T>({
          start(controller) {
            const out = (part: T) => controller.enqueue(part);
            mapper.start(out);
            for (const part of partsOfResult(whole)) mapper.push(part, out);
            mapper.flush(out);
            controller.close();
          },
        }),
        request: requestInfo,
        responseHeaders: result.headers,
        warnings: prepared.warnings,
      };
    }

    const callContext = await this.callContext(request);
    const api = prepared.choice.api;
    const result =
      api === 'invoke'
        ? await invokeModelWithResponseStream(callContext, bedrockRequest)
        : await converseStream(callContext, bedrockRequest);
    const info: BedrockCallInfo = {
      operation: api === 'invoke' ? 'InvokeModelWithResponseStream' : 'ConverseStream',
      modelId: this.model.bedrockModelId,
      body: bedrockRequest.body,
    };
    const stallMs = this.config.streamStallTimeoutMs;
    // Bedrock adds its invocation metrics to the last chunk of every InvokeModel stream, whatever the family.
    let metrics: InvocationMetrics | undefined;
    const stream = await createPartStream({
      source: result.output,
      decoder: shapeCheckedDecoder(prepared.choice.codec, ctx, result.requestId),
      mapper: createMapper(prepared.warnings),
      responseMetadata: {
        type: 'response-metadata',
        id: result.requestId,
        modelId: this.model.bedrockModelId,
        timestamp: new Date(),
      },
      stallTimeoutMs: stallMs,
      abortSignal: request.abortSignal,
      observeChunk:
        api === 'invoke'
          ? chunk => {
              const found = (chunk as Record<string, unknown> | null)?.[INVOCATION_METRICS];
              if (found !== undefined) metrics = found as InvocationMetrics;
            }
          : undefined,
      finishOf: end =>
        assembleFinish(end, {
          api,
          requestId: result.requestId,
          headers: result.headers,
          metrics,
        }),
      failure: (error, stalled) =>
        mapStreamError(
          stalled
            ? Object.assign(new Error(`The stream sent no event for ${stallMs} ms (streamStallTimeoutMs).`), {
                name: 'StreamStallTimeout',
                $metadata: { httpStatusCode: 408 },
              })
            : error,
          info,
        ),
      abort: result.abort,
      done: result.done,
    });
    return { stream, request: requestInfo, responseHeaders: result.headers, warnings: prepared.warnings };
  }

  private async send(
    prepared: PreparedCall,
    bedrockRequest: BedrockRequest,
    request: CoreCallRequest,
  ): Promise<CallResult<unknown>> {
    const callContext = await this.callContext(request);
    return prepared.choice.api === 'invoke'
      ? invokeModel(callContext, bedrockRequest)
      : converse(callContext, bedrockRequest);
  }

  /** A whole answer, read by the codec; the shared assembly gives it the same usage and metadata as a stream's finish. */
  private parse(
    prepared: PreparedCall,
    ctx: CodecContext,
    bedrockRequest: BedrockRequest,
    result: CallResult<unknown>,
    simulatedStream: boolean,
  ): CoreGenerateResult {
    const api = prepared.choice.api;
    const output = result.output;
    const mismatch = shapeMismatch(output, prepared.choice.codec.shapes.response, 'response');
    if (mismatch)
      throw mapBedrockError(malformedResponse(mismatch, result.requestId), {
        operation: api === 'invoke' ? 'InvokeModel' : 'Converse',
        modelId: this.model.bedrockModelId,
        body: bedrockRequest.body,
      });
    const metrics =
      api === 'invoke'
        ? ((output as Record<string, unknown>)[INVOCATION_METRICS] as InvocationMetrics)
        : undefined;
    const parsed = prepared.choice.codec.parseResponse(output, ctx);
    return assembleResult(parsed, {
      api,
      requestId: result.requestId,
      headers: result.headers,
      metrics,
      modelId: this.model.bedrockModelId,
      request: this.requestInfo(bedrockRequest, prepared),
      warnings: prepared.warnings,
      simulatedStream,
      body: output,
    });
  }

  private build(prepared: PreparedCall): { ctx: CodecContext; bedrockRequest: BedrockRequest } {
    const ctx: CodecContext = {
      model: this.model,
      options: prepared.options,
      warnings: prepared.warnings,
      generateId: this.config.generateId,
      converse: FAMILIES[this.model.entry.family].converse,
    };
    const body = prepared.choice.codec.buildRequest(ctx);
    const bedrockRequest = withOperationInputs(
      body,
      prepared.choice.api,
      prepared.options.stream,
      prepared.options.providerOptions,
      prepared.warnings,
    );
    return { ctx, bedrockRequest };
  }

  private async callContext(request: CoreCallRequest): Promise<CallContext> {
    const { sdk, client } = await this.config.getClient();
    return {
      sdk,
      client,
      modelId: this.model.bedrockModelId,
      abortSignal: request.abortSignal,
      headers: request.headers,
      requestTimeoutMs: this.config.requestTimeoutMs,
    };
  }

  private requestInfo(bedrockRequest: BedrockRequest, prepared: PreparedCall): CoreRequestInfo {
    return {
      body: elideLargeValues(bedrockRequest.body),
      settings: {
        modelId: this.model.bedrockModelId,
        api: prepared.choice.api,
        ...(bedrockRequest.invokeInput ?? {}),
      },
    };
  }
}

/** The codec's decoder, given only chunks of the shape it reads; any other chunk fails the stream (response-shape.ts). */
function shapeCheckedDecoder(codec: BedrockCodec, ctx: CodecContext, requestId?: string): CodecStreamDecoder {
  const decoder = codec.createStreamDecoder(ctx);
  const shape = codec.shapes.chunk;
  return {
    push(chunk, emit) {
      const mismatch = shapeMismatch(chunk, shape, 'chunk');
      if (mismatch) throw malformedResponse(mismatch, requestId);
      decoder.push(chunk, emit);
    },
    flush: emit => decoder.flush(emit),
  };
}
