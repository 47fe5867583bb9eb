import type {
  LanguageModelV1,
  LanguageModelV1CallOptions,
  LanguageModelV1StreamPart,
} from '@ai-sdk/provider';
import {
  type CallContext,
  converse,
  converseStream,
  invokeModel,
  invokeModelWithResponseStream,
} from './bedrock/bedrock-call';
import type { BedrockSdk } from './bedrock/create-bedrock-client';
import { elideLargeValues } from './bedrock/elide-large-values';
import { mapStreamError } from './bedrock/map-bedrock-error';
import type { BedrockRequest, CodecContext } from './bedrock-call-options';
import type { BedrockWrapperModelSettings } from './bedrock-wrapper-settings';
import type { ResolvedModel } from './catalog/model-catalog-types';
import type { CodecGenerateResult } from './families/bedrock-codec';
import { type PreparedCall, prepareCallOptions } from './prepare-call-options';
import { PROVIDER_OPTIONS_KEY } from './provider-options-key';
import { streamPartsFromResult } from './stream-from-generate-result';
import { type CreateStreamPartMapper, v1StreamParts } from './stream-part-mapper';

type GenerateResult = Awaited<ReturnType<LanguageModelV1['doGenerate']>>;
type StreamResult = Awaited<ReturnType<LanguageModelV1['doStream']>>;

export interface BedrockLanguageModelConfig {
  getClient: () => Promise<{ sdk: BedrockSdk; client: CallContext['client'] }>;
  generateId: () => string;
  requestTimeoutMs: number;
  streamStallTimeoutMs: number;
}

/**
 * LanguageModelV1 for one Bedrock model. It resolves the call (prepare-call-options), asks the codec of the chosen
 * API for the request, sends it, and asks the codec to read the answer. It never tests a family.
 */
export class BedrockLanguageModel implements LanguageModelV1 {
  readonly specificationVersion = 'v1';
  readonly provider = 'bedrock-wrapper';
  readonly modelId: string;
  readonly defaultObjectGenerationMode: 'tool' | 'json';
  /** ai downloads http(s) images itself; the provider never fetches a URL. */
  readonly supportsImageUrls = false;
  readonly supportsStructuredOutputs = false;

  constructor(
    private readonly model: ResolvedModel,
    private readonly settings: BedrockWrapperModelSettings,
    private readonly config: BedrockLanguageModelConfig,
  ) {
    this.modelId = model.requestedName;
    const api = settings.api === 'converse' || !model.entry.apis.invoke ? 'converse' : 'invoke';
    // A forced tool gives exactly the schema; models that cannot be forced get ai's JSON instructions instead.
    this.defaultObjectGenerationMode =
      model.entry.tools[api] && model.entry.tools.forcedChoice ? 'tool' : 'json';
  }

  /** `s3://` images and documents go to Converse as S3 locations; nothing else is passed through. */
  supportsUrl(url: URL): boolean {
    return (
      url.protocol === 's3:' &&
      this.model.entry.apis.converse &&
      (this.settings.api === 'converse' || !this.model.entry.apis.invoke)
    );
  }

  async doGenerate(call: LanguageModelV1CallOptions): Promise<GenerateResult> {
    const prepared = prepareCallOptions(call, this.model, this.settings, false);
    const { ctx, request } = this.build(prepared);
    const callContext = await this.callContext(call);
    const result =
      prepared.choice.api === 'invoke'
        ? await invokeModel(callContext, request)
        : await converse(callContext, request);
    const parsed = prepared.choice.codec.parseResponse(result.output, ctx);
    return {
      text: parsed.text,
      reasoning: parsed.reasoning,
      toolCalls: parsed.toolCalls,
      finishReason: parsed.finishReason,
      usage: usageWithHeaders(parsed.usage, result.headers),
      rawCall: this.rawCall(request, prepared),
      rawResponse: { headers: result.headers },
      response: {
        id: parsed.response?.id ?? result.requestId,
        modelId: parsed.response?.modelId ?? this.model.bedrockModelId,
        timestamp: new Date(),
      },
      warnings: prepared.warnings,
      providerMetadata: {
        [PROVIDER_OPTIONS_KEY]: {
          ...parsed.providerMetadata,
          requestId: result.requestId ?? null,
          api: prepared.choice.api,
        },
      },
    };
  }

  doStream(call: LanguageModelV1CallOptions): Promise<StreamResult> {
    return this.doStreamMapped(call, v1StreamParts);
  }

