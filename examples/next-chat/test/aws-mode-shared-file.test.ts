import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@bedrock-wrapper/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Real-AWS mode with credentials only in a shared credentials file (no AWS_* secrets in the environment): the app
 * must see them, say so, and sign with them through the AWS SDK's default chain, instead of silently falling back
 * to its embedded emulator. The "AWS" here is an emulator that accepts only the file's keys.
 */
const appDir = join(import.meta.dirname, '..');
const FILE_KEYS = { id: 'AKIAFROMSHAREDFILE01', secret: 'sharedFileSecretK3y' };
let emulator: Emulator;
let server: ChildProcess;
let baseUrl: string;

beforeAll(async () => {
  emulator = await startEmulator({ accessKeyId: FILE_KEYS.id, secretAccessKey: FILE_KEYS.secret });
  const home = mkdtempSync(join(tmpdir(), 'next-chat-home-'));
  const credentialsFile = join(home, 'credentials');
  writeFileSync(
    credentialsFile,
    `[default]\naws_access_key_id = ${FILE_KEYS.id}\naws_secret_access_key = ${FILE_KEYS.secret}\n`,
  );
  const port = await new Promise<number>(resolve => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
    AWS_CONFIG_FILE: join(home, 'config-that-does-not-exist'),
    AWS_REGION: 'us-west-2',
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  for (const name of [
    'BEDROCK_EMULATOR_URL',
    'BEDROCK_BACKEND',
    'AWS_BEARER_TOKEN_BEDROCK',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_PROFILE',
  ])
    delete env[name];
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    env,
    stdio: 'ignore',
  });
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(baseUrl).then(
        r => r.ok,
        () => false,
      )
    )
      return;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  throw new Error('the app did not start');
});

afterAll(async () => {
  server?.kill('SIGTERM');
  await emulator?.close();
});

describe('next-chat with credentials in ~/.aws/credentials only', () => {
  it('says it talks to AWS with the file’s profile and signs with the file’s keys', async () => {
    const page = await (await fetch(baseUrl)).text();
    expect(page).toContain(
      'AWS Bedrock (us-west-2) · credentials: profile &quot;default&quot; (shared credentials file)',
    );
    expect(page).not.toContain(FILE_KEYS.secret);
    const response = await fetch(`${baseUrl}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'Nova-Pro',
        messages: [{ role: 'user', content: 'hello from the file' }],
      }),
    });
    const answer = await response.text();
    // The text parts of the data stream (`0:"…"` lines), joined.
    const text = answer
      .split('\n')
      .filter(line => line.startsWith('0:'))
      .map(line => JSON.parse(line.slice(2)) as string)
      .join('');
    expect(text).toBe('You said: hello from the file This is the emulator answering.');
    expect(answer).not.toContain(FILE_KEYS.secret);
    // The emulator checked the SigV4 signature against the file's keys.
    expect(emulator.requests().at(-1)).toMatchObject({ status: 200, modelId: 'amazon.nova-pro-v1:0' });
  });
});
