#!/usr/bin/env node
// A browser for the example app's browser test (examples/next-chat/test/browser.test.ts), which drives a system
// Chromium with playwright-core (a Playwright-downloaded browser cannot be fetched on every machine).
//
//   node scripts/ensure-chromium.mjs [-- command args...]
//
// Finds one (CHROMIUM_PATH, then chromium, chromium-browser, google-chrome on the usual paths and PATH); when none is
// there and this runs as root with apt-get, installs Debian's `chromium` package; otherwise fails with one line that
// says what to install. Then runs the command, if any, with CHROMIUM_PATH set to the browser it found.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to use: `CHROMIUM_PATH` when set (it must exist: a wrong path is an error, not a fallback), otherwise
 * the first of /usr/bin/chromium, /usr/bin/chromium-browser, google-chrome found in /usr/bin or on PATH; undefined
 * when there is none.
 */
export function findChromium(env = process.env, { systemDirs = ['/usr/bin'] } = {}) {
  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file`);
  }
  const dirs = [...systemDirs, ...(env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const name of NAMES) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  return undefined;
}

function canInstallWithApt(env) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = (env.PATH ?? '').split(delimiter).some(dir => dir && isExecutable(join(dir, 'apt-get')));
  return isRoot && hasApt;
}

function apt(args) {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
}

/** Finds a browser, installing Debian's chromium when it may; throws a one-line error when there is none. */
export function ensureChromium(env = process.env, options = {}) {
  const found = findChromium(env, options);
  if (found) return found;
  if (canInstallWithApt(env)) {
    console.error('ensure-chromium: no Chromium found; installing Debian\'s "chromium" package with apt-get');
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', 'chromium']);
    const installed = findChromium(env, options);
    if (installed) return installed;
  }
  throw new Error(
    'no Chromium found: install it (Debian/Ubuntu: apt-get install chromium; or Google Chrome) or set CHROMIUM_PATH to a Chromium or Chrome executable',
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let path;
  try {
    path = ensureChromium();
  } catch (error) {
    console.error(`ensure-chromium: ${error.message}`);
    process.exit(1);
  }
  const separator = process.argv.indexOf('--');
  const command = separator === -1 ? [] : process.argv.slice(separator + 1);
  if (command.length === 0) {
    console.log(path);
  } else {
    const result = spawnSync(command[0], command.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, CHROMIUM_PATH: path },
    });
    process.exit(result.status ?? 1);
  }
}
