import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { FetchHttpHandler } from '@smithy/fetch-http-handler';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { describe, expect, it } from 'vitest';
import { bedrockWrapperProvider } from '../src/bedrock-wrapper-provider';
import { useEmulatedProvider } from '../src/test-utils/emulated-provider';
import { PLAIN_CALL, readParts } from '../src/test-utils/plain-call';

/**
 * The provider decodes streaming bodies itself (src/bedrock/event-stream): whatever HTTP handler the SDK client
 * uses, the body it hands over must be read the same way: a caller's own client over HTTP/2 (the SDK's default),
 * HTTP/1.1 (a Node stream body) and fetch (a web ReadableStream body).
 */
const env = useEmulatedProvider();

const HANDLERS = {
  'HTTP/2 (the default NodeHttp2Handler)': undefined,
  'HTTP/1.1 (NodeHttpHandler)': () => new NodeHttpHandler(),
  'fetch (FetchHttpHandler)': () => new FetchHttpHandler(),
};

async function streamParts(handler: keyof typeof HANDLERS, api: 'invoke' | 'converse') {
  const client = new BedrockRuntimeClient({
    region: 'us-east-1',
    endpoint: env.emulator.url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    requestHandler: HANDLERS[handler]?.(),
    maxAttempts: 1,
  });
  const provider = bedrockWrapperProvider({ client });
  const { stream } = await provider('Claude-4-5-Haiku', { api }).doStream(PLAIN_CALL);
  const parts = await readParts(stream);
  client.destroy();
  const text = parts
    .filter(part => part.type === 'text-delta')
    .map(part => part.textDelta)
    .join('');
  return { parts, text };
}

describe.each(Object.keys(HANDLERS) as Array<keyof typeof HANDLERS>)(
  'a caller-supplied client over %s',
  handler => {
    it.each(['invoke', 'converse'] as const)('streams the whole answer on %s', async api => {
      env.emulator.script({ reply: { text: 'alpha beta gamma delta' } });
      const { parts, text } = await streamParts(handler, api);
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
        const { parts, text } = await streamParts(handler, api);
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
        const { parts } = await streamParts(handler, api);
        // The provider's decoder names the failure this way; the SDK's would say "The message checksum did not match".
        expect(parts.at(-2)).toMatchObject({
          type: 'error',
          error: { message: expect.stringMatching(/Event-stream message checksum mismatch/) },
        });
      },
    );

    it('turns an HTTP error before the stream into the SDK-modelled error', async () => {
      env.emulator.script({ error: { status: 429, name: 'ThrottlingException', message: 'slow down' } });
      const error = await streamParts(handler, 'invoke').catch(e => e);
      expect(error).toMatchObject({
        statusCode: 429,
        isRetryable: true,
        data: { awsErrorName: 'ThrottlingException' },
      });
    });
  },
);
