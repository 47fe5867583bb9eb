import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { type Emulator, startEmulator } from '@bedrock-wrapper/emulator';
import { generateText, streamText } from 'ai';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { bedrockWrapperProvider } from '../../src/bedrock-wrapper-provider';
import { PLAIN_CALL } from '../../src/test-utils/plain-call';

/** Distinctive test secrets: none may appear in an error, a warning, rawCall, rawResponse or anything logged. */
const SECRET_KEY = 'SECRETKEYfd93a1c7e2';
const SECRET_ACCESS = 'AKIAS3CR3TACCESS77';
const SECRET_TOKEN = 'SESSIONTOKENsecret9z';
const SECRET_API_KEY = 'ABSKbedrockapikeySECRET42';
const SECRETS = [SECRET_KEY, SECRET_ACCESS, SECRET_TOKEN, SECRET_API_KEY, 'AWS4-HMAC-SHA256', 'Signature='];

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({
    accessKeyId: SECRET_ACCESS,
    secretAccessKey: SECRET_KEY,
    apiKey: SECRET_API_KEY,
  });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const sigv4 = () =>
  bedrockWrapperProvider({
    region: 'us-east-1',
    endpoint: emulator.url,
    accessKeyId: SECRET_ACCESS,
    secretAccessKey: SECRET_KEY,
    sessionToken: SECRET_TOKEN,
  });
const bearer = () =>
  bedrockWrapperProvider({ region: 'us-east-1', endpoint: emulator.url, apiKey: SECRET_API_KEY });

function expectNoSecret(value: unknown) {
  const text = JSON.stringify(value, (_, v) =>
    v instanceof Error ? { ...v, message: v.message, stack: v.stack, name: v.name } : v,
  );
  for (const secret of SECRETS) expect(text, `found ${secret}`).not.toContain(secret);
}

