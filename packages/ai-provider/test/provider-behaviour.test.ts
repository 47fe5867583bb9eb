import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { APICallError, NoSuchModelError } from '@ai-sdk/provider';
import { generateText, RetryError, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { bedrockWrapperProvider } from '../src/bedrock-wrapper-provider';
import { AWS_HTTP_FAULTS } from '../src/test-utils/aws-http-faults';
import { useEmulatedProvider } from '../src/test-utils/emulated-provider';
import { PLAIN_CALL, readParts } from '../src/test-utils/plain-call';

const env = useEmulatedProvider();
const settings = () => ({ region: 'us-east-1', endpoint: env.emulator.url });
const hello = (provider: ReturnType<typeof bedrockWrapperProvider>, name = 'Claude-4-5-Haiku') =>
  generateText({ model: provider(name), prompt: 'hello', maxRetries: 0 });

describe('creating the provider', () => {
  it('reads nothing and throws nothing until the first call; `new` and unknown names throw', () => {
    const provider = bedrockWrapperProvider({ region: 'nowhere-1', endpoint: 'not a url' });
    expect(provider('Claude-4-5-Sonnet').modelId).toBe('Claude-4-5-Sonnet');
    expect(() => new (provider as unknown as new (name: string) => unknown)('Nova-Pro')).toThrow(
      /without `new`/,
    );
    expect(() => provider('Claude-9')).toThrow(NoSuchModelError);
    expect(() => provider.textEmbeddingModel('x')).toThrow(NoSuchModelError);
  });

  it('does not load the AWS SDK on import, only at the first call', async () => {
    const script = `
      const { bedrockWrapperProvider } = require(${JSON.stringify(join(import.meta.dirname, '..', 'dist', 'index.cjs'))});
      const loaded = () => Object.keys(require.cache).some(path => path.includes('client-bedrock-runtime'));
      const before = loaded();
      const provider = bedrockWrapperProvider({ region: 'us-east-1', endpoint: ${JSON.stringify(env.emulator.url)}, accessKeyId: 'test', secretAccessKey: 'test' });
      provider('Nova-Pro').doGenerate({ inputFormat: 'prompt', mode: { type: 'regular' }, prompt: [{ role: 'user', content: [{ type: 'text', text: 'x' }] }] })
        .then(() => { console.log(JSON.stringify({ before, after: loaded() })); process.exit(0); });`;
    // Asynchronously: the emulator answering the child runs in this process.
    const { stdout: out } = await promisify(execFile)(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ before: false, after: true });
  });
});

describe('credentials', () => {
  it('signs with explicit keys; a wrong secret is a non-retryable 403 APICallError', async () => {
    await expect(
      hello(bedrockWrapperProvider({ ...settings(), accessKeyId: 'test', secretAccessKey: 'test' })),
    ).resolves.toBeDefined();
    const error = await hello(
      bedrockWrapperProvider({ ...settings(), accessKeyId: 'test', secretAccessKey: 'nope' }),
    ).catch(e => e);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      statusCode: 403,
      isRetryable: false,
      data: { awsErrorName: 'InvalidSignatureException' },
    });
    expect(JSON.stringify(error)).not.toMatch(/nope|Signature=|AWS4-HMAC/);
  });

  it('uses a credentialProvider once per client (one client per provider, reused)', async () => {
    let calls = 0;
    const provider = bedrockWrapperProvider({
      ...settings(),
      credentialProvider: async () => {
        calls++;
        return { accessKeyId: 'test', secretAccessKey: 'test' };
      },
    });
    await hello(provider);
    await hello(provider, 'Nova-Pro');
    expect(calls).toBe(1);
    expect(env.emulator.requests()).toHaveLength(2);
  });

  it('sends a Bedrock API key as a bearer token, from the setting or AWS_BEARER_TOKEN_BEDROCK', async () => {
    await hello(bedrockWrapperProvider({ ...settings(), apiKey: 'test' }));
    expect(env.emulator.requests()[0]!.headers.authorization).toBe('Bearer test');
    process.env.AWS_BEARER_TOKEN_BEDROCK = 'test';
    try {
      await hello(bedrockWrapperProvider(settings()));
    } finally {
      delete process.env.AWS_BEARER_TOKEN_BEDROCK;
    }
    expect(env.emulator.requests()[1]!.headers.authorization).toBe('Bearer test');
  });

  it('takes the endpoint from AWS_ENDPOINT_URL_BEDROCK_RUNTIME', async () => {
    process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = env.emulator.url;
    try {
      await hello(bedrockWrapperProvider({ region: 'us-east-1', apiKey: 'test' }));
    } finally {
      delete process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME;
    }
    expect(env.emulator.requests()).toHaveLength(1);
  });
});

