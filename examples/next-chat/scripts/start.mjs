#!/usr/bin/env node
// `npm start` (root) ends here: serves the built app and prints its URL. Without AWS credentials the app starts
// its own Bedrock emulator (instrumentation.ts), so this works on a machine with no AWS account and no network.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const port = process.env.PORT ?? '3000';
const nextBin = require.resolve('next/dist/bin/next');
const child = spawn(process.execPath, [nextBin, 'start', '-p', port], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
let announced = false;
child.stdout.on('data', chunk => {
  process.stdout.write(chunk);
  if (!announced && /ready/i.test(String(chunk))) {
    announced = true;
    console.log(`\nChat app: http://localhost:${port}\n`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', code => process.exit(code ?? 0));
