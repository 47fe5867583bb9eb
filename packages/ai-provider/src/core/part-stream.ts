import type { ChunkSource } from '../bedrock/chunk-source';
import type { CodecStreamDecoder, CodecStreamFinish } from './codec-contract';
import type { CoreFinish, CorePart, PartMapper } from './core-parts';

export interface PartStreamOptions<T> {
  readonly source: ChunkSource;
  readonly decoder: CodecStreamDecoder;
  /** Maps core parts to the caller's specification, synchronously. */
  readonly mapper: PartMapper<T>;
  /** The first part of the stream. */
  readonly responseMetadata: Extract<CorePart, { type: 'response-metadata' }>;
  /** Longest silence between two events before the stream fails (ms). */
  readonly stallTimeoutMs: number;
  /** The caller's abort signal: once it fires, the stream ends in an error with its reason, not in a finish. */
  readonly abortSignal?: AbortSignal;
  /** Sees each chunk before the decoder (operation-level fields such as Bedrock's invocation metrics). */
  readonly observeChunk?: (chunk: unknown) => void;
  /** The finish part from the decoder's end; `failed` when the stream ended by an error. */
  readonly finishOf: (end: CodecStreamFinish) => CoreFinish;
  /** The stream failed (a read or decode error, or a stall when `stalled`): the error to report. */
  readonly failure: (error: unknown, stalled: boolean) => unknown;
  /** Aborts the HTTP exchange (frees the HTTP/2 stream). */
  readonly abort: () => void;
  /** The exchange is over: stop following the caller's abort signal. */
  readonly done: () => void;
}

/**
 * The stream plumbing, apart from any model: reads chunks, decodes them, maps parts, and ends the stream exactly once.
 * - Like the AWS SDK (which reads the first event before `send` resolves), it waits for the first chunk: an exception
 *   or stall at the very start rejects the returned promise (a failed call, retryable by `ai`), not the stream.
 *   A failure in the same read as the first chunks is delivered after them, in the stream.
 * - A stall watchdog measures the time between events, not network reads: a peer that dribbles bytes of a frame that
 *   never completes is cut after `stallTimeoutMs`. It costs one clock read per event and re-arms itself lazily; it
 *   needs nothing but `setTimeout`/`clearTimeout` (the handle may be a number, as on edge runtimes).
 * - Every failure after the start (read, decode, mapping, stall) becomes an `error` part and `finish` with reason
 *   `error`; what was streamed stays delivered; the HTTP exchange is aborted so the HTTP/2 stream is freed.
 * - Cancel by the reader aborts the exchange.
 * - The caller's abort (its signal also aborts the exchange, bedrock-call.ts) errors the stream with the signal's
 *   reason, an `AbortError` by default, as a `fetch`-based provider's stream does: the answer was cut by the caller, so
 *   it gets no `finish` that would report it as ended (an aborted HTTP/2 stream may just end).
 */
export async function createPartStream<T>(options: PartStreamOptions<T>): Promise<ReadableStream<T>> {
  const { source, decoder, mapper, stallTimeoutMs } = options;
  const watchdog = stallWatchdog(stallTimeoutMs, () => {
    stalled = true;
    options.abort();
    source.cancel();
  });
  let stalled = false;
  let released = false;
  const release = (abort: boolean) => {
    if (released) return;
    released = true;
    watchdog.stop();
    if (abort) {
      options.abort();
      source.cancel();
    }
    options.done();
  };
  const observe = options.observeChunk;
  /** One network read; false once the answer has ended. */
  const read = async (onChunk: (chunk: unknown) => void) => {
    const more = await source.read(chunk => {
      watchdog.event();
      observe?.(chunk);
      onChunk(chunk);
    });
    // An aborted HTTP/2 stream may just end: after a stall that is still a failure, not a finished answer.
    if (stalled) throw new Error('stalled');
    if (options.abortSignal?.aborted) throw abortReason(options.abortSignal);
    return more;
  };

  let pending: unknown[] = [];
  let sourceEnded = false;
  let pendingError: { error: unknown } | undefined;
  try {
    while (pending.length === 0 && !sourceEnded) sourceEnded = !(await read(chunk => pending.push(chunk)));
  } catch (error) {
    if (pending.length > 0) pendingError = { error };
    else {
      release(true);
      throw options.failure(error, stalled);
    }
  }

  let finished = false;
  const finish = (controller: ReadableStreamDefaultController<T>, error?: { error: unknown }) => {
    if (finished) return;
    finished = true;
    const out = (part: T) => controller.enqueue(part);
    const emit = (part: CorePart) => mapper.push(part, out);
    release(error !== undefined);
    if (error) emit({ type: 'error', error: options.failure(error.error, stalled) });
    let end: CoreFinish;
    try {
      end = options.finishOf(decoder.flush(emit));
    } catch (flushError) {
      if (!error) emit({ type: 'error', error: options.failure(flushError, false) });
      end = options.finishOf({
        finishReason: 'error',
        usage: { promptTokens: Number.NaN, completionTokens: Number.NaN },
      });
      error ??= { error: flushError };
    }
    emit({
      type: 'finish',
      ...end,
      finishReason: error ? { unified: 'error', raw: end.finishReason.raw } : end.finishReason,
    });
    mapper.flush(out);
    controller.close();
  };

  return new ReadableStream<T>(
    {
      start: controller => {
        const out = (part: T) => controller.enqueue(part);
        mapper.start(out);
        mapper.push(options.responseMetadata, out);
      },
      pull: async controller => {
        if (finished) return;
        // `emitted`: a part reached the stream (a core part may map to none).
        let emitted = false;
        const out = (part: T) => {
          emitted = true;
          controller.enqueue(part);
        };
        const emit = (part: CorePart) => mapper.push(part, out);
        const push = (chunk: unknown) => decoder.push(chunk, emit);
        try {
          // The chunks read before the stream was returned come first.
          if (pending.length > 0) {
            const first = pending;
            pending = [];
            for (const chunk of first) push(chunk);
          }
          if (pendingError) throw pendingError.error;
          if (sourceEnded) return finish(controller);
          // A pull that enqueues nothing is not called again (WHATWG streams), so read until a chunk yields a part;
          // then keep reading while the queue has room, so one pull serves several reads (fewer promise hops).
          while (!emitted || (controller.desiredSize ?? 0) > 0) {
            if (!(await read(push))) return finish(controller);
          }
        } catch (error) {
          if (options.abortSignal?.aborted) {
            finished = true;
            release(true);
            controller.error(abortReason(options.abortSignal));
            return;
          }
          finish(controller, { error });
        }
      },
      cancel: () => {
        finished = true;
        release(true);
      },
    },
    // Room for a few parts: the stream reads ahead a little instead of waiting for each read.
    { highWaterMark: 16 },
  );
}

/** What an aborted call fails with: the signal's reason when it is an error, else a DOMException `AbortError`. */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Fires `onStall` once no event came for `timeoutMs`. `event()` only records the time; the timer, when it fires early,
 * re-arms for the time left, so a busy stream costs no timer work per event.
 */
function stallWatchdog(timeoutMs: number, onStall: () => void): { event(): void; stop(): void } {
  let last = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (delay: number) => {
    timer = setTimeout(check, delay);
    // Node: do not keep the process alive for a watchdog alone. Elsewhere the handle is a number.
    (timer as { unref?: () => void }).unref?.();
  };
  const check = () => {
    const idle = Date.now() - last;
    if (idle >= timeoutMs) {
      timer = undefined;
      onStall();
    } else arm(timeoutMs - idle);
  };
  arm(timeoutMs);
  return {
    event() {
      last = Date.now();
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
