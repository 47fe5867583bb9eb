import {
  ConverseStreamCommand,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
} from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { CLAUDE, claudeBody, sdkClient, TRANSPORTS } from './sdk-clients';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const streamClaude = async (transport: (typeof TRANSPORTS)[number], abortSignal?: AbortSignal) => {
  const client = sdkClient(emulator.url, transport);
  const chunks: unknown[] = [];
  try {
    const response = await client.send(
      new InvokeModelWithResponseStreamCommand({ modelId: CLAUDE, body: claudeBody() }),
      { abortSignal },
    );
    for await (const event of response.body!) chunks.push(event.chunk);
    return { chunks };
  } catch (error) {
    return { chunks, error: error as Error & { $metadata?: { httpStatusCode?: number }; $fault?: string } };
  } finally {
    client.destroy();
  }
};

describe('scripted AWS errors', () => {
  it.each([
    ['ThrottlingException', 429, 'client'],
    ['ServiceUnavailableException', 503, 'server'],
    ['ModelTimeoutException', 408, 'client'],
    ['AccessDeniedException', 403, 'client'],
    ['ValidationException', 400, 'client'],
    ['InternalServerException', 500, 'server'],
  ])('%s -> HTTP %i, the SDK error class and its fault', async (name, status, fault) => {
    emulator.script({ error: { name, message: `scripted ${name}` } });
    const client = sdkClient(emulator.url, 'h2');
    const error = await client
      .send(new InvokeModelCommand({ modelId: CLAUDE, body: claudeBody() }))
      .catch(e => e);
    expect(error).toMatchObject({
      name,
      message: `scripted ${name}`,
      $fault: fault,
      $metadata: { httpStatusCode: status, requestId: expect.any(String) },
    });
    expect(emulator.requests()[0]!.status).toBe(status);
    client.destroy();
  });

  it('uses a behaviour `times` times and only for matching calls', async () => {
    emulator.script({
      error: { name: 'ThrottlingException' },
      times: 2,
      match: { operation: 'InvokeModel' },
    });
    const client = sdkClient(emulator.url, 'h2', { maxAttempts: 3 });
    const response = await client.send(new InvokeModelCommand({ modelId: CLAUDE, body: claudeBody() }));
    expect(response.$metadata.attempts).toBe(3);
    expect(emulator.requests().map(request => request.status)).toEqual([429, 429, 200]);
    client.destroy();
  });
});

describe.each(TRANSPORTS)('stream faults over %s', transport => {
  it('an exception frame after exactly N events', async () => {
    emulator.script({ exceptionAfter: { events: 3, message: 'boom' } });
    const { chunks, error } = await streamClaude(transport);
    expect(chunks).toHaveLength(3);
    expect(error).toMatchObject({
      name: 'ModelStreamErrorException',
      message: 'boom',
      originalStatusCode: 500,
    });
  });

  it('a dropped connection after N events', async () => {
    emulator.script({ dropAfter: { events: 2 } });
    const { chunks, error } = await streamClaude(transport);
    expect(chunks).toHaveLength(2);
    expect(error).toBeInstanceOf(Error);
  });

  it('a malformed chunk and a bad CRC are decode errors', async () => {
    emulator.script({ malformedAfter: { events: 1 } });
    const malformed = await streamClaude(transport);
    expect(malformed.chunks).toHaveLength(1);
    expect(malformed.error).toBeInstanceOf(Error);
    emulator.script({ badCrcAfter: { events: 2 } });
    const badCrc = await streamClaude(transport);
    expect(badCrc.chunks).toHaveLength(2);
    expect(badCrc.error?.message).toMatch(/checksum/i);
  });

  it('a stall holds the stream until the client aborts', async () => {
    emulator.script({ stallAfter: { events: 2 } });
    const controller = new AbortController();
    const pending = streamClaude(transport, controller.signal);
    await new Promise(resolve => setTimeout(resolve, 300));
    controller.abort();
    // The call ends (with the SDK's abort error on HTTP/1.1, quietly on HTTP/2) instead of hanging.
    const { chunks } = await pending;
    expect(chunks).toHaveLength(2);
  });
});

describe('delays and scripted replies', () => {
  it('streams a scripted reply with reasoning and a tool call on ConverseStream, with a delay per event', async () => {
    emulator.script({
      reply: { text: 'a b', reasoning: 'r1 r2', toolCalls: [{ name: 'lookup', input: { q: 1 } }] },
      delayMs: 5,
    });
    const client = sdkClient(emulator.url, 'h2');
    const response = await client.send(
      new ConverseStreamCommand({ modelId: CLAUDE, messages: [{ role: 'user', content: [{ text: 'x' }] }] }),
    );
    const events: unknown[] = [];
    for await (const event of response.stream!) events.push(event);
    expect(events).toContainEqual({
      contentBlockDelta: { contentBlockIndex: 0, delta: { reasoningContent: { text: 'r1' } } },
    });
    expect(events).toContainEqual({
      contentBlockStart: {
        contentBlockIndex: 2,
        start: { toolUse: { toolUseId: expect.stringMatching(/^tooluse_/), name: 'lookup' } },
      },
    });
    // Not asked for with additionalModelResponseFieldPaths: no additionalModelResponseFields.
    expect(events).toContainEqual({ messageStop: { stopReason: 'tool_use' } });
    client.destroy();
  });
});
