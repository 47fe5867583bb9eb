import { APICallError } from '@ai-sdk/provider';
import { generateText, streamText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBedrockWrapperSupportedModels } from '../../src/catalog/list-bedrock-wrapper-supported-models';
import { resolveModel } from '../../src/catalog/resolve-model';
import { AWS_HTTP_FAULTS } from '../../src/test-utils/aws-http-faults';
import { useEmulatedProvider } from '../../src/test-utils/emulated-provider';

/**
 * Every scripted fault × the four operations × ai@4 generateText/streamText. Each case ends in a typed error with the
 * right status, AWS name, request id and retryability — or, for retryable faults, in a retried success — and any text
 * streamed before a mid-stream fault stays delivered. Cases run concurrently, each on its own model so the emulator's
 * scripts (matched by model id) cannot cross.
 */
const env = useEmulatedProvider(
  { streamStallTimeoutMs: 1_000, requestTimeoutMs: 5_000 },
  { resetBeforeEach: false },
);
const MODELS = listBedrockWrapperSupportedModels().filter(
  m => m.apis.invoke && m.apis.converse && m.streaming.invoke && !m.name.endsWith('-Thinking'),
);
let next = 0;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let baselineSockets = 0;
const tcpSockets = () => process.getActiveResourcesInfo().filter(kind => kind === 'TCPSocketWrap').length;
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  baselineSockets = tcpSockets();
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});
const takeModel = () => {
  const name = MODELS[next++ % MODELS.length]!.name;
  return { name, bedrockId: resolveModel(name, { region: 'us-east-1' }).bedrockModelId };
};

const CALLS = [
  ['generateText', 'invoke', 'InvokeModel'],
  ['generateText', 'converse', 'Converse'],
  ['streamText', 'invoke', 'InvokeModelWithResponseStream'],
  ['streamText', 'converse', 'ConverseStream'],
] as const;

async function run(
  kind: 'generateText' | 'streamText',
  name: string,
  api: 'invoke' | 'converse',
  maxRetries: number,
) {
  const model = env.provider(name, { api });
  if (kind === 'generateText')
    return { text: (await generateText({ model, prompt: 'fault test', maxRetries })).text };
  let text = '';
  let error: unknown;
  const result = streamText({
    model,
    prompt: 'fault test',
    maxRetries,
    onError: ({ error: e }) => {
      error = e;
    },
  });
  for await (const part of result.fullStream) {
    if (part.type === 'text-delta') text += part.textDelta;
    if (part.type === 'error') error = part.error;
  }
  if (error) throw Object.assign(error as object, { streamedText: text });
  return { text };
}

describe.concurrent('errors before the answer', () => {
  for (const [awsName, status, retryable] of AWS_HTTP_FAULTS) {
    for (const [kind, api, operation] of CALLS) {
      it(`${awsName} on ${operation} (${kind}): typed error`, async () => {
        const { name, bedrockId } = takeModel();
        env.emulator.script({ match: { modelId: bedrockId, operation }, error: { name: awsName } });
        const error = await run(kind, name, api, 0).catch(e => e);
        expect(APICallError.isInstance(error)).toBe(true);
        expect(error).toMatchObject({
          statusCode: status,
          isRetryable: retryable,
          data: { awsErrorName: awsName, requestId: expect.any(String) },
        });
      });
      if (retryable) {
        it(`${awsName} on ${operation} (${kind}): retried to success`, async () => {
          const { name, bedrockId } = takeModel();
          env.emulator.script({ match: { modelId: bedrockId, operation }, error: { name: awsName } });
          const { text } = await run(kind, name, api, 1);
          expect(text).toContain('You said: fault test');
        });
      }
    }
  }
});

const STREAM_FAULTS: Array<[string, Record<string, unknown>, string | undefined]> = [
  ['exception frame after 4 events', { exceptionAfter: { events: 4 } }, 'ModelStreamErrorException'],
  ['connection dropped after 4 events', { dropAfter: { events: 4 } }, undefined],
  ['stall after 4 events', { stallAfter: { events: 4 } }, 'StreamStallTimeout'],
  ['malformed chunk after 4 events', { malformedAfter: { events: 4 } }, undefined],
  ['bad CRC after 4 events', { badCrcAfter: { events: 4 } }, undefined],
];

describe.concurrent('faults in the middle of a stream', () => {
  for (const [label, fault, awsName] of STREAM_FAULTS) {
    for (const [, api, operation] of CALLS.filter(([kind]) => kind === 'streamText')) {
      it(`${label} on ${operation}: the text so far stays, then a typed error`, async () => {
        const { name, bedrockId } = takeModel();
        env.emulator.script({
          match: { modelId: bedrockId, operation },
          reply: { text: 'alpha beta gamma delta epsilon zeta eta theta' },
          ...fault,
        });
        const error = await run('streamText', name, api, 2).catch(e => e);
        expect(APICallError.isInstance(error)).toBe(true);
        if (awsName) expect(error.data.awsErrorName).toBe(awsName);
        // Mid-stream failures are not retried: exactly one request reached Bedrock.
        expect(env.emulator.requests().filter(request => request.modelId === bedrockId)).toHaveLength(1);
        expect((error as { streamedText: string }).streamedText.length).toBeGreaterThan(0);
      });
    }
  }
});

describe('after the whole matrix', () => {
  it('left no unhandled rejection and no socket beyond the one HTTP/2 session of the provider', async () => {
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(unhandled).toEqual([]);
    // One client socket and its server side for the provider's reused HTTP/2 session; nothing per faulted call.
    expect(tcpSockets() - baselineSockets).toBeLessThanOrEqual(2);
  });
});
