#!/usr/bin/env node
// `npm start` (root) ends here: serves the built app and prints its URL. Without AWS credentials the app starts
// its own Bedrock emulator (instrumentation.ts), so this works on a machine with no AWS account and no network.
// It listens on 127.0.0.1 only: the chat spends the server's AWS credentials for whoever reaches it, so other
// machines get it only when HOST says so (HOST=0.0.0.0 for every interface, behind your own authentication).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const port = process.env.PORT ?? '3000';
const host = process.env.HOST || '127.0.0.1';
const nextBin = require.resolve('next/dist/bin/next');
const child = spawn(process.execPath, [nextBin, 'start', '-p', port, '-H', host], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
let announced = false;
child.stdout.on('data', chunk => {
  process.stdout.write(chunk);
  if (!announced && /ready/i.test(String(chunk))) {
    announced = true;
    console.log(`\nChat app: http://${shownHost}:${port} (listening on ${host}; set HOST to change)\n`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', code => process.exit(code ?? 0));
