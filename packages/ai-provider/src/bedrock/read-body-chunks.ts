import { bodyReader } from './event-stream/event-stream-chunk-source';

/** The parts of a Node.js readable stream this reads (the SDK's HTTP/2 and HTTP/1 handlers answer with one). */
interface NodeReadable {
  on(event: string, listener: (...args: never[]) => void): unknown;
  off(event: string, listener: (...args: never[]) => void): unknown;
  destroy(error?: Error): unknown;
  readonly readableEnded?: boolean;
}

function isNodeReadable(body: unknown): body is NodeReadable {
  const candidate = body as Partial<NodeReadable> | undefined;
  return (
    typeof candidate?.on === 'function' &&
    typeof candidate.off === 'function' &&
    typeof candidate.destroy === 'function'
  );
}

export interface BodyChunks {
  readonly chunks: Uint8Array[];
  readonly length: number;
}

/** Thrown when the body stops before its end; `length` is what had arrived. */
export class BodyCutError extends Error {
  constructor(
    readonly length: number,
    cause: unknown,
  ) {
    super((cause as Error)?.message ?? String(cause), { cause });
  }
}

/**
 * Every chunk of a response body, until its end. A Node.js stream is read through its events: its async iterator
 * costs an iterator, end-of-stream tracking and a promise per chunk, measured at about 0.15 ms of CPU per
 * non-streaming call (BENCHMARKS.md, "Where the time goes"); a web stream or async iterable through its reader. An
 * abort of `signal` stops the read at once and rejects with the signal's reason; a body that errors or closes before
 * its end rejects with `BodyCutError`.
 */
export function readBodyChunks(body: unknown, signal: AbortSignal): Promise<BodyChunks> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return isNodeReadable(body) ? readNodeStream(body, signal) : readWithReader(body, signal);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted.', 'AbortError');
}

const ignore = () => {};

function readNodeStream(stream: NodeReadable, signal: AbortSignal): Promise<BodyChunks> {
  // Nothing reads the body before this, so it cannot have ended unread; if it has, it had nothing.
  if (stream.readableEnded) return Promise.resolve({ chunks: [], length: 0 });
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const onData = (chunk: Uint8Array) => {
      chunks.push(chunk);
      length += chunk.byteLength;
    };
    const settle = (outcome: () => void) => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
      signal.removeEventListener('abort', onAbort);
      // A stream emits 'error' at most once, but one after the outcome must not become an uncaught exception.
      stream.on('error', ignore);
      outcome();
    };
    const onEnd = () => settle(() => resolve({ chunks, length }));
    const onError = (error: unknown) => settle(() => reject(new BodyCutError(length, error)));
    // An HTTP/2 stream reset by the peer closes without `end` (and sometimes without `error`).
    const onClose = () =>
      settle(() => reject(new BodyCutError(length, new Error('the stream closed early'))));
    const onAbort = () =>
      settle(() => {
        stream.destroy();
        reject(abortReason(signal));
      });
    signal.addEventListener('abort', onAbort, { once: true });
    stream.on('error', onError);
    stream.on('end', onEnd);
    stream.on('close', onClose);
    stream.on('data', onData);
  });
}

async function readWithReader(body: unknown, signal: AbortSignal): Promise<BodyChunks> {
  const reader = bodyReader(body);
  const chunks: Uint8Array[] = [];
  let length = 0;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => {});
  try {
    for (;;) {
      const next = await Promise.race([reader.next(), aborted]);
      if (next.done) return { chunks, length };
      chunks.push(next.value);
      length += next.value.byteLength;
    }
  } catch (error) {
    reader.cancel();
    if (signal.aborted) throw error;
    throw new BodyCutError(length, error);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}
