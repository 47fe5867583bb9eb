import http2 from 'node:http2';

/**
 * A stand-in Bedrock on 127.0.0.1 (HTTP/2 cleartext, as the AWS SDK speaks by default) that answers every call with
 * the headers of an event stream and then nothing: the call stays open until the caller gives up. It records when
 * each call arrives and when its stream closes, which proves an abort reached Bedrock.
 */
export interface HeldBedrock {
  url: string;
  /** Resolves with the path of the next call to arrive (or one that already arrived and was not awaited). */
  nextCall(): Promise<string>;
  /** Resolves when the stream of the call with this path closes. */
  closed(path: string): Promise<void>;
  close(): Promise<void>;
}

export async function startHeldBedrock(): Promise<HeldBedrock> {
  const arrived: string[] = [];
  const waiting: ((path: string) => void)[] = [];
  const closes = new Map<string, { promise: Promise<void>; resolve(): void }>();
  const closeEntry = (path: string) => {
    let entry = closes.get(path);
    if (!entry) {
      let resolve!: () => void;
      const promise = new Promise<void>(r => {
        resolve = r;
      });
      entry = { promise, resolve };
      closes.set(path, entry);
    }
    return entry;
  };
  const server = http2.createServer();
  server.on('sessionError', () => {});
  server.on('stream', (stream, headers) => {
    const path = String(headers[':path']);
    stream.on('error', () => {});
    stream.on('close', () => closeEntry(path).resolve());
    stream.respond({ ':status': 200, 'content-type': 'application/vnd.amazon.eventstream' });
    const waiter = waiting.shift();
    if (waiter) waiter(path);
    else arrived.push(path);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    nextCall: () => {
      const path = arrived.shift();
      return path ? Promise.resolve(path) : new Promise(resolve => waiting.push(resolve));
    },
    closed: path => closeEntry(path).promise,
    close: () =>
      new Promise(resolve => {
        server.close(() => resolve());
        for (const entry of closes.values()) entry.resolve();
      }),
  };
}
