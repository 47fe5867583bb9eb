import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { BedrockRequest } from '../bedrock-call-options';
import type { BedrockSdk } from './create-bedrock-client';
import { type BedrockCallInfo, mapBedrockError } from './map-bedrock-error';

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
 * request timeout until the response starts, a middleware that adds the call's headers before signing, and one that
 * keeps the raw response headers.
 */
async function send<T>(
  ctx: CallContext,
  info: BedrockCallInfo,
  command: { middlewareStack: { add: (...args: never[]) => void } },
): Promise<CallResult<T>> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(ctx.abortSignal?.reason);
  if (ctx.abortSignal?.aborted) onAbort();
  ctx.abortSignal?.addEventListener('abort', onAbort, { once: true });
  const timeout = setTimeout(
    () => controller.abort(new DOMException('Bedrock did not answer in time.', 'TimeoutError')),
    ctx.requestTimeoutMs,
  );
  let headers: Record<string, string> = {};
  const stack = command.middlewareStack as unknown as {
    add(middleware: unknown, options: { step: string; name: string }): void;
  };
  const extraHeaders = Object.entries(ctx.headers ?? {}).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  if (extraHeaders.length > 0) {
    stack.add(
      (next: (args: { request: { headers: Record<string, string> } }) => unknown) =>
        (args: { request: { headers: Record<string, string> } }) => {
          for (const [name, value] of extraHeaders) args.request.headers[name.toLowerCase()] = value;
          return next(args);
        },
      { step: 'build', name: 'bedrockWrapperCallHeaders' },
    );
  }
  stack.add(
    (next: (args: unknown) => Promise<{ response: { headers?: Record<string, string> } }>) =>
      async (args: unknown) => {
        const result = await next(args);
        headers = { ...(result.response?.headers ?? {}) };
        return result;
      },
    { step: 'deserialize', name: 'bedrockWrapperResponseHeaders' },
  );
  try {
    const output = (await ctx.client.send(command as never, { abortSignal: controller.signal })) as T & {
      $metadata?: { requestId?: string };
    };
    const done = () => ctx.abortSignal?.removeEventListener('abort', onAbort);
    return { output, headers, requestId: output.$metadata?.requestId, abort: () => controller.abort(), done };
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
  const result = await send<{ body: Uint8Array }>(
    ctx,
    info,
    new ctx.sdk.InvokeModelCommand({
      modelId: ctx.modelId,
      contentType: 'application/json',
      accept: 'application/json',
      body: JSON.stringify(request.body),
      ...request.invokeInput,
    }),
  );
  result.done();
  return { ...result, output: JSON.parse(textDecoder.decode(result.output.body)) };
}

/** Yields each chunk's model JSON. */
export async function invokeModelWithResponseStream(
  ctx: CallContext,
  request: BedrockRequest,
): Promise<CallResult<AsyncIterable<unknown>>> {
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
      body: JSON.stringify(request.body),
      ...request.invokeInput,
    }),
  );
  const body = result.output.body;
  return { ...result, output: mapChunks(body) };
}

export async function converse(ctx: CallContext, request: BedrockRequest): Promise<CallResult<unknown>> {
  const info: BedrockCallInfo = { operation: 'Converse', modelId: ctx.modelId, body: request.body };
  const result = await send<unknown>(
    ctx,
    info,
    new ctx.sdk.ConverseCommand({ modelId: ctx.modelId, ...(request.body as object) }),
  );
  result.done();
  return result;
}

/** Yields each ConverseStream event object as the SDK decodes it. */
export async function converseStream(
  ctx: CallContext,
  request: BedrockRequest,
): Promise<CallResult<AsyncIterable<unknown>>> {
  const info: BedrockCallInfo = { operation: 'ConverseStream', modelId: ctx.modelId, body: request.body };
  const result = await send<{ stream?: AsyncIterable<unknown> }>(
    ctx,
    info,
    new ctx.sdk.ConverseStreamCommand({ modelId: ctx.modelId, ...(request.body as object) }),
  );
  const stream = result.output.stream;
  return { ...result, output: stream ?? emptyIterable() };
}

/**
 * Each event's chunk bytes parsed as the model's JSON. A plain iterator rather than an async generator: one promise
 * per chunk instead of two, on the hottest path of the library.
 */
function mapChunks(
  body: AsyncIterable<{ chunk?: { bytes?: Uint8Array } }> | undefined,
): AsyncIterable<unknown> {
  if (!body) return emptyIterable();
  return {
    [Symbol.asyncIterator]() {
      const source = body[Symbol.asyncIterator]();
      const next = async (): Promise<IteratorResult<unknown>> => {
        for (;;) {
          const item = await source.next();
          if (item.done) return item;
          const bytes = item.value.chunk?.bytes;
          if (bytes) return { done: false, value: JSON.parse(textDecoder.decode(bytes)) };
        }
      };
      return { next, return: async () => (await source.return?.()) ?? { done: true, value: undefined } };
    },
  };
}

function emptyIterable(): AsyncIterable<never> {
  return {
    [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true, value: undefined as never }) }),
  };
}
