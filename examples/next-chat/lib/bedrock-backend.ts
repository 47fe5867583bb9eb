/**
 * Which Bedrock the app talks to, decided once per server process:
 * - `BEDROCK_EMULATOR_URL` set: that emulator (the browser test starts one it can script);
 * - AWS credentials or a Bedrock API key in the environment: real AWS Bedrock;
 * - otherwise: an emulator started inside this server (see instrumentation.ts), so the app works offline.
 */
export type BedrockBackend =
  | { kind: 'aws'; region: string }
  | { kind: 'emulator'; url: string; embedded: boolean };

const EMBEDDED_EMULATOR_KEY = Symbol.for('bedrock-wrapper.next-chat.embedded-emulator-url');

export function hasAwsCredentials(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(
    env.AWS_BEARER_TOKEN_BEDROCK ||
      (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) ||
      env.AWS_PROFILE ||
      env.AWS_WEB_IDENTITY_TOKEN_FILE ||
      env.AWS_CONTAINER_CREDENTIALS_FULL_URI ||
      env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI,
  );
}

export function rememberEmbeddedEmulator(url: string): void {
  (globalThis as Record<symbol, unknown>)[EMBEDDED_EMULATOR_KEY] = url;
}

export function currentBackend(env: NodeJS.ProcessEnv = process.env): BedrockBackend {
  if (env.BEDROCK_EMULATOR_URL) return { kind: 'emulator', url: env.BEDROCK_EMULATOR_URL, embedded: false };
  if (hasAwsCredentials(env))
    return { kind: 'aws', region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1' };
  const embedded = (globalThis as Record<symbol, unknown>)[EMBEDDED_EMULATOR_KEY];
  if (typeof embedded === 'string') return { kind: 'emulator', url: embedded, embedded: true };
  throw new Error('No Bedrock backend: no AWS credentials and the embedded emulator did not start.');
}
