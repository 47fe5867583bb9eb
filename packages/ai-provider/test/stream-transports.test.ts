import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { FetchHttpHandler } from '@smithy/fetch-http-handler';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { describe, expect, it } from 'vitest';
import { bedrockWrapperProvider } from '../src/bedrock-wrapper-provider';
import { testProvider, useEmulatedProvider } from '../src/test-utils/emulated-provider';
import { PLAIN_CALL, readParts } from '../src/test-utils/plain-call';

/**
 * The provider decodes streaming bodies itself (src/bedrock/event-stream): whatever HTTP handler the SDK client
 * uses, the body it hands over must be read the same way: HTTP/2 (the SDK's default), HTTP/1.1 (a Node stream body)
 * and fetch (a web ReadableStream body), in a caller's own client and in the provider's.
 */
const env = useEmulatedProvider();

const HANDLERS = {
  'HTTP/2 (the default NodeHttp2Handler)': undefined,
  'HTTP/1.1 (NodeHttpHandler)': () => new NodeHttpHandler(),
  'fetch (FetchHttpHandler)': () => new FetchHttpHandler(),
};

/**
 * Who holds the handler: a client the caller made, or the provider's own client given it in `clientConfig` (which the
 * provider wraps to hand it each call's abort signal, src/bedrock/call-hooks.ts).
 */
const HOLDERS = {
  'a caller-supplied client': (handler: keyof typeof HANDLERS) => {
    const client = new BedrockRuntimeClient({
      region: 'us-east-1',
      endpoint: env.emulator.url,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      requestHandler: HANDLERS[handler]?.(),
      maxAttempts: 1,
    });
    return { provider: bedrockWrapperProvider({ client }), close: () => client.destroy() };
  },
  "the provider's own client": (handler: keyof typeof HANDLERS) => ({
    provider: testProvider(env.emulator.url, { clientConfig: { requestHandler: HANDLERS[handler]?.() } }),
    close: () => {},
  }),
};
type Holder = keyof typeof HOLDERS;

async function streamParts(holder: Holder, handler: keyof typeof HANDLERS, api: 'invoke' | 'converse') {
  const { provider, close } = HOLDERS[holder](handler);
  try {
    const { stream } = await provider('Claude-4-5-Haiku', { api }).doStream(PLAIN_CALL);
    const parts = await readParts(stream);
    const text = parts
      .filter(part => part.type === 'text-delta')
      .map(part => part.textDelta)
      .join('');
    return { parts, text };
  } finally {
    close();
  }
}

const COMBINATIONS = (Object.keys(HOLDERS) as Holder[]).flatMap(holder =>
  (Object.keys(HANDLERS) as Array<keyof typeof HANDLERS>).map(handler => [holder, handler] as const),
);

describe.each(COMBINATIONS)('%s over %s', (holder, handler) => {
  it.each(['invoke', 'converse'] as const)('streams the whole answer on %s', async api => {
    env.emulator.script({ reply: { text: 'alpha beta gamma delta' } });
    const { parts, text } = await streamParts(holder, handler, api);
    expect(text).toBe('alpha beta gamma delta');
    expect(parts.at(-1)).toMatchObject({
      type: 'finish',
      finishReason: 'stop',
      usage: { promptTokens: expect.any(Number), completionTokens: expect.any(Number) },
    });
  });

  it.each(['invoke', 'converse'] as const)(
    'keeps the text before a mid-stream exception on %s',
    async api => {
      env.emulator.script({ reply: { text: 'one two three four five' }, exceptionAfter: { events: 5 } });
      const { parts, text } = await streamParts(holder, handler, api);
      expect(text.length).toBeGreaterThan(0);
      expect('one two three four five'.startsWith(text)).toBe(true);
      expect(parts.at(-2)).toMatchObject({
        type: 'error',
        error: { statusCode: 424, data: { awsErrorName: 'ModelStreamErrorException' } },
      });
      expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'error' });
    },
  );

  it.each(['invoke', 'converse'] as const)(
    'decodes the %s body itself (its own checksum error)',
    async api => {
      env.emulator.script({ reply: { text: 'one two three four five' }, badCrcAfter: { events: 3 } });
      const { parts } = await streamParts(holder, handler, api);
      // The provider's decoder names the failure this way; the SDK's would say "The message checksum did not match".
      expect(parts.at(-2)).toMatchObject({
        type: 'error',
        error: { message: expect.stringMatching(/Event-stream message checksum mismatch/) },
      });
    },
  );

  it.each(['invoke', 'converse'] as const)("ends at the caller's abort on %s", async api => {
    env.emulator.script({ reply: { text: 'one two three four five six seven eight' }, delayMs: 20 });
    const { provider, close } = HOLDERS[holder](handler);
    const controller = new AbortController();
    const parts: Array<{ type: string }> = [];
    try {
      const { stream } = await provider('Claude-4-5-Haiku', { api }).doStream({
        ...PLAIN_CALL,
        abortSignal: controller.signal,
      });
      const error = await (async () => {
        for await (const part of stream as unknown as AsyncIterable<{ type: string }>) {
          parts.push(part);
          if (part.type === 'text-delta') controller.abort();
        }
      })().catch(e => e);
      expect(error).toMatchObject({ name: 'AbortError' });
      // Parts already queued when the abort came may still be read; the answer has eight.
      expect(parts.filter(part => part.type === 'text-delta').length).toBeLessThan(4);
      expect(parts.some(part => part.type === 'finish')).toBe(false);
    } finally {
      close();
    }
  });

  it('turns an HTTP error before the stream into the SDK-modelled error', async () => {
    env.emulator.script({ error: { status: 429, name: 'ThrottlingException', message: 'slow down' } });
    const error = await streamParts(holder, handler, 'invoke').catch(e => e);
    expect(error).toMatchObject({
      statusCode: 429,
      isRetryable: true,
      data: { awsErrorName: 'ThrottlingException' },
    });
  });
});
