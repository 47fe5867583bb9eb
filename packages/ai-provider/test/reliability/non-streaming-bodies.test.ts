import { APICallError } from '@ai-sdk/provider';
import { generateText } from 'ai';
import { beforeAll, describe, expect, it } from 'vitest';
import { testProvider } from '../../src/test-utils/emulated-provider';
import { useMisbehavingServer } from '../../src/test-utils/use-misbehaving-server';

/**
 * No silent success for a non-streaming call: a 200 whose body never arrives, is cut by a reset, or stops after the
 * headers ends as an `APICallError` (retryable, as a network fault is), never as an empty answer or a raw
 * TypeError/SyntaxError. A stall is cut after `requestTimeoutMs`.
 */
const REQUEST_TIMEOUT_MS = 400;
const env = useMisbehavingServer({ requestTimeoutMs: REQUEST_TIMEOUT_MS });

// Complete answers in each API's shape (Nova's InvokeModel body is Converse-shaped).
const BODIES = {
  invoke: JSON.stringify({
    output: { message: { role: 'assistant', content: [{ text: 'a complete answer from Nova' }] } },
    stopReason: 'end_turn',
    usage: { inputTokens: 3, outputTokens: 5, totalTokens: 8 },
  }),
  converse: JSON.stringify({
    output: { message: { role: 'assistant', content: [{ text: 'a complete answer on Converse' }] } },
    stopReason: 'end_turn',
    usage: { inputTokens: 3, outputTokens: 5, totalTokens: 8 },
    metrics: { latencyMs: 10 },
  }),
};

async function call(api: 'invoke' | 'converse') {
  const started = Date.now();
  const outcome = await generateText({
    model: env.provider('Nova-Pro', { api }),
    prompt: 'x',
    maxRetries: 0,
  }).then(
    result => ({ text: result.text }),
    error => ({ error }),
  );
  return { ...outcome, ms: Date.now() - started } as { text?: string; error?: APICallError; ms: number };
}

// The first call of a process loads and compiles the SDK's call path; on a loaded machine that alone once took the
// control case past the 400 ms timeout (a CI run, 1.9 s), so one untimed call on each API warms it up first.
beforeAll(async () => {
  const patient = testProvider(env.server.url, { requestTimeoutMs: 60_000 });
  for (const api of ['invoke', 'converse'] as const) {
    env.server.next({ kind: 'ok', body: BODIES[api] });
    await generateText({ model: patient('Nova-Pro', { api }), prompt: 'x', maxRetries: 0 });
  }
});

describe.each(['invoke', 'converse'] as const)('a non-streaming %s call', api => {
  it('reads a well-behaved answer from the test server (the control case)', async () => {
    env.server.next({ kind: 'ok', body: BODIES[api] });
    expect((await call(api)).text).toMatch(/a complete answer/);
  });

  it('a 200 whose body ends short of its content-length is a retryable APICallError', async () => {
    env.server.next({ kind: 'short', body: BODIES[api], sendBytes: 40 });
    const { error, text } = await call(api);
    expect(text).toBeUndefined();
    expect(APICallError.isInstance(error), String(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 200, isRetryable: true });
    // The body is parsed by the provider on both APIs (the SDK's own parse is not reached).
    expect((error as Error).message).toContain('MalformedResponse');
  });

  it('a retryable body fault is retried by ai and the retry succeeds', async () => {
    env.server.next({ kind: 'empty' }, { kind: 'ok', body: BODIES[api] });
    const { text } = await generateText({
      model: env.provider('Nova-Pro', { api }),
      prompt: 'x',
      maxRetries: 1,
    });
    expect(text).toMatch(/a complete answer/);
  });

  it('a 200 with no body is a retryable APICallError, not an empty success', async () => {
    env.server.next({ kind: 'empty' });
    const { error, text } = await call(api);
    expect(text).toBeUndefined();
    expect(
      APICallError.isInstance(error),
      `${String(error)} ${(error as Error)?.stack?.slice(0, 600)} ${JSON.stringify(error)?.slice(0, 300)}`,
    ).toBe(true);
    expect(error).toMatchObject({
      statusCode: 200,
      isRetryable: true,
      data: { awsErrorName: 'EmptyResponse' },
    });
  });

  it('a body cut by a reset is a retryable APICallError', async () => {
    env.server.next({ kind: 'reset', body: BODIES[api], sendBytes: 40 });
    const { error, text } = await call(api);
    expect(text).toBeUndefined();
    expect(
      APICallError.isInstance(error),
      `${String(error)} ${(error as Error)?.stack?.slice(0, 600)} ${JSON.stringify(error)?.slice(0, 300)}`,
    ).toBe(true);
    expect(error).toMatchObject({
      statusCode: 200,
      isRetryable: true,
      data: { awsErrorName: 'IncompleteResponse' },
    });
  });

  it('a stall after the headers is cut after requestTimeoutMs as a retryable timeout', async () => {
    env.server.next({ kind: 'stall', body: BODIES[api], sendBytes: 40 });
    const { error, text, ms } = await call(api);
    expect(text).toBeUndefined();
    expect(
      APICallError.isInstance(error),
      `${String(error)} ${(error as Error)?.stack?.slice(0, 600)} ${JSON.stringify(error)?.slice(0, 300)}`,
    ).toBe(true);
    expect(error).toMatchObject({
      statusCode: 408,
      isRetryable: true,
      data: { awsErrorName: 'RequestTimeout' },
    });
    expect(ms).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 20);
    expect(ms).toBeLessThan(REQUEST_TIMEOUT_MS + 1_500);
  });
});
