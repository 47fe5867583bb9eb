import {
  ConverseCommand,
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
const decode = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes));

describe.each(TRANSPORTS)('the four operations over %s', transport => {
  it('InvokeModel answers in the family format with token headers and a request id', async () => {
    const client = sdkClient(emulator.url, transport);
    const response = await client.send(
      new InvokeModelCommand({ modelId: CLAUDE, body: claudeBody(), contentType: 'application/json' }),
    );
    const body = decode(response.body);
    expect(body).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-5-20250929',
      content: [{ type: 'text', text: 'You said: Hello emulator This is the emulator answering.' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
    });
    expect(body.id).toMatch(/^msg_bdrk_/);
    expect(response.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const [recorded] = emulator.requests();
    expect(recorded).toMatchObject({
      operation: 'InvokeModel',
      modelId: CLAUDE,
      status: 200,
      protocol: transport,
    });
    expect(recorded!.body).toEqual(JSON.parse(claudeBody()));
    client.destroy();
  });

  it('InvokeModelWithResponseStream sends chunk frames ending with invocation metrics', async () => {
    const client = sdkClient(emulator.url, transport);
    const response = await client.send(
      new InvokeModelWithResponseStreamCommand({
        modelId: CLAUDE,
        body: claudeBody(),
        contentType: 'application/json',
      }),
    );
    const chunks: Array<Record<string, unknown>> = [];
    for await (const event of response.body!) chunks.push(decode(event.chunk!.bytes!));
    expect(chunks.map(chunk => chunk.type)).toEqual([
      'message_start',
      'content_block_start',
      ...Array(9).fill('content_block_delta'),
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    expect(chunks.at(-1)!['amazon-bedrock-invocationMetrics']).toMatchObject({
      inputTokenCount: expect.any(Number),
      outputTokenCount: expect.any(Number),
    });
    expect(response.contentType).toBe('application/json');
    client.destroy();
  });

  it('Converse and ConverseStream answer for a model id with `:` and for an inference-profile ARN with `/`', async () => {
    const client = sdkClient(emulator.url, transport);
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.meta.llama3-3-70b-instruct-v1:0';
    const converse = await client.send(
      new ConverseCommand({ modelId: arn, messages: [{ role: 'user', content: [{ text: 'via arn' }] }] }),
    );
    expect(converse.output?.message?.content).toEqual([
      { text: 'You said: via arn This is the emulator answering.' },
    ]);
    expect(converse.stopReason).toBe('end_turn');
    expect(emulator.requests()[0]!.modelId).toBe(arn);
    const stream = await client.send(
      new ConverseStreamCommand({
        modelId: 'amazon.nova-pro-v1:0',
        messages: [{ role: 'user', content: [{ text: 'streamed' }] }],
      }),
    );
    const kinds: string[] = [];
    let text = '';
    for await (const event of stream.stream!) {
      kinds.push(
        Object.keys(event).filter(
          key => (event as unknown as Record<string, unknown>)[key] !== undefined,
        )[0]!,
      );
      text += event.contentBlockDelta?.delta?.text ?? '';
    }
    expect(text).toBe('You said: streamed This is the emulator answering.');
    expect(kinds[0]).toBe('messageStart');
    expect(kinds.slice(-2)).toEqual(['messageStop', 'metadata']);
    client.destroy();
  });
});

describe('model ids', () => {
  it('answers an unknown id and a profile-only model by its bare id as Bedrock does', async () => {
    const client = sdkClient(emulator.url, 'h2');
    await expect(
      client.send(new InvokeModelCommand({ modelId: 'does-not-exist', body: claudeBody() })),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'The provided model identifier is invalid.',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(
      client.send(
        new InvokeModelCommand({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', body: claudeBody() }),
      ),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining('with on-demand throughput isn’t supported'),
    });
    await expect(
      client.send(
        new InvokeModelCommand({
          modelId: 'us.meta.llama3-1-405b-instruct-v1:0',
          body: JSON.stringify({ prompt: 'x' }),
        }),
      ),
    ).rejects.toMatchObject({ message: 'The provided model identifier is invalid.' });
    client.destroy();
  });
});
