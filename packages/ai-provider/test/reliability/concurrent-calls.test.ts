import type { LanguageModelV1CallOptions, LanguageModelV1StreamPart } from '@ai-sdk/provider';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { describe, expect, it } from 'vitest';
import type { BedrockWrapperProvider } from '../../src/bedrock-wrapper-provider';
import { bedrockWrapperProvider } from '../../src/bedrock-wrapper-provider';
import { testProvider, useEmulatedProvider } from '../../src/test-utils/emulated-provider';
import { readParts } from '../../src/test-utils/plain-call';

/**
 * The provider's own client resolves its middleware stack once per command class and finds each call's headers,
 * response and abort signal by the call's command (src/bedrock/call-hooks.ts): calls running at the same time on
 * one provider must each send their own headers and get their own answer, and an abort must stop its call alone.
 */
const env = useEmulatedProvider();

const KINDS = ['generate-invoke', 'generate-converse', 'stream-invoke', 'stream-converse'] as const;
type Kind = (typeof KINDS)[number];

function callOf(i: number): LanguageModelV1CallOptions {
  return {
    inputFormat: 'prompt',
    mode: { type: 'regular' },
    // Prompts of different lengths: the emulator's input-token count tells the answers apart.
    prompt: [{ role: 'user', content: [{ type: 'text', text: `call ${i} ${'word '.repeat(i * 7)}` }] }],
    headers: { 'x-call': String(i) },
  };
}

async function run(provider: BedrockWrapperProvider, kind: Kind, i: number, abortSignal?: AbortSignal) {
  const model = provider('Claude-4-5-Haiku', { api: kind.endsWith('converse') ? 'converse' : 'invoke' });
  const call = { ...callOf(i), abortSignal };
  if (kind.startsWith('generate')) {
    const result = await model.doGenerate(call);
    return {
      text: result.text,
      usage: result.usage,
      requestId: result.rawResponse?.headers?.['x-amzn-requestid'],
    };
  }
  const result = await model.doStream(call);
  const parts = await readParts(result.stream);
  const finish = parts.find(part => part.type === 'finish') as
    | Extract<LanguageModelV1StreamPart, { type: 'finish' }>
    | undefined;
  return {
    text: parts.map(part => (part.type === 'text-delta' ? part.textDelta : '')).join(''),
    usage: finish?.usage,
    requestId: result.rawResponse?.headers?.['x-amzn-requestid'],
    error: parts.find(part => part.type === 'error'),
  };
}

describe('calls running at the same time on one provider', () => {
  it('each send their own headers and get their own answer, as when run one by one', async () => {
    const jobs = Array.from({ length: 24 }, (_, i) => ({ i, kind: KINDS[i % KINDS.length] as Kind }));
    env.emulator.script({ reply: { text: 'alpha beta gamma' }, times: jobs.length });
    const alone = [];
    for (const job of jobs) alone.push(await run(env.provider, job.kind, job.i));
    env.emulator.reset();

    env.emulator.script({ reply: { text: 'alpha beta gamma' }, delayMs: 5, times: jobs.length });
    const together = await Promise.all(jobs.map(job => run(env.provider, job.kind, job.i)));

    const strip = ({ requestId: _, ...rest }: Awaited<ReturnType<typeof run>>) => rest;
    expect(together.map(strip)).toEqual(alone.map(strip));
    expect(new Set(together.map(result => result.usage?.promptTokens)).size).toBe(jobs.length);
    // Each call reports the response headers of its own request.
    const requestIds = together.map(result => result.requestId);
    expect(requestIds.every(id => typeof id === 'string')).toBe(true);
    expect(new Set(requestIds).size).toBe(jobs.length);
    const sent = env.emulator.requests().map(request => request.headers['x-call']);
    expect(sent.sort()).toEqual(jobs.map(job => String(job.i)).sort());
  });

  it('an abort stops its own stream and no other', async () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    env.emulator.script({ reply: { text: words }, delayMs: 3, times: 6 });
    const controller = new AbortController();
    const aborted = (async () => {
      const model = env.provider('Claude-4-5-Haiku', { api: 'invoke' });
      const { stream } = await model.doStream({ ...callOf(3), abortSignal: controller.signal });
      const parts: LanguageModelV1StreamPart[] = [];
      try {
        for await (const part of stream as unknown as AsyncIterable<LanguageModelV1StreamPart>) {
          parts.push(part);
          if (parts.filter(p => p.type === 'text-delta').length === 5) controller.abort();
        }
      } catch (error) {
        parts.push({ type: 'error', error });
      }
      return parts;
    })();
    const others = [0, 1, 2, 4, 5].map(i =>
      run(env.provider, i % 2 ? 'stream-converse' : 'stream-invoke', i),
    );
    const parts = await aborted;
    expect(parts.filter(part => part.type === 'text-delta').length).toBeLessThan(10);
    // The answer stops there, in the AbortError (part-stream.ts), without a finish that would report it complete.
    expect(parts.at(-1)).toMatchObject({ type: 'error', error: { name: 'AbortError' } });
    expect(parts.some(part => part.type === 'finish')).toBe(false);
    for (const result of await Promise.all(others)) {
      expect(result.error).toBeUndefined();
      expect(result.text).toBe(words);
    }
  });

  it('the same holds with the middleware cache turned off in clientConfig', async () => {
    const provider = testProvider(env.emulator.url, { clientConfig: { cacheMiddleware: false } });
    env.emulator.script({ reply: { text: 'one two' }, delayMs: 5, times: 8 });
    const results = await Promise.all(
      [0, 1, 2, 3, 4, 5, 6, 7].map(i => run(provider, KINDS[i % KINDS.length] as Kind, i)),
    );
    expect(results.map(result => result.text)).toEqual(Array(8).fill('one two'));
    expect(new Set(results.map(result => result.requestId)).size).toBe(8);
    const sent = env.emulator.requests().map(request => request.headers['x-call']);
    expect(sent.sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
  });
});

describe("a caller's own client", () => {
  it('is used without being changed: its middleware stack and request handler stay as they were', async () => {
    const client = new BedrockRuntimeClient({
      region: 'us-east-1',
      endpoint: env.emulator.url,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    const middleware = client.middlewareStack.identify();
    const handler = client.config.requestHandler;
    const provider = bedrockWrapperProvider({ client });
    env.emulator.script({ reply: { text: 'one two' }, times: 4 });
    const results = await Promise.all(KINDS.map((kind, i) => run(provider, kind, i)));
    expect(results.map(result => result.text)).toEqual(Array(4).fill('one two'));
    expect(new Set(results.map(result => result.requestId)).size).toBe(4);
    expect(
      env.emulator
        .requests()
        .map(request => request.headers['x-call'])
        .sort(),
    ).toEqual(['0', '1', '2', '3']);
    expect(client.middlewareStack.identify()).toEqual(middleware);
    expect(client.config.requestHandler).toBe(handler);
    client.destroy();
  });
});
