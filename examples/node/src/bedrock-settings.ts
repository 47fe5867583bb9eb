import { type Emulator, startEmulator } from '@bedrock-wrapper/emulator';

/**
 * Real AWS Bedrock when credentials or a Bedrock API key are in the environment; otherwise the project's emulator,
 * started here, so every example runs with one command on any machine.
 */
export async function bedrockSettings(): Promise<{
  settings: { region: string; endpoint?: string; accessKeyId?: string; secretAccessKey?: string };
  close: () => Promise<void>;
}> {
  const env = process.env;
  if (
    env.AWS_BEARER_TOKEN_BEDROCK ||
    (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) ||
    env.AWS_PROFILE
  ) {
    return { settings: { region: env.AWS_REGION ?? 'us-east-1' }, close: async () => {} };
  }
  const emulator: Emulator = await startEmulator({ eventDelayMs: Number(env.EMULATOR_DELAY_MS ?? 0) });
  console.error(`(no AWS credentials: using the Bedrock emulator at ${emulator.url})`);
  return {
    settings: { region: 'us-east-1', endpoint: emulator.url, accessKeyId: 'test', secretAccessKey: 'test' },
    close: () => emulator.close(),
  };
}
