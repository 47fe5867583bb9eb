import { type Emulator, startEmulator } from '@bedrock-wrapper/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';

/** Credentials the emulator checks SigV4 against; distinctive so tests can prove they never reach logs or errors. */
export const TEST_ACCESS_KEY_ID = 'AKIACOMPATTEST000001';
export const TEST_SECRET_ACCESS_KEY = 'compat-secret-Zq8vT3xK9pL2';

/**
 * A fresh emulator for one test file. The compat API takes no endpoint (its calls must run exactly as the legacy
 * README writes them), so the AWS endpoint variable the provider and the AWS SDK honour points at the emulator.
 */
export function useCompatEmulator() {
  const state = {} as { emulator: Emulator };
  beforeAll(async () => {
    state.emulator = await startEmulator({
      accessKeyId: TEST_ACCESS_KEY_ID,
      secretAccessKey: TEST_SECRET_ACCESS_KEY,
    });
    process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = state.emulator.url;
  });
  afterAll(async () => {
    delete process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME;
    await state.emulator?.close();
  });
  beforeEach(() => state.emulator.reset());
  return state;
}

/** Captures what `process.stdout.write` and `console.log` / `console.warn` print during a test. */
export function captureOutput() {
  const output = { stdout: [] as string[], log: [] as string[], warn: [] as string[] };
  beforeEach(() => {
    output.stdout = [];
    output.log = [];
    output.warn = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      output.stdout.push(String(chunk));
      return true;
    });
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      output.log.push(args.map(String).join(' '));
    });
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      output.warn.push(args.map(String).join(' '));
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return output;
}

/** A real 1x1 PNG. */
export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
