import type { ScriptedBehaviour } from '../emulator-types';
import {
  corruptCrc,
  encodeChunkFrame,
  encodeEventFrame,
  encodeExceptionFrame,
  encodeMalformedFrame,
  exceptionTypeOf,
} from '../event-stream/event-stream-frames';
import type { RenderedStreamEvent } from '../models/emulated-model';
import type { EmulatorState } from './emulator-state';
import type { AnyRequest, AnyResponse } from './listen-h2c-and-http1';

const BATCH_BYTES = 64 * 1024;

/**
 * Writes the events as event-stream frames, applying the scripted faults at their event index. Without a delay,
 * frames are written in batches and backpressure is respected, so the emulator streams far faster than any client
 * decodes (the 50,000 events/s floor).
 */
export async function writeEventStream(
  request: AnyRequest,
  response: AnyResponse,
  events: RenderedStreamEvent[],
  behaviour: ScriptedBehaviour | undefined,
  state: EmulatorState,
  delayMs: number,
): Promise<void> {
  let closed = false;
  response.on('close', () => {
    closed = true;
  });
  let batch: Uint8Array[] = [];
  let batchBytes = 0;
  let written: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0 || closed) return;
    let ok = true;
    const data = batch.length === 1 ? batch[0]! : Buffer.concat(batch);
    written = new Promise<void>(resolve => {
      ok = (response as { write(chunk: Uint8Array, done: () => void): boolean }).write(data, () => resolve());
    });
    batch = [];
    batchBytes = 0;
    if (!ok)
      await new Promise<void>(resolve => {
        const done = () => {
          response.off('drain', done);
          response.off('close', done);
          resolve();
        };
        response.once('drain', done);
        response.once('close', done);
      });
  };
  const push = async (frame: Uint8Array) => {
    batch.push(frame);
    batchBytes += frame.length;
    if (delayMs > 0 || batchBytes >= BATCH_BYTES) await flush();
  };
  for (let index = 0; index <= events.length; index++) {
    if (closed) return;
    if (behaviour?.exceptionAfter?.events === index) {
      const {
        name = 'ModelStreamErrorException',
        message = 'The model stream failed.',
        originalStatusCode = 500,
      } = behaviour.exceptionAfter;
      await push(
        encodeExceptionFrame(exceptionTypeOf(name), {
          message,
          originalStatusCode,
          originalMessage: message,
        }),
      );
      await flush();
      response.end();
      return;
    }
    if (behaviour?.dropAfter?.events === index) {
      await flush();
      // Let the events before the drop reach the client, as a connection lost mid-answer would have.
      await Promise.race([written, sleep(200)]);
      await sleep(10);
      dropConnection(request, response);
      return;
    }
    if (behaviour?.stallAfter?.events === index) {
      await flush();
      // Held open until the client gives up or the emulator closes.
      const handle = { end: () => dropConnection(request, response) };
      state.openResponses.add(handle);
      response.on('close', () => state.openResponses.delete(handle));
      return;
    }
    if (behaviour?.malformedAfter?.events === index) {
      await push(
        encodeMalformedFrame(
          events[index]?.kind === 'event' ? (events[index] as { eventType: string }).eventType : 'chunk',
        ),
      );
      await flush();
      response.end();
      return;
    }
    if (behaviour?.badCrcAfter?.events === index) {
      const next = events[index] ?? events.at(-1)!;
      await push(corruptCrc(frameOf(next, index)));
      await flush();
      response.end();
      return;
    }
    const event = events[index];
    if (!event) break;
    if (delayMs > 0) await sleep(delayMs, () => closed);
    await push(frameOf(event, index));
  }
  await flush();
  if (!closed) response.end();
}

function frameOf(event: RenderedStreamEvent, index: number): Uint8Array {
  return event.kind === 'chunk'
    ? encodeChunkFrame(event.json, index)
    : encodeEventFrame(event.eventType, event.json, index);
}

export function dropConnection(request: AnyRequest, response: AnyResponse): void {
  if ('stream' in request && request.stream) {
    // HTTP/2: reset the stream, as a broken connection looks to the client.
    request.stream.close(0x2 /* NGHTTP2_INTERNAL_ERROR */);
    return;
  }
  (response as { socket?: { destroy(): void } | null }).socket?.destroy();
}

export function sleep(ms: number, cancelled: () => boolean = () => false): Promise<void> {
  return new Promise(resolve => {
    const timer = setTimeout(resolve, ms);
    if (cancelled()) {
      clearTimeout(timer);
      resolve();
    }
  });
}