describe('secrets', () => {
  it('never appear in results, warnings, rawCall, rawResponse, errors or logs', async () => {
    const logs: unknown[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map(level =>
      vi.spyOn(console, level).mockImplementation((...args) => logs.push(args)),
    );
    try {
      for (const provider of [sigv4(), bearer()]) {
        for (const api of ['invoke', 'converse'] as const) {
          const model = provider('Claude-4-5-Haiku', { api });
          const generated = await model.doGenerate({
            ...PLAIN_CALL,
            temperature: 0.5,
            topP: 0.9,
          });
          expectNoSecret(generated);
          const streamed = await model.doStream(PLAIN_CALL);
          const parts: unknown[] = [];
          for await (const part of streamed.stream as unknown as AsyncIterable<unknown>) parts.push(part);
          expectNoSecret({ ...streamed, stream: undefined, parts });
          for (const fault of [
            { error: { name: 'AccessDeniedException' } },
            { exceptionAfter: { events: 2 } },
          ]) {
            emulator.script(fault);
            const result = streamText({ model, prompt: 'x', maxRetries: 0 });
            const errors: unknown[] = [];
            for await (const part of result.fullStream) if (part.type === 'error') errors.push(part.error);
            expect(errors.length).toBe(1);
            expectNoSecret(errors);
          }
        }
      }
      const wrongSecret = await generateText({
        model: bedrockWrapperProvider({
          region: 'us-east-1',
          endpoint: emulator.url,
          accessKeyId: SECRET_ACCESS,
          secretAccessKey: 'wrong-secret',
        })('Nova-Pro'),
        prompt: 'x',
        maxRetries: 0,
      }).catch(e => e);
      expect(wrongSecret.statusCode).toBe(403);
      expectNoSecret(wrongSecret);
      expectNoSecret(logs);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('aborts at random points of a stream', () => {
  it('cancel the request on the wire, close the stream and leave nothing running', async () => {
    const provider = sigv4();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 30 }), fc.boolean(), async (abortAfter, converse) => {
        emulator.script({
          reply: { text: Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ') },
          delayMs: 2,
        });
        const controller = new AbortController();
        let finished = false;
        const result = streamText({
          model: provider('Claude-4-5-Haiku', { api: converse ? 'converse' : 'invoke' }),
          prompt: 'x',
          abortSignal: controller.signal,
          maxRetries: 0,
          onFinish: () => {
            finished = true;
          },
        });
        let parts = 0;
        const reading = (async () => {
          for await (const _ of result.fullStream) if (++parts > abortAfter) controller.abort();
        })();
        // The cut answer is not reported as finished: the stream fails with the AbortError, as with a fetch-based
        // provider (@ai-sdk/amazon-bedrock throws the same on ai@4).
        expect(
          await reading.then(
            () => 'ended',
            error => error.name,
          ),
        ).toBe('AbortError');
        expect(finished).toBe(false);
        expect(parts).toBeLessThan(80);
      }),
      { numRuns: 15, seed: 7 },
    );
    // No request of the emulator is still open: every aborted stream was released on the wire.
    await new Promise(resolve => setTimeout(resolve, 100));
    const sockets = process.getActiveResourcesInfo().filter(kind => kind === 'TCPSocketWrap').length;
    expect(sockets).toBeLessThanOrEqual(4);
  });
});

describe('inputs the provider must refuse before sending', () => {
  it('never fetches an image URL; an s3:// image goes to Converse as an S3 location (Nova only)', async () => {
    const model = sigv4()('Claude-4-5-Haiku');
    const https = {
      inputFormat: 'messages' as const,
      mode: { type: 'regular' as const },
      prompt: [
        {
          role: 'user' as const,
          content: [{ type: 'image' as const, image: new URL('https://169.254.169.254/latest/meta-data') }],
        },
      ],
    };
    await expect(model.doGenerate(https)).rejects.toBeInstanceOf(UnsupportedFunctionalityError);
    expect(emulator.requests()).toHaveLength(0);
    const s3 = {
      ...https,
      prompt: [
        {
          role: 'user' as const,
          content: [
            { type: 'image' as const, image: new URL('s3://bucket/cat.png') },
            { type: 'text' as const, text: 'cat?' },
          ],
        },
      ],
    };
    const converse = sigv4()('Nova-Pro', { api: 'converse' });
    expect(converse.supportsUrl?.(new URL('s3://bucket/cat.png'))).toBe(true);
    await converse.doGenerate(s3);
    expect(
      (emulator.requests()[0]!.body as { messages: Array<{ content: unknown[] }> }).messages[0]!.content[0],
    ).toEqual({
      image: { format: 'png', source: { s3Location: { uri: 's3://bucket/cat.png' } } },
    });
  });

  it('checks image size and count on the bytes it was given, before encoding anything', async () => {
    const model = sigv4()('Nova-Pro');
    const huge = new Uint8Array(6 * 1024 * 1024);
    huge.set([0x89, 0x50, 0x4e, 0x47]);
    await expect(
      model.doGenerate({
        inputFormat: 'messages',
        mode: { type: 'regular' },
        prompt: [{ role: 'user', content: [{ type: 'image', image: huge }] }],
      }),
    ).rejects.toThrow(/exceeds this model's limit of 5242880 bytes/);
    expect(emulator.requests()).toHaveLength(0);
  });

  it('times out a request that does not answer (requestTimeoutMs) with a retryable error', async () => {
    emulator.script({ delayMs: 1_000 });
    const provider = bedrockWrapperProvider({
      region: 'us-east-1',
      endpoint: emulator.url,
      apiKey: SECRET_API_KEY,
      requestTimeoutMs: 200,
    });
    const error = await generateText({ model: provider('Nova-Pro'), prompt: 'x', maxRetries: 0 }).catch(
      e => e,
    );
    expect(error).toMatchObject({
      statusCode: 408,
      isRetryable: true,
      data: { awsErrorName: 'RequestTimeout' },
    });
  });
});
