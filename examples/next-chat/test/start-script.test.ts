import { type ChildProcess, spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@bedrock-wrapper/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm start` (scripts/start.mjs on the built app) listens on 127.0.0.1 only, unless HOST says otherwise: the chat
 * spends the server's AWS credentials for whoever reaches it. 127.0.0.2 is another loopback address on Linux: a
 * server on all interfaces answers there, one on 127.0.0.1 does not.
 */
const appDir = join(import.meta.dirname, '..');
let emulator: Emulator;
let child: ChildProcess;
let port: number;
let output = '';

const reachable = (host: string) =>
  new Promise<boolean>(resolve => {
    const socket = connect({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

beforeAll(async () => {
  emulator = await startEmulator();
  port = await new Promise<number>(resolve => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address() as { port: number };
      probe.close(() => resolve(address.port));
    });
  });
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), BEDROCK_EMULATOR_URL: emulator.url };
  delete env.HOST;
  child = spawn(process.execPath, [join(appDir, 'scripts', 'start.mjs')], {
    cwd: appDir,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.on('data', chunk => {
    output += String(chunk);
  });
  const deadline = Date.now() + 60_000;
  while (!output.includes('Chat app:')) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`npm start did not start:\n${output}`);
    await new Promise(resolve => setTimeout(resolve, 200));
  }
});

afterAll(async () => {
  child?.kill('SIGTERM');
  await emulator?.close();
});

describe('npm start', () => {
  it('listens on 127.0.0.1 only and says so', async () => {
    expect(output).toContain(
      `Chat app: http://127.0.0.1:${port} (listening on 127.0.0.1; set HOST to change)`,
    );
    expect(await reachable('127.0.0.1')).toBe(true);
    expect(await reachable('127.0.0.2')).toBe(false);
  });
});
