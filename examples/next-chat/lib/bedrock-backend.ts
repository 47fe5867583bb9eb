import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Which Bedrock the app talks to, decided from the server's environment:
 * - `BEDROCK_EMULATOR_URL` set: that emulator (the browser tests start one they can script);
 * - `BEDROCK_BACKEND=emulator`: the embedded emulator even if credentials exist;
 * - a source of AWS credentials (see `awsCredentialSource`), or `BEDROCK_BACKEND=aws`: real AWS Bedrock. The
 *   provider is then given no credentials, so the AWS SDK resolves them with its default chain (environment,
 *   shared files with SSO, roles and credential_process, web identity, container and instance roles);
 * - otherwise: an emulator started inside this server (see instrumentation.ts), so the app works offline.
 */
export type BedrockBackend =
  | { kind: 'aws'; region: string; credentials: string }
  | { kind: 'emulator'; url: string; embedded: boolean };

const EMBEDDED_EMULATOR_KEY = Symbol.for('bedrock-wrapper.next-chat.embedded-emulator-url');

/** Keys of a shared-config profile that give the SDK credentials (static, SSO, role, process, web identity). */
const CREDENTIAL_KEYS = [
  'aws_access_key_id',
  'sso_session',
  'sso_start_url',
  'role_arn',
  'credential_process',
  'web_identity_token_file',
  'login_session',
];

/**
 * Where the AWS SDK's default credential chain would find credentials, in words for the page (never the
 * credentials themselves), or `undefined` when this machine has none the app can see without a network call.
 * Order and files follow https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html and
 * https://docs.aws.amazon.com/sdkref/latest/guide/file-location.html. An EC2 instance role cannot be seen without
 * asking the instance metadata service; `BEDROCK_BACKEND=aws` selects real AWS for it.
 */
export function awsCredentialSource(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.AWS_BEARER_TOKEN_BEDROCK) return 'Bedrock API key (AWS_BEARER_TOKEN_BEDROCK)';
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) return 'environment variables';
  const profile = env.AWS_PROFILE || 'default';
  const credentialsFile = env.AWS_SHARED_CREDENTIALS_FILE || join(homedir(), '.aws', 'credentials');
  const configFile = env.AWS_CONFIG_FILE || join(homedir(), '.aws', 'config');
  const fromCredentials = readIni(credentialsFile)[profile];
  if (fromCredentials && CREDENTIAL_KEYS.some(key => key in fromCredentials))
    return `profile "${profile}" (shared credentials file)`;
  const fromConfig = readIni(configFile)[profile === 'default' ? 'default' : `profile ${profile}`];
  if (fromConfig && CREDENTIAL_KEYS.some(key => key in fromConfig))
    return `profile "${profile}" (shared config file${'sso_session' in fromConfig || 'sso_start_url' in fromConfig ? ', SSO' : ''})`;
  // A profile named explicitly is the user's choice even if this check cannot see it: the SDK will say what is wrong.
  if (env.AWS_PROFILE) return `profile "${profile}"`;
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE) return 'web identity token (AWS_WEB_IDENTITY_TOKEN_FILE)';
  if (env.AWS_CONTAINER_CREDENTIALS_FULL_URI || env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI)
    return 'container credentials';
  if (env.BEDROCK_BACKEND === 'aws') return 'AWS default credential chain (BEDROCK_BACKEND=aws)';
  return undefined;
}

/** The region: the environment, then the profile's `region` in the shared config file, then us-east-1. */
function awsRegion(env: NodeJS.ProcessEnv): string {
  if (env.AWS_REGION) return env.AWS_REGION;
  if (env.AWS_DEFAULT_REGION) return env.AWS_DEFAULT_REGION;
  const profile = env.AWS_PROFILE || 'default';
  const config = readIni(env.AWS_CONFIG_FILE || join(homedir(), '.aws', 'config'));
  return config[profile === 'default' ? 'default' : `profile ${profile}`]?.region ?? 'us-east-1';
}

/** Sections of an INI file as plain key/value maps; a missing or unreadable file has none. */
function readIni(path: string): Record<string, Record<string, string>> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  const sections: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
    if (header) {
      current = sections[header[1]!] ??= {};
      continue;
    }
    const pair = /^([^=]+?)\s*=\s*(.*)$/.exec(line);
    if (pair && current) current[pair[1]!.toLowerCase()] = pair[2]!;
  }
  return sections;
}

export function rememberEmbeddedEmulator(url: string): void {
  (globalThis as Record<symbol, unknown>)[EMBEDDED_EMULATOR_KEY] = url;
}

/** Whether the server should start its own emulator (no emulator URL given, no AWS credentials to use). */
export function needsEmbeddedEmulator(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.BEDROCK_EMULATOR_URL) return false;
  return env.BEDROCK_BACKEND === 'emulator' || awsCredentialSource(env) === undefined;
}

export function currentBackend(env: NodeJS.ProcessEnv = process.env): BedrockBackend {
  if (env.BEDROCK_EMULATOR_URL) return { kind: 'emulator', url: env.BEDROCK_EMULATOR_URL, embedded: false };
  const credentials = env.BEDROCK_BACKEND === 'emulator' ? undefined : awsCredentialSource(env);
  if (credentials) return { kind: 'aws', region: awsRegion(env), credentials };
  const embedded = (globalThis as Record<symbol, unknown>)[EMBEDDED_EMULATOR_KEY];
  if (typeof embedded === 'string') return { kind: 'emulator', url: embedded, embedded: true };
  throw new Error('No Bedrock backend: no AWS credentials and the embedded emulator did not start.');
}

/** What the page header says: the backend and, for AWS, the region and where the credentials come from. No URL. */
export function describeBackend(backend: BedrockBackend): string {
  if (backend.kind === 'aws') return `AWS Bedrock (${backend.region}) · credentials: ${backend.credentials}`;
  return backend.embedded
    ? 'Bedrock emulator (embedded: no AWS credentials found)'
    : 'Bedrock emulator (BEDROCK_EMULATOR_URL)';
}
