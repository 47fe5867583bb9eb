import type { ChunkSource } from '../chunk-source';
import { type EventStreamMessage, EventStreamMessageDecoder } from './event-stream-message-decoder';

/** An event's chunk for the codec, or undefined to skip the event. */
export type EventToChunk = (eventType: string, payload: Uint8Array) => unknown;

const utf8 = new TextDecoder();

/**
 * A streaming response read straight from its HTTP body: event-stream frames -> `toChunk` per event, all the events
 * of one network read handed over synchronously. This replaces the SDK's per-event unmarshalling, which the
 * benchmark profile showed to be most of the client's CPU (BENCHMARKS.md); the SDK still signs, sends and turns HTTP
 * errors into its modelled exceptions. Exception and error frames throw what the SDK would (the SDK's event-stream unmarshaller: `:message-type` `exception` names the modelled error in `:exception-type`).
 */
export function eventStreamChunkSource(body: unknown, toChunk: EventToChunk): ChunkSource {
  const reader = bodyReader(body);
  const frames = new EventStreamMessageDecoder();
  return {
    async read(onChunk) {
      const next = await reader.next();
      if (next.done) {
        frames.end();
        return false;
      }
      frames.push(next.value, message => {
        const chunk = chunkOf(message, toChunk);
        if (chunk !== undefined) onChunk(chunk);
      });
      return true;
    },
    cancel: () => reader.cancel(),
  };
}

function chunkOf(message: EventStreamMessage, toChunk: EventToChunk): unknown {
  const { headers } = message;
  switch (headers[':message-type']) {
    case 'event':
      return toChunk(headers[':event-type'] ?? '', message.payload);
    case 'exception':
      throw exceptionOf(headers[':exception-type'] ?? 'unknownException', utf8.decode(message.payload));
    case 'error':
      throw Object.assign(new Error(headers[':error-message'] ?? ''), {
        name: headers[':error-code'] ?? 'UnknownError',
      });
    default:
      throw new Error(`Unrecognized event-stream message type ${headers[':message-type']}.`);
  }
}

// The modelled exceptions of the IMWRS and ConverseStream unions and their fault, as the SDK's classes declare them.
const MODELLED_EXCEPTIONS: Record<string, 'client' | 'server'> = {
  internalServerException: 'server',
  modelStreamErrorException: 'client',
  validationException: 'client',
  throttlingException: 'client',
  modelTimeoutException: 'client',
  serviceUnavailableException: 'server',
};

function exceptionOf(type: string, body: string): Error {
  const fault = MODELLED_EXCEPTIONS[type];
  // An unmodelled exception: a plain error named after the type, the body as its message (the SDK's behaviour).
  if (!fault) return Object.assign(new Error(body), { name: type });
  let members: Record<string, unknown>;
  try {
    members = JSON.parse(body) as Record<string, unknown>;
  } catch {
    members = { message: body };
  }
  const { message, Message, ...rest } = members;
  const text = typeof message === 'string' ? message : typeof Message === 'string' ? Message : '';
  return Object.assign(new Error(text), rest, {
    name: type.charAt(0).toUpperCase() + type.slice(1),
    $fault: fault,
  });
}

export interface BodyReader {
  next(): Promise<IteratorResult<Uint8Array>>;
  cancel(): void;
}

/** Whether `eventStreamChunkSource` can read this body; any other kind is left to the SDK's own decoding. */
export function isReadableBody(body: unknown): boolean {
  return (
    body instanceof Uint8Array ||
    typeof (body as ReadableStream | undefined)?.getReader === 'function' ||
    typeof (body as AsyncIterable<unknown> | undefined)?.[Symbol.asyncIterator] === 'function'
  );
}

/** The body as the SDK's HTTP handler gives it: a Node stream (async iterable) or a web ReadableStream (fetch). */
export function bodyReader(body: unknown): BodyReader {
  const web = body as ReadableStream<Uint8Array> | undefined;
  if (web && typeof web.getReader === 'function') {
    const reader = web.getReader();
    return {
      next: () => reader.read() as Promise<IteratorResult<Uint8Array>>,
      cancel: () => void reader.cancel().catch(() => {}),
    };
  }
  const iterable = body as AsyncIterable<Uint8Array> | undefined;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    const iterator = iterable[Symbol.asyncIterator]();
    return {
      next: () => iterator.next(),
      cancel: () => void iterator.return?.().catch(() => {}),
    };
  }
  if (body instanceof Uint8Array) {
    const chunks = [body];
    return {
      next: async () => {
        const value = chunks.pop();
        return value ? { done: false, value } : { done: true, value: undefined };
      },
      cancel: () => {},
    };
  }
  throw new Error('The streaming response has no readable body.');
}
