import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@bedrock-wrapper/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The app in "real AWS" mode: credentials in the environment (distinctive test secrets), pointed with
 * AWS_ENDPOINT_URL_BEDROCK_RUNTIME at an emulator that only accepts those secrets. No page or API response may carry
 * a secret or a signature, whatever Bedrock answers.
 */
const appDir = join(import.meta.dirname, '..');
const SECRETS = {
  AWS_ACCESS_KEY_ID: 'AKIAAPPSECRET1234567',
  AWS_SECRET_ACCESS_KEY: 'appsecretkeyZ9f8e7d6c5',
  AWS_SESSION_TOKEN: 'appsessiontokenQ1W2E3',
};
let emulator: Emulator;
let server: ChildProcess;
let baseUrl: string;

async function freePort(): Promise<number> {
  return new Promise(resolve => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  emulator = await startEmulator({
    accessKeyId: SECRETS.AWS_ACCESS_KEY_ID,
    secretAccessKey: SECRETS.AWS_SECRET_ACCESS_KEY,
  });
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...SECRETS,
    AWS_REGION: 'eu-west-1',
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.BEDROCK_EMULATOR_URL;
  delete env.AWS_BEARER_TOKEN_BEDROCK;
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

const chat = (model: string) =>
  fetch(`${baseUrl}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      model,
      api: 'invoke',
      messages: [{ role: 'user', content: 'hello secrets' }],
    }),
  });

function expectNoSecret(text: string) {
  for (const secret of [...Object.values(SECRETS), 'AWS4-HMAC-SHA256', 'Signature=', 'x-amz-security-token'])
    expect(text).not.toContain(secret);
}

describe('next-chat on "real AWS" (credentials from the environment)', () => {
  it('says it talks to AWS, signs with the environment credentials, and leaks none of them', async () => {
    const page = await (await fetch(baseUrl)).text();
    expect(page).toContain('AWS Bedrock (eu-west-1) · credentials: environment variables');
    expect(page).not.toContain(emulator.url);
    expectNoSecret(page);
    const answer = await (await chat('Claude-4-5-Sonnet')).text();
    expect(answer).toContain('hello');
    expectNoSecret(answer);
    // The eu-west-1 region picked the `eu.` inference profile.
    expect(emulator.requests().at(-1)).toMatchObject({
      modelId: 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0',
      status: 200,
    });
  });

  it('reports Bedrock errors without secrets', async () => {
    // Throttling is retried twice by ai (three attempts); the others are not retried.
    for (const [name, times] of [
      ['AccessDeniedException', 1],
      ['ValidationException', 1],
      ['ThrottlingException', 3],
    ] as const) {
      emulator.script({ error: { name }, times });
      const text = await (await chat('Nova-Pro')).text();
      expect(text).toContain(name);
      expectNoSecret(text);
    }
    const unknown = await chat('No-Such-Model');
    expect(unknown.status).toBe(400);
    expectNoSecret(await unknown.text());
  });
});
