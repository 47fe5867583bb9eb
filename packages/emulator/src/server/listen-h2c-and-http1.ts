import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import http2, { type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import net, { type Socket } from 'node:net';

export type AnyRequest = IncomingMessage | Http2ServerRequest;
export type AnyResponse = ServerResponse | Http2ServerResponse;
export type RequestListener = (
  request: AnyRequest,
  response: AnyResponse,
  protocol: 'h2' | 'http/1.1',
) => void;

const H2_PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');

export interface Listening {
  port: number;
  host: string;
  close(): Promise<void>;
}

/**
 * One port for both transports the AWS SDK uses: HTTP/2 with prior knowledge (its default NodeHttp2Handler) and
 * HTTP/1.1 (NodeHttpHandler). A plain cleartext server cannot do both (the SDK speaks HTTP/2 through NodeHttp2Handler where the endpoint allows it), so each connection's
 * first bytes are read: the HTTP/2 preface goes to the h2 server, anything else to the HTTP/1.1 server.
 */
export async function listenH2cAndHttp1(
  host: string,
  port: number,
  onRequest: RequestListener,
): Promise<Listening> {
  const h2 = http2.createServer();
  const h1 = http.createServer({ keepAliveTimeout: 5_000 });
  h2.on('request', (request, response) => onRequest(request, response, 'h2'));
  h1.on('request', (request, response) => onRequest(request, response, 'http/1.1'));
  // A client that disappears mid-stream is normal here (aborts, dropped-connection faults).
  h2.on('sessionError', () => {});
  const sockets = new Set<Socket>();
  const sessions = new Set<http2.ServerHttp2Session>();
  h2.on('session', session => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });

  const server = net.createServer(socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let received = Buffer.alloc(0);
    const sniff = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const decided =
        received.length >= H2_PREFACE.length || !H2_PREFACE.subarray(0, received.length).equals(received);
      if (!decided) return;
      socket.off('data', sniff);
      socket.pause();
      if (received.subarray(0, H2_PREFACE.length).equals(H2_PREFACE)) {
        // The h2 server reads bytes already buffered on the socket itself, then takes over its handle.
        socket.unshift(received);
        h2.emit('connection', socket);
      } else {
        // The h1 server parses from the socket's native handle and would never see unshifted bytes; hand it the
        // bytes already read as a 'data' event instead.
        h1.emit('connection', socket);
        socket.emit('data', received);
        socket.resume();
      }
    };
    socket.on('data', sniff);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    host,
    close: () =>
      new Promise<void>(resolve => {
        for (const session of sessions) session.destroy();
        for (const socket of sockets) socket.destroy();
        h1.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
