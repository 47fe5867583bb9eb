import { type Emulator, startEmulator } from '@bedrock-wrapper/emulator';
import { generateText } from 'ai';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { bedrockWrapperProvider } from '../../src/bedrock-wrapper-provider';
import type { BedrockWrapperProviderSettings } from '../../src/bedrock-wrapper-settings';

/**
 * Which credential a call is sent with, step by step of the documented order (bedrock-wrapper-settings.ts):
 * `apiKey` > `credentialProvider` > `accessKeyId`/`secretAccessKey` > AWS_BEARER_TOKEN_BEDROCK > the AWS default
 * credential chain. The emulator's request log shows the Authorization header each call carried.
 */
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({
    accessKeyId: 'AKIDSETTING',
    secretAccessKey: 'setting-secret',
    apiKey: 'setting-key',
  });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.reset();
  // Every step runs with every lower step present in the environment too.
  vi.stubEnv('AWS_BEARER_TOKEN_BEDROCK', 'env-bearer-key');
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDENVIRONMENT');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'env-secret');
});
afterEach(() => vi.unstubAllEnvs());

async function authorizationOf(settings: BedrockWrapperProviderSettings): Promise<string> {
  const provider = bedrockWrapperProvider({ region: 'us-east-1', endpoint: emulator.url, ...settings });
  await generateText({ model: provider('Nova-Pro'), prompt: 'who am I?', maxRetries: 0 }).catch(() => {});
  const requests = emulator.requests();
  expect(requests).toHaveLength(1);
  return requests[0]!.headers.authorization ?? '';
}

const keys = { accessKeyId: 'AKIDSETTING', secretAccessKey: 'setting-secret' };
const provided = { accessKeyId: 'AKIDPROVIDER', secretAccessKey: 'provider-secret' };

describe('credential precedence', () => {
  it('1. the apiKey setting wins over everything', async () => {
    expect(
      await authorizationOf({ apiKey: 'setting-key', credentialProvider: async () => provided, ...keys }),
    ).toBe('Bearer setting-key');
  });

  it('2. credentialProvider wins over the keys and AWS_BEARER_TOKEN_BEDROCK', async () => {
    expect(await authorizationOf({ credentialProvider: async () => provided, ...keys })).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDPROVIDER\//,
    );
  });

  it('3. accessKeyId/secretAccessKey win over AWS_BEARER_TOKEN_BEDROCK, also on a custom endpoint', async () => {
    expect(await authorizationOf(keys)).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDSETTING\//);
  });

  it('4. AWS_BEARER_TOKEN_BEDROCK wins over the default credential chain', async () => {
    expect(await authorizationOf({})).toBe('Bearer env-bearer-key');
  });

  it('5. without any of them, the AWS default credential chain (here the environment keys)', async () => {
    vi.stubEnv('AWS_BEARER_TOKEN_BEDROCK', undefined);
    expect(await authorizationOf({})).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDENVIRONMENT\//);
  });
});
