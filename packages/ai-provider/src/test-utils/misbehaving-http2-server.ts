import {
  constants,
  createServer,
  type Http2Server,
  type ServerHttp2Session,
  type ServerHttp2Stream,
} from 'node:http2';
import type { AddressInfo } from 'node:net';
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';

const codec = new EventStreamCodec(toUtf8, fromUtf8);

/** One `chunk` event of an InvokeModelWithResponseStream body (API_runtime_ResponseStream: `chunk.bytes`). */
function chunkEvent(payload: unknown): Uint8Array {
  const bytes = Buffer.from(JSON.stringify(payload)).toString('base64');
  return codec.encode({
    headers: {
      ':event-type': { type: 'string', value: 'chunk' },
      ':message-type': { type: 'string', value: 'event' },
      ':content-type': { type: 'string', value: 'application/json' },
    },
    body: fromUtf8(JSON.stringify({ bytes })),
  });
}

/** What the server does with the next request: a 200 whose body misbehaves. */
export type Misbehaviour =
  /** Headers of a 200, then the end of the stream with no body at all. */
  | { kind: 'empty' }
  /** Headers of a 200 (with the full body's content-length), part of the body, then RST_STREAM. */
  | { kind: 'reset'; body: string; sendBytes: number }
  /** Headers of a 200 without content-length, part of the body, then a clean end of the stream. */
  | { kind: 'short'; body: string; sendBytes: number }
  /** Headers of a 200, part of the body, then nothing more (the stream stays open). */
  | { kind: 'stall'; body: string; sendBytes: number }
  /** Headers of a 200 and a complete body (to check a well-behaved answer still works). */
  | { kind: 'ok'; body: string }
  /**
   * An InvokeModelWithResponseStream answer: one well-framed `chunk` event per payload (its JSON, base64 in `bytes`),
   * as Bedrock frames them; for chunks whose content the emulator would never send.
   */
  | { kind: 'events'; payloads: unknown[] }
  /** No answer at all: the request is read and the stream left open, without even response headers. */
  | { kind: 'silent' };

/**
 * A queued behaviour, for the next request or, with `forRequest`, only for a request whose `x-test-request` header
 * has that value (a request of an earlier test that reaches the server late cannot take it).
 */
export type QueuedMisbehaviour = Misbehaviour & { forRequest?: string };

export interface MisbehavingServer {
  readonly url: string;
  /** Queues the behaviour of the next requests, in order; with nothing queued the server answers 500. */
  next(...behaviours: QueuedMisbehaviour[]): void;
  /** Empties the queue. */
  reset(): void;
  /** HTTP/2 sessions (connections) clients opened so far. */
  readonly sessionsOpened: () => number;
  /** Behaviours queued and not yet taken by a request. */
  readonly queued: () => number;
  /** Request streams still open (a client that gave up on a request closes its stream). */
  readonly openStreams: () => number;
  /** Request paths and Authorization headers received so far. */
  readonly received: Array<{ path: string; authorization?: string }>;
  close(): Promise<void>;
}

/**
 * A loopback HTTP/2 cleartext server (what the AWS SDK's default handler speaks to an `http://` endpoint) that answers
 * with a 200 and then breaks its body in one of the ways above. For faults the emulator does not script: it does not
 * check signatures or bodies, it only misbehaves.
 */
export async function startMisbehavingServer(): Promise<MisbehavingServer> {
  const queue: QueuedMisbehaviour[] = [];
  const received: MisbehavingServer['received'] = [];
  const open = new Set<ServerHttp2Stream>();
  const server: Http2Server = createServer();
  // Clients keep their HTTP/2 sessions for later calls: closing the server ends them too.
  const sessions = new Set<ServerHttp2Session>();
  let sessionsOpened = 0;
  server.on('session', session => {
    sessionsOpened++;
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  server.on('stream', (stream, headers) => {
    received.push({
      path: String(headers[':path']),
      authorization: headers.authorization as string | undefined,
    });
    open.add(stream);
    stream.on('close', () => open.delete(stream));
    stream.on('error', () => {});
    // Read the request body to its end before answering, as a real server does.
    stream.resume();
    stream.on('end', () => {
      const tag = headers['x-test-request'];
      const index = queue.findIndex(item => item.forRequest === undefined || item.forRequest === tag);
      const behaviour = index < 0 ? undefined : queue.splice(index, 1)[0];
      const json = { 'content-type': 'application/json', 'x-amzn-requestid': 'misbehaving-request' };
      if (!behaviour) {
        stream.respond({ ':status': 500, ...json });
        stream.end('{"message":"nothing scripted"}');
        return;
      }
      if (behaviour.kind === 'silent') return;
      if (behaviour.kind === 'events') {
        stream.respond({ ':status': 200, 'content-type': 'application/vnd.amazon.eventstream' });
        for (const payload of behaviour.payloads) stream.write(chunkEvent(payload));
        stream.end();
        return;
      }
      if (behaviour.kind === 'empty') {
        stream.respond({ ':status': 200, ...json }, { endStream: true });
        return;
      }
      const bytes = Buffer.from(behaviour.body);
      if (behaviour.kind === 'short') {
        stream.respond({ ':status': 200, ...json });
        stream.end(bytes.subarray(0, behaviour.sendBytes));
        return;
      }
      stream.respond({ ':status': 200, ...json, 'content-length': String(bytes.length) });
      if (behaviour.kind === 'ok') {
        stream.end(bytes);
        return;
      }
      stream.write(bytes.subarray(0, behaviour.sendBytes));
      if (behaviour.kind === 'reset') setTimeout(() => stream.close(constants.NGHTTP2_INTERNAL_ERROR), 20);
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    next: (...behaviours) => queue.push(...behaviours),
    reset: () => queue.splice(0),
    sessionsOpened: () => sessionsOpened,
    openStreams: () => open.size,
    queued: () => queue.length,
    received,
    close: () =>
      new Promise<void>(resolve => {
        for (const stream of open) stream.close(constants.NGHTTP2_CANCEL);
        server.close(() => resolve());
        for (const session of sessions) session.destroy();
      }),
  };
}
