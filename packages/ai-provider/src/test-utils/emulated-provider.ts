import { type Emulator, startEmulator } from '@bedrock-wrapper/emulator';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type BedrockWrapperProvider, bedrockWrapperProvider } from '../bedrock-wrapper-provider';
import type { BedrockWrapperProviderSettings } from '../bedrock-wrapper-settings';

/** Settings that point any entry's provider at a loopback test server, with the keys the test servers accept. */
export function testSettings(endpoint: string) {
  return { region: 'us-east-1', endpoint, accessKeyId: 'test', secretAccessKey: 'test' };
}

/** A provider pointed at a loopback test server, with the keys the test servers accept (settings over them). */
export function testProvider(
  endpoint: string,
  settings: BedrockWrapperProviderSettings = {},
): BedrockWrapperProvider {
  return bedrockWrapperProvider({ ...testSettings(endpoint), ...settings });
}

/**
 * A provider pointed at a fresh emulator for the tests of one file: the real AWS SDK client over HTTP/2 to a real
 * loopback server. The request log and script queue are reset before each test.
 */
export function useEmulatedProvider(
  settings: BedrockWrapperProviderSettings = {},
  options: { resetBeforeEach?: boolean } = {},
) {
  const state = {} as { emulator: Emulator; provider: BedrockWrapperProvider };
  beforeAll(async () => {
    state.emulator = await startEmulator();
    state.provider = testProvider(state.emulator.url, settings);
  });
  afterAll(async () => {
    await state.emulator?.close();
  });
  // Concurrent tests share the queue (their scripts match by model id), so they opt out of the reset.
  if (options.resetBeforeEach !== false) beforeEach(() => state.emulator.reset());
  return state;
}
