import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { BedrockRequest } from '../core/codec-contract';
import { attachCallHooks } from './call-hooks';
import { type ChunkSource, chunkSourceFromEvents } from './chunk-source';
import type { BedrockSdk } from './create-bedrock-client';
import { converseEventOf, invokeChunkOfEvent } from './event-stream/bedrock-stream-events';
import {
  type EventToChunk,
  eventStreamChunkSource,
  isReadableBody,
} from './event-stream/event-stream-chunk-source';
import { invokeBodyJson } from './invoke-body-json';
import { type BedrockCallInfo, mapBedrockError } from './map-bedrock-error';
import { type BodyChunks, BodyCutError, readBodyChunks } from './read-body-chunks';

/**
 * What becomes of a 200 answer's body: `sdk`, read whole and parsed by the SDK (InvokeModel, whose output is the body
 * as bytes); `json`, read whole and kept as bytes for the provider to parse, the SDK parsing an empty object instead
 * (Converse: the codec then reads the fields as sent, as it does for ConverseStream events, and the SDK's schema walk
 * over the answer is skipped: 140 ms less CPU in its frames over 2,100 `generateText` calls, about 0.07 ms a call);
 * `stream`, taken unread for the event-stream decoder.
 */
type BodyHandling = 'sdk' | 'json' | 'stream';

const EMPTY_JSON = new TextEncoder().encode('{}');

export interface CallContext {
  sdk: BedrockSdk;
  client: BedrockRuntimeClient;
  modelId: string;
  abortSignal?: AbortSignal;
  /** Extra HTTP headers of the call (signed with the request). */
  headers?: Record<string, string | undefined>;
  requestTimeoutMs: number;
}

export interface CallResult<T> {
  output: T;
  /** Response headers as received (the raw HTTP response; never request headers). */
  headers: Record<string, string>;
  requestId?: string;
  /** Aborts the HTTP exchange (a stream still being read). */
  abort: () => void;
  /** Stops following the caller's abort signal (called when the response is fully read). */
  done: () => void;
}

const textDecoder = new TextDecoder();

/**
 * Sends one Bedrock command. Per call (no shared state): an abort controller that follows the caller's signal and a
 * request timeout until the response starts, and hooks (call-hooks.ts) that add the call's headers before signing and
 * keep the raw response headers and, by `body`, the raw body of a streaming answer or of a Converse answer.
 */
async function send<T>(
  ctx: CallContext,
  info: BedrockCallInfo,
  command: { input: object; middlewareStack: unknown },
  body: BodyHandling = 'sdk',
): Promise<CallResult<T> & { rawBody?: unknown }> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(ctx.abortSignal?.reason);
  if (ctx.abortSignal?.aborted) onAbort();
  ctx.abortSignal?.addEventListener('abort', onAbort, { once: true });
  const timeout = setTimeout(
    () => controller.abort(new DOMException('Bedrock did not answer in time.', 'TimeoutError')),
    ctx.requestTimeoutMs,
  );
  let headers: Record<string, string> = {};
  let rawBody: unknown;
  const extraHeaders = Object.entries(ctx.headers ?? {}).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  const sendOptions = attachCallHooks(ctx.client, command, {
    signal: controller.signal,
    build(request) {
      for (const [name, value] of extraHeaders) request.headers[name.toLowerCase()] = value;
    },
    // The body of a 200 answer is, by `body`: taken unread and replaced by an empty one so that the SDK does not
    // read it too (`stream`); or read whole and checked, then parsed by the SDK (`sdk`) or kept for the provider's
    // own parse, the SDK given an empty object (`json`). Errors stay the SDK's. If some SDK ever ran its deserializer
    // inside this hook (an `output` already made), the body is left to it.
    async response(result) {
      const response = result.response as RawResponse | undefined;
      headers = { ...(response?.headers ?? {}) };
      if (result.output !== undefined || response?.statusCode !== 200 || !isReadableBody(response.body))
        return;
      if (body === 'stream') {
        rawBody = response.body;
        response.body = emptyBody();
        return;
      }
      // A non-streaming answer's body is read here, whole, before anything parses it (see `collectWholeBody`).
      const whole = await collectWholeBody(response, controller.signal);
      if (body === 'json') {
        rawBody = whole;
        response.body = EMPTY_JSON;
      } else response.body = whole;
    },
  });
  try {
    const output = (await ctx.client.send(command as never, sendOptions)) as T & {
      $metadata?: { requestId?: string };
    };
    const done = () => ctx.abortSignal?.removeEventListener('abort', onAbort);
    return {
      output,
      headers,
      rawBody,
      requestId: output.$metadata?.requestId,
      abort: () => controller.abort(),
      done,
    };
  } catch (error) {
    ctx.abortSignal?.removeEventListener('abort', onAbort);
    if (controller.signal.aborted && !ctx.abortSignal?.aborted) {
      // Our own timeout: report it as a retryable timeout rather than an abort of the caller's.
      throw mapBedrockError(
        {
          name: 'RequestTimeout',
          message: `No response within ${ctx.requestTimeoutMs} ms`,
          $metadata: { httpStatusCode: 408 },
        },
        info,
      );
    }
    throw mapBedrockError(error, info);
  } finally {
    clearTimeout(timeout);
  }
}

export async function invokeModel(ctx: CallContext, request: BedrockRequest): Promise<CallResult<unknown>> {
  const info: BedrockCallInfo = { operation: 'InvokeModel', modelId: ctx.modelId, body: request.body };
  const result = await send<{ body?: Uint8Array }>(
    ctx,
    info,
    new ctx.sdk.InvokeModelCommand({
      modelId: ctx.modelId,
      contentType: 'application/json',
      accept: 'application/json',
      body: invokeBodyJson(request.body),
      ...request.invokeInput,
    }),
  );
  result.done();
  return { ...result, output: parseJsonBody(result.output.body ?? new Uint8Array(), result.requestId, info) };
}

