import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { BedrockWrapperProvider } from '../bedrock-wrapper-provider';
import type { BedrockWrapperProviderSettings } from '../bedrock-wrapper-settings';
import { testProvider } from './emulated-provider';
import { type MisbehavingServer, startMisbehavingServer } from './misbehaving-http2-server';

/**
 * A misbehaving loopback server for the tests of one file, its queue emptied before each test, and a provider pointed
 * at it (settings over the test keys). `server` and `provider` are set once the file's tests start.
 */
export function useMisbehavingServer(settings: BedrockWrapperProviderSettings = {}) {
  const state = {} as { server: MisbehavingServer; provider: BedrockWrapperProvider };
  beforeAll(async () => {
    state.server = await startMisbehavingServer();
    state.provider = testProvider(state.server.url, settings);
  });
  afterAll(() => state.server?.close());
  beforeEach(() => state.server.reset());
  return state;
}
