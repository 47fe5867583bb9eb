#!/usr/bin/env node
// Runs the pinned pnpm without corepack (corepack cannot download here, and CI has only Node and npm):
// `npx --yes pnpm@<version>` fetches pnpm from the npm registry once and caches it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { packageManager } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const version = packageManager.replace(/^pnpm@/, '');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const result = spawnSync(npx, ['--yes', `pnpm@${version}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, COREPACK_ENABLE_STRICT: '0', NEXT_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);
