import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root (this package is `packages/test-consumers`). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A version this package pins through an alias (`"ai7": "npm:ai@7.0.173"`), so the workspace install stores it. */
export function pinnedVersion(alias: string): string {
  const { devDependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const spec = devDependencies[alias];
  if (spec === undefined) throw new Error(`packages/test-consumers/package.json has no ${alias}`);
  return spec.slice(spec.lastIndexOf('@') + 1);
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end without blocking this process (the emulator and the registry answer from here). */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<RunResult> {
  return new Promise(resolve => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr: error !== null && code === 1 && !stderr ? String(error) : stderr });
      },
    );
  });
}

/** The pinned pnpm (scripts/pnpm.mjs), as the root scripts run it. */
export function pnpm(args: string[], cwd: string): Promise<RunResult> {
  return run(process.execPath, [`${repoRoot}scripts/pnpm.mjs`, ...args], { cwd, timeoutMs: 150_000 });
}

/** Packs a workspace package the way `pnpm publish` would (workspace: ranges replaced), from its built dist/. */
export async function packWorkspacePackage(directory: string, destination: string): Promise<string> {
  // Turbo's `test` runs after `build`, so dist/ is there; `ignore-scripts` skips the prepack rebuild.
  const result = await pnpm(
    ['pack', '--pack-destination', destination, '--config.ignore-scripts=true', '--json'],
    `${repoRoot}${directory}`,
  );
  if (result.code !== 0) throw new Error(`pnpm pack in ${directory} failed:\n${result.stdout}\n${result.stderr}`);
  return (JSON.parse(result.stdout) as { filename: string }).filename;
}
