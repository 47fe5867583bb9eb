import { NodeHttp2Handler } from '@smithy/node-http-handler';
import { generateText } from 'ai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bedrockWrapperProvider } from '../../src/bedrock-wrapper-provider';
import {
  type MisbehavingServer,
  startMisbehavingServer,
} from '../../src/test-utils/misbehaving-http2-server';

/**
 * Non-streaming calls share one HTTP/2 connection, where the Bedrock Runtime client would open one per call
 * (create-bedrock-client.ts, `reuseHttp2Sessions`); a request handler the caller gives is used as given.
 */
let server: MisbehavingServer;
beforeEach(async () => {
  server = await startMisbehavingServer();
});
afterEach(() => server.close());

const ANSWER = JSON.stringify({
  output: { message: { role: 'assistant', content: [{ text: 'ok' }] } },
  stopReason: 'end_turn',
  usage: { inputTokens: 1, outputTokens: 1 },
});
const settings = () => ({
  region: 'us-east-1',
  endpoint: server.url,
  accessKeyId: 'test',
  secretAccessKey: 'test',
});

async function fiveCalls(provider: ReturnType<typeof bedrockWrapperProvider>) {
  for (let i = 0; i < 5; i++) {
    server.next({ kind: 'ok', body: ANSWER });
    const { text } = await generateText({ model: provider('Nova-Pro'), prompt: 'x', maxRetries: 0 });
    expect(text).toBe('ok');
  }
}

describe('HTTP/2 connections', () => {
  it('five calls, each with a model made for it, use one connection', async () => {
    await fiveCalls(bedrockWrapperProvider(settings()));
    expect(server.sessionsOpened()).toBe(1);
  });

  it("the caller's own request handler is left as given (here: one connection per call)", async () => {
    await fiveCalls(
      bedrockWrapperProvider({
        ...settings(),
        clientConfig: { requestHandler: new NodeHttp2Handler({ disableConcurrentStreams: true }) },
      }),
    );
    expect(server.sessionsOpened()).toBe(5);
  });
});