  /** `doStream` with each V1 part mapped as it is made (stream-part-mapper.ts); the /v2 model streams through it. */
  async doStreamMapped<T>(
    call: LanguageModelV1CallOptions,
    createMapper: CreateStreamPartMapper<T>,
  ): Promise<Omit<StreamResult, 'stream'> & { stream: ReadableStream<T> }> {
    const prepared = prepareCallOptions(call, this.model, this.settings, true);
    const { ctx, request } = this.build(prepared);
    const callContext = await this.callContext(call);
    const api = prepared.choice.api;
    const rawCall = this.rawCall(request, prepared);
    const metadata = (requestId: string | undefined, extra?: Record<string, unknown>) => ({
      [PROVIDER_OPTIONS_KEY]: { ...(extra as Record<string, never>), requestId: requestId ?? null, api },
    });

    if (prepared.choice.simulateStream) {
      const result =
        api === 'invoke' ? await invokeModel(callContext, request) : await converse(callContext, request);
      const parsed: CodecGenerateResult = prepared.choice.codec.parseResponse(result.output, ctx);
      const parts: LanguageModelV1StreamPart[] = [
        {
          type: 'response-metadata',
          id: parsed.response?.id ?? result.requestId,
          modelId: parsed.response?.modelId ?? this.model.bedrockModelId,
          timestamp: new Date(),
        },
        ...streamPartsFromResult(parsed),
        {
          type: 'finish',
          finishReason: parsed.finishReason,
          usage: parsed.usage,
          providerMetadata: metadata(result.requestId, { ...parsed.providerMetadata, simulatedStream: true }),
        },
      ];
      const mapper = createMapper(prepared.warnings);
      return {
        stream: new ReadableStream<T>({
          start(controller) {
            const out = (part: T) => controller.enqueue(part);
            mapper.start(out);
            for (const part of parts) mapper.push(part, out);
            mapper.flush(out);
            controller.close();
          },
        }),
        rawCall,
        rawResponse: { headers: result.headers },
        warnings: prepared.warnings,
      };
    }

    const result =
      api === 'invoke'
        ? await invokeModelWithResponseStream(callContext, request)
        : await converseStream(callContext, request);
    const source = result.output;
    const decoder = prepared.choice.codec.createStreamDecoder(ctx);
    // One watchdog per stream, pushed back on every chunk (no timer or promise race per chunk): when it fires, the
    // request is aborted on the wire and the read fails with a stall error.
    const stallMs = this.config.streamStallTimeoutMs;
    let stalled = false;
    const watchdog = setTimeout(() => {
      stalled = true;
      result.abort();
    }, stallMs);
    watchdog.unref?.();
    const info = {
      operation: api === 'invoke' ? ('InvokeModelWithResponseStream' as const) : ('ConverseStream' as const),
      modelId: this.model.bedrockModelId,
      body: elideLargeValues(request.body),
    };
    // A failure of the stream as an APICallError; after a stall, the stall is the cause whatever the read reported.
    const failure = (error: unknown) =>
      mapStreamError(
        stalled
          ? Object.assign(new Error(`The stream sent nothing for ${stallMs} ms.`), {
              name: 'StreamStallTimeout',
              $metadata: { httpStatusCode: 408 },
            })
          : error,
        info,
      );
    /** One network read; false once the answer has ended. */
    const read = async (onChunk: (chunk: unknown) => void) => {
      const more = await source.read(onChunk);
      watchdog.refresh();
      // An aborted HTTP/2 stream may just end: after a stall that is still a failure, not a finished answer.
      if (!more && stalled) throw new Error('stalled');
      return more;
    };

    // Like the SDK (which reads the first event before `send` resolves), the call waits for the first chunk: an
    // exception frame at the very start is a failed call, retryable by `ai` when AWS says so, not a stream error.
    // A failure in the same read as the first chunks is delivered after them, in the stream.
    let pending: unknown[] = [];
    let sourceEnded = false;
    let pendingError: { error: unknown } | undefined;
    try {
      while (pending.length === 0 && !sourceEnded) sourceEnded = !(await read(chunk => pending.push(chunk)));
    } catch (error) {
      if (pending.length > 0) pendingError = { error };
      else {
        clearTimeout(watchdog);
        source.cancel();
        result.done();
        throw failure(error);
      }
    }

    const mapper = createMapper(prepared.warnings);
    let finished = false;
    const finish = (controller: ReadableStreamDefaultController<T>, failed: boolean) => {
      if (finished) return;
      finished = true;
      const out = (part: T) => controller.enqueue(part);
      const emit = (part: LanguageModelV1StreamPart) => mapper.push(part, out);
      clearTimeout(watchdog);
      const end = decoder.flush(emit);
      emit({
        type: 'finish',
        finishReason: failed ? 'error' : end.finishReason,
        usage: end.usage,
        providerMetadata: metadata(result.requestId, end.providerMetadata),
      });
      mapper.flush(out);
      controller.close();
      result.done();
    };
    const stream = new ReadableStream<T>(
      {
        start: controller => {
          const out = (part: T) => controller.enqueue(part);
          mapper.start(out);
          mapper.push(
            {
              type: 'response-metadata',
              id: result.requestId,
              modelId: this.model.bedrockModelId,
              timestamp: new Date(),
            },
            out,
          );
        },
        pull: async controller => {
          if (finished) return;
          // `emitted`: a part reached the stream (a V1 part may map to none).
          let emitted = false;
          const out = (part: T) => {
            emitted = true;
            controller.enqueue(part);
          };
          const emit = (part: LanguageModelV1StreamPart) => mapper.push(part, out);
          const push = (chunk: unknown) => decoder.push(chunk, emit);
          try {
            // The chunks read before the stream was returned come first.
            if (pending.length > 0) {
              const first = pending;
              pending = [];
              for (const chunk of first) push(chunk);
            }
            if (pendingError) throw pendingError.error;
            if (sourceEnded) return finish(controller, false);
            // A pull that enqueues nothing is not called again (WHATWG streams), so read until a chunk yields a part;
            // then keep reading while the queue has room, so one pull serves several reads (fewer promise hops).
            while (!emitted || (controller.desiredSize ?? 0) > 0) {
              if (!(await read(push))) return finish(controller, false);
            }
          } catch (error) {
            // Everything streamed so far stays delivered: the failure is a part, then `finish` with reason error.
            emit({ type: 'error', error: failure(error) });
            finish(controller, true);
          }
        },
        cancel: () => {
          finished = true;
          clearTimeout(watchdog);
          result.abort();
          source.cancel();
          result.done();
        },
        // Room for a few parts: the stream reads ahead a little instead of waiting for each read.
      },
      { highWaterMark: 16 },
    );
    return { stream, rawCall, rawResponse: { headers: result.headers }, warnings: prepared.warnings };
  }