function parseJsonBody(bytes: Uint8Array, requestId: string | undefined, info: BedrockCallInfo): unknown {
  const text = textDecoder.decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    throw mapBedrockError(
      responseFault('MalformedResponse', `The response body is not JSON: ${text.slice(0, 200)}`, requestId),
      info,
    );
  }
}

/** The model's JSON chunks, decoded from the raw body (event-stream-chunk-source.ts). */
export async function invokeModelWithResponseStream(
  ctx: CallContext,
  request: BedrockRequest,
): Promise<CallResult<ChunkSource>> {
  const info: BedrockCallInfo = {
    operation: 'InvokeModelWithResponseStream',
    modelId: ctx.modelId,
    body: request.body,
  };
  const result = await send<{ body?: AsyncIterable<{ chunk?: { bytes?: Uint8Array } }> }>(
    ctx,
    info,
    new ctx.sdk.InvokeModelWithResponseStreamCommand({
      modelId: ctx.modelId,
      contentType: 'application/json',
      accept: 'application/json',
      body: invokeBodyJson(request.body),
      ...request.invokeInput,
    }),
    'stream',
  );
  return withChunkSource(result, invokeChunkOfEvent, result.output.body, event => {
    const bytes = event.chunk?.bytes;
    return bytes ? JSON.parse(textDecoder.decode(bytes)) : undefined;
  });
}

/** The Converse answer as JSON, the fields as Bedrock sent them (bytes as base64 strings). */
export async function converse(ctx: CallContext, request: BedrockRequest): Promise<CallResult<unknown>> {
  const info: BedrockCallInfo = { operation: 'Converse', modelId: ctx.modelId, body: request.body };
  const { rawBody, ...result } = await send<unknown>(
    ctx,
    info,
    new ctx.sdk.ConverseCommand({ modelId: ctx.modelId, ...(request.body as object) }),
    'json',
  );
  result.done();
  // An HTTP handler whose body could not be read leaves the SDK's own parse.
  if (!(rawBody instanceof Uint8Array)) return result;
  return { ...result, output: parseJsonBody(rawBody, result.requestId, info) };
}

/** Each ConverseStream event as `{ [eventType]: member }`, decoded from the raw body like IMWRS. */
export async function converseStream(
  ctx: CallContext,
  request: BedrockRequest,
): Promise<CallResult<ChunkSource>> {
  const info: BedrockCallInfo = { operation: 'ConverseStream', modelId: ctx.modelId, body: request.body };
  const result = await send<{ stream?: AsyncIterable<unknown> }>(
    ctx,
    info,
    new ctx.sdk.ConverseStreamCommand({ modelId: ctx.modelId, ...(request.body as object) }),
    'stream',
  );
  return withChunkSource(result, converseEventOf, result.output.stream);
}

/**
 * The streaming call's chunks: from the raw body the provider decodes itself, or, if the SDK kept the body (an HTTP
 * handler or SDK arrangement where it could not be taken), from the events the SDK decoded.
 */
function withChunkSource<E>(
  result: CallResult<unknown> & { rawBody?: unknown },
  toChunk: EventToChunk,
  sdkEvents: AsyncIterable<E> | undefined,
  sdkEventToChunk?: (event: E) => unknown,
): CallResult<ChunkSource> {
  const { rawBody, ...rest } = result;
  const output =
    rawBody !== undefined
      ? eventStreamChunkSource(rawBody, toChunk)
      : chunkSourceFromEvents(sdkEvents, sdkEventToChunk);
  return { ...rest, output };
}

interface RawResponse {
  statusCode?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * The whole body of a 200 answer to a non-streaming call, read before the SDK parses it, so that a body that never
 * comes, is cut by a reset or stops short of its content-length fails as a (retryable) `APICallError` instead of
 * parsing as an empty answer or throwing a raw TypeError/SyntaxError. An abort (the caller's, or `requestTimeoutMs`)
 * stops the read at once.
 */
async function collectWholeBody(response: RawResponse, signal: AbortSignal): Promise<Uint8Array> {
  const requestId = headerOf(response, 'x-amzn-requestid');
  let read: BodyChunks;
  try {
    read = await readBodyChunks(response.body, signal);
  } catch (error) {
    if (!(error instanceof BodyCutError)) throw error;
    throw responseFault(
      'IncompleteResponse',
      `The response body was cut after ${error.length} bytes: ${error.message}`,
      requestId,
      error.cause,
    );
  }
  const { chunks, length } = read;
  if (length === 0) throw responseFault('EmptyResponse', 'The 200 response has no body.', requestId);
  const declared = Number(headerOf(response, 'content-length'));
  if (Number.isInteger(declared) && declared > length) {
    throw responseFault(
      'IncompleteResponse',
      `The response body ended after ${length} of its ${declared} bytes.`,
      requestId,
    );
  }
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}

/** A fault in the body of a 200 answer: mapped to a retryable `APICallError` with status 200 (map-bedrock-error.ts). */
function responseFault(name: string, message: string, requestId: string | undefined, cause?: unknown): Error {
  return Object.assign(new Error(message, { cause }), {
    name,
    $metadata: { httpStatusCode: 200, requestId },
  });
}

function headerOf(response: RawResponse, name: string): string | undefined {
  for (const [key, value] of Object.entries(response.headers ?? {}))
    if (key.toLowerCase() === name) return value;
  return undefined;
}

// What the SDK reads instead of a body taken for our own decoding: an async iterable that ends at once.
function emptyBody(): AsyncIterable<Uint8Array> {
  return { [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true, value: undefined }) }) };
}
