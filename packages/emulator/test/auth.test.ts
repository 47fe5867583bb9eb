import { InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { CLAUDE, claudeBody, sdkClient, TRANSPORTS } from './sdk-clients';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ apiKey: 'bedrock-api-key-secret' });
});
afterAll(() => emulator.close());
const invoke = (overrides: Record<string, unknown>, transport: (typeof TRANSPORTS)[number] = 'h2') => {
  const client = sdkClient(emulator.url, transport, overrides);
  return client
    .send(new InvokeModelCommand({ modelId: CLAUDE, body: claudeBody() }))
    .finally(() => client.destroy());
};

describe.each(TRANSPORTS)('SigV4 over %s', transport => {
  it('accepts the configured credentials, with or without a session token', async () => {
    await expect(invoke({}, transport)).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    await expect(
      invoke(
        { credentials: { accessKeyId: 'test', secretAccessKey: 'test', sessionToken: 'tok' } },
        transport,
      ),
    ).resolves.toBeDefined();
  });

  it('rejects a wrong secret as InvalidSignatureException (403)', async () => {
    await expect(
      invoke({ credentials: { accessKeyId: 'test', secretAccessKey: 'wrong' } }, transport),
    ).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      $metadata: { httpStatusCode: 403 },
      message: expect.stringContaining('signature we calculated does not match'),
    });
  });

  it('rejects an unknown access key as UnrecognizedClientException (403)', async () => {
    await expect(
      invoke({ credentials: { accessKeyId: 'AKIDOTHER', secretAccessKey: 'test' } }, transport),
    ).rejects.toMatchObject({
      name: 'UnrecognizedClientException',
      $metadata: { httpStatusCode: 403 },
    });
  });
});

describe('other authentication', () => {
  it('rejects a request signed an hour ago (stale x-amz-date)', async () => {
    const client = sdkClient(emulator.url, 'h2', { systemClockOffset: -3_600_000 });
    // The SDK corrects its clock from the answer and retries a "Signature expired" once it knows the skew; with one
    // attempt, the first answer is what the caller sees.
    await expect(
      client.send(new InvokeModelCommand({ modelId: CLAUDE, body: claudeBody() })),
    ).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      message: expect.stringMatching(/^Signature expired: \d{8}T\d{6}Z is now earlier than/),
    });
    client.destroy();
  });

  it('rejects a request without any authorization', async () => {
    const response = await fetch(`${emulator.url}/model/${encodeURIComponent(CLAUDE)}/invoke`, {
      method: 'POST',
      body: claudeBody(),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe(
      'MissingAuthenticationTokenException:http://internal.amazon.com/coral/com.amazon.bedrock/',
    );
  });

  it('accepts the configured Bedrock API key as a bearer token and rejects another', async () => {
    const bearer = (token: string) => ({ token: { token }, authSchemePreference: ['httpBearerAuth'] });
    await expect(invoke(bearer('bedrock-api-key-secret'))).resolves.toMatchObject({
      $metadata: { httpStatusCode: 200 },
    });
    await expect(invoke(bearer('bedrock-api-key-other'))).rejects.toMatchObject({
      name: 'UnrecognizedClientException',
      $metadata: { httpStatusCode: 403 },
    });
    expect(emulator.requests().at(-2)!.headers.authorization).toBe('Bearer bedrock-api-key-secret');
  });
});