  private build(prepared: PreparedCall): { ctx: CodecContext; request: BedrockRequest } {
    const ctx: CodecContext = {
      model: this.model,
      options: prepared.options,
      warnings: prepared.warnings,
      generateId: this.config.generateId,
    };
    return { ctx, request: prepared.choice.codec.buildRequest(ctx) };
  }

  private async callContext(call: LanguageModelV1CallOptions): Promise<CallContext> {
    const { sdk, client } = await this.config.getClient();
    return {
      sdk,
      client,
      modelId: this.model.bedrockModelId,
      abortSignal: call.abortSignal,
      headers: call.headers,
      requestTimeoutMs: this.config.requestTimeoutMs,
    };
  }

  private rawCall(request: BedrockRequest, prepared: PreparedCall) {
    return {
      rawPrompt: elideLargeValues(request.body),
      rawSettings: {
        modelId: this.model.bedrockModelId,
        api: prepared.choice.api,
        ...(request.invokeInput ?? {}),
      },
    };
  }
}

/**
 * InvokeModel reports token counts in response headers for every family (bedrock-wire.md §1.4); they fill in what
 * a family's body does not say (Mistral and DeepSeek-R1 bodies carry no usage).
 */
function usageWithHeaders(
  usage: CodecGenerateResult['usage'],
  headers: Record<string, string>,
): CodecGenerateResult['usage'] {
  const header = (name: string) => {
    const value = headers[name] ?? headers[name.toLowerCase()];
    return value === undefined ? Number.NaN : Number(value);
  };
  return {
    promptTokens: Number.isNaN(usage.promptTokens)
      ? header('x-amzn-bedrock-input-token-count')
      : usage.promptTokens,
    completionTokens: Number.isNaN(usage.completionTokens)
      ? header('x-amzn-bedrock-output-token-count')
      : usage.completionTokens,
  };
}
