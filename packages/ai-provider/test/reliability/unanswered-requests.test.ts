import { randomUUID } from 'node:crypto';
import type { LanguageModelV1CallOptions } from '@ai-sdk/provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testProvider } from '../../src/test-utils/emulated-provider';
import {
  type MisbehavingServer,
  startMisbehavingServer,
} from '../../src/test-utils/misbehaving-http2-server';
import { PLAIN_CALL } from '../../src/test-utils/plain-call';

/**
 * A request the server never answers (not even response headers) ends by the provider's `requestTimeoutMs`, as a
 * retryable timeout, or by the caller's abort, on every operation; either way the request's HTTP/2 stream is closed.
 * Only the HTTP handler can end a request in that state: this holds the call's signal to reaching it
 * (src/bedrock/call-hooks.ts).
 */
let server: MisbehavingServer;
beforeAll(async () => {
  server = await startMisbehavingServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const OPERATIONS = [
  ['doGenerate', 'invoke'],
  ['doGenerate', 'converse'],
  ['doStream', 'invoke'],
  ['doStream', 'converse'],
] as const;

/** The call's error (every call here fails). */
async function call(
  method: 'doGenerate' | 'doStream',
  api: 'invoke' | 'converse',
  options: LanguageModelV1CallOptions,
): Promise<unknown> {
  const model = testProvider(server.url, { requestTimeoutMs: 150 })('Nova-Pro', { api });
  try {
    await (method === 'doGenerate' ? model.doGenerate(options) : model.doStream(options));
  } catch (error) {
    return error;
  }
  throw new Error('the call did not fail');
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise(r => setTimeout(r, 10));
  return condition();
}
const streamsClosed = () => until(() => server.openStreams() === 0);
/** A silent answer for this call only, and the call's header that claims it. */
function silentFor(options: LanguageModelV1CallOptions): LanguageModelV1CallOptions {
  const id = randomUUID();
  server.next({ kind: 'silent', forRequest: id });
  return { ...options, headers: { ...options.headers, 'x-test-request': id } };
}

describe.each(OPERATIONS)('%s on %s, to a server that never answers', (method, api) => {
  it('fails after requestTimeoutMs with a retryable timeout and closes the request', async () => {
    const error = await call(method, api, silentFor(PLAIN_CALL));
    expect(error).toMatchObject({
      statusCode: 408,
      isRetryable: true,
      data: { awsErrorName: 'RequestTimeout' },
    });
    expect(await streamsClosed()).toBe(true);
  });

  it("ends at the caller's abort and closes the request", async () => {
    const controller = new AbortController();
    const failing = call(method, api, silentFor({ ...PLAIN_CALL, abortSignal: controller.signal }));
    // Aborted once the server holds the request (its behaviour taken): the abort meets a request in flight.
    expect(await until(() => server.queued() === 0)).toBe(true);
    controller.abort();
    const error = await failing;
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(await streamsClosed()).toBe(true);
  });
});