describe('errors, retries and streams', () => {
  it.each(AWS_HTTP_FAULTS)(
    '%s becomes an APICallError with status %i, retryable %s, and the request id',
    async (name, status, retryable) => {
      env.emulator.script({ error: { name, message: 'scripted' } });
      const error = await hello(env.provider).catch(e => e);
      expect(error).toMatchObject({
        statusCode: status,
        isRetryable: retryable,
        data: { awsErrorName: name, requestId: expect.any(String) },
      });
      expect(error.responseHeaders['x-amzn-requestid']).toBe(error.data.requestId);
      expect(env.emulator.requests()).toHaveLength(1);
    },
  );

  it('retries throttling only in ai (maxRetries + 1 requests reach Bedrock)', async () => {
    env.emulator.script({ error: { name: 'ThrottlingException' }, times: 2 });
    const error = await generateText({
      model: env.provider('Claude-4-5-Haiku'),
      prompt: 'x',
      maxRetries: 1,
    }).catch(e => e);
    expect(RetryError.isInstance(error)).toBe(true);
    expect(env.emulator.requests()).toHaveLength(2);
  });

  it('keeps the text streamed before a mid-stream exception, then an error part and finish "error"', async () => {
    env.emulator.script({
      reply: { text: 'one two three four five' },
      exceptionAfter: { events: 5, message: 'model broke' },
    });
    const { stream } = await env.provider('Claude-4-5-Haiku').doStream(PLAIN_CALL);
    const parts = await readParts(stream);
    const text = parts
      .filter(part => part.type === 'text-delta')
      .map(part => part.textDelta)
      .join('');
    // Five events: message_start, content_block_start and three text deltas.
    expect(text).toBe('one two three');
    expect(parts.at(-2)).toMatchObject({
      type: 'error',
      error: { statusCode: 424, isRetryable: true, data: { awsErrorName: 'ModelStreamErrorException' } },
    });
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'error' });
  });

  it('ends a stalled stream after streamStallTimeoutMs with a retryable timeout error, keeping what arrived', async () => {
    env.emulator.script({ reply: { text: 'one two three' }, stallAfter: { events: 3 } });
    const provider = bedrockWrapperProvider({
      ...settings(),
      accessKeyId: 'test',
      secretAccessKey: 'test',
      streamStallTimeoutMs: 300,
    });
    const { stream } = await provider('Claude-4-5-Haiku').doStream(PLAIN_CALL);
    const parts = await readParts(stream);
    expect(parts.filter(part => part.type === 'text-delta').map(part => part.textDelta)).toEqual(['one']);
    expect(parts.at(-2)).toMatchObject({
      type: 'error',
      error: { statusCode: 408, isRetryable: true, data: { awsErrorName: 'StreamStallTimeout' } },
    });
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'error' });
  });

  it.each(['invoke', 'converse'] as const)(
    'an exception frame before the first event fails the %s call itself, so ai retries it (as the SDK does)',
    async api => {
      const model = env.provider('Claude-4-5-Haiku', { api });
      env.emulator.script({
        exceptionAfter: { events: 0, name: 'ThrottlingException', message: 'slow down' },
      });
      const error = await Promise.resolve(model.doStream(PLAIN_CALL)).catch((e: unknown) => e);
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({
        statusCode: 429,
        isRetryable: true,
        data: { awsErrorName: 'ThrottlingException' },
      });

      env.emulator.reset();
      env.emulator.script(
        { exceptionAfter: { events: 0, name: 'ThrottlingException' } },
        { reply: { text: 'second try' } },
      );
      const result = streamText({ model, prompt: 'x', maxRetries: 1 });
      let text = '';
      for await (const piece of result.textStream) text += piece;
      expect(text).toBe('second try');
      expect(env.emulator.requests()).toHaveLength(2);
    },
  );

  it('a stream that stalls before its first event fails the call with a retryable timeout', async () => {
    env.emulator.script({ reply: { text: 'never' }, stallAfter: { events: 0 } });
    const provider = bedrockWrapperProvider({
      ...settings(),
      accessKeyId: 'test',
      secretAccessKey: 'test',
      streamStallTimeoutMs: 300,
    });
    const error = await Promise.resolve(provider('Claude-4-5-Haiku').doStream(PLAIN_CALL)).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      statusCode: 408,
      isRetryable: true,
      data: { awsErrorName: 'StreamStallTimeout' },
    });
  });

  it('abortSignal cancels the stream on the wire', async () => {
    env.emulator.script({
      reply: { text: Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ') },
      delayMs: 20,
    });
    const controller = new AbortController();
    const result = streamText({
      model: env.provider('Claude-4-5-Haiku'),
      prompt: 'x',
      abortSignal: controller.signal,
    });
    let received = '';
    const reading = (async () => {
      for await (const delta of result.textStream) {
        received += delta;
        if (received.length > 10) controller.abort();
      }
    })();
    await reading.catch(() => {});
    expect(received.split(' ').length).toBeLessThan(50);
  });

  it('returns the response headers, never the request credentials, in rawResponse and rawCall', async () => {
    const result = await env.provider('Claude-4-5-Haiku').doGenerate(PLAIN_CALL);
    expect(result.rawResponse?.headers?.['x-amzn-requestid']).toEqual(expect.any(String));
    expect(result.rawResponse?.headers?.['x-amzn-bedrock-output-token-count']).toEqual(expect.any(String));
    expect(JSON.stringify([result.rawCall, result.rawResponse])).not.toMatch(
      /authorization|AWS4-HMAC|x-amz-security-token/i,
    );
  });
});
