import { LoadAPIKeyError, LoadSettingError } from '@ai-sdk/provider';
import { type Emulator, startEmulator } from '@bedrock-wrapper/emulator';
import { generateText, streamText } from 'ai';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { bedrockWrapperProvider } from '../../src/bedrock-wrapper-provider';
import type { BedrockWrapperProviderSettings } from '../../src/bedrock-wrapper-settings';

/**
 * A missing region or missing credentials is a configuration error, not a network error: the call fails at once (no
 * retry by `ai`, nothing sent) with an AI SDK error that names the setting and the environment variable to set.
 */
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.reset();
  // An environment with no region and no credential anywhere (no profile files, no instance metadata).
  for (const name of [
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
    'AWS_BEARER_TOKEN_BEDROCK',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_PROFILE',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  ])
    vi.stubEnv(name, undefined);
  vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/aws-config');
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/aws-credentials');
  vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
});
afterEach(() => vi.unstubAllEnvs());

async function failure(settings: BedrockWrapperProviderSettings, kind: 'generate' | 'stream' = 'generate') {
  const model = bedrockWrapperProvider({ endpoint: emulator.url, ...settings })('Nova-Pro');
  let error: unknown;
  if (kind === 'generate') error = await generateText({ model, prompt: 'x' }).catch(e => e);
  else {
    const result = streamText({ model, prompt: 'x', onError: () => {} });
    for await (const part of result.fullStream) if (part.type === 'error') error = part.error;
  }
  // `ai`'s default maxRetries (2) is in effect: a retried error would end as a RetryError (no timing assertion: the
  // first call also loads the AWS SDK, whose time depends on the machine).
  expect((error as Error | undefined)?.name).not.toBe('AI_RetryError');
  expect(emulator.requests()).toHaveLength(0);
  return error as Error;
}

describe('configuration errors', () => {
  it.each(['generate', 'stream'] as const)(
    'no region: LoadSettingError naming region and AWS_REGION (%s)',
    async kind => {
      const error = await failure({ accessKeyId: 'test', secretAccessKey: 'test' }, kind);
      expect(LoadSettingError.isInstance(error), String(error)).toBe(true);
      expect(error.message).toMatch(/`region` setting/);
      expect(error.message).toMatch(/AWS_REGION/);
    },
  );

  it.each(['generate', 'stream'] as const)(
    'no credentials: LoadAPIKeyError naming apiKey, AWS_BEARER_TOKEN_BEDROCK and the credential chain (%s)',
    async kind => {
      const error = await failure({ region: 'us-east-1' }, kind);
      expect(LoadAPIKeyError.isInstance(error), String(error)).toBe(true);
      expect(error.message).toMatch(/`apiKey` setting/);
      expect(error.message).toMatch(/AWS_BEARER_TOKEN_BEDROCK/);
      expect(error.message).toMatch(/accessKeyId/);
      expect(error.message).toMatch(/AWS_ACCESS_KEY_ID/);
      expect(error.message).toMatch(/credential chain/);
    },
  );

  it('an accessKeyId without its secretAccessKey is refused, not silently replaced by the credential chain', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'test');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test');
    const error = await failure({ region: 'us-east-1', accessKeyId: 'AKIDONLY' });
    expect(LoadSettingError.isInstance(error), String(error)).toBe(true);
    expect(error.message).toMatch(/secretAccessKey/);
  });

  it('a credentialProvider that fails is reported as a credential error, with its own message as the cause', async () => {
    const error = await failure({
      region: 'us-east-1',
      credentialProvider: async () => {
        throw new Error('SSO session expired');
      },
    });
    expect(LoadAPIKeyError.isInstance(error), String(error)).toBe(true);
    expect(error.message).toMatch(/credentialProvider/);
    expect(error.message).toMatch(/SSO session expired/);
  });
});
