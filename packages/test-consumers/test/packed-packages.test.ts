import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packWorkspacePackage, repoRoot, run } from './workspace';

/**
 * The published packages as npm would ship them: `attw` (are the types right under node10, node16 from CJS and from
 * ESM, and bundler resolution, for every entry) and `publint` (exports, files, fields), each on the packed tarball.
 */
const PACKAGES = [
  ['@bedrock-wrapper/ai-provider', 'packages/ai-provider', ['.', './v2', './v3', './v4', './package.json']],
  ['@bedrock-wrapper/emulator', 'packages/emulator', ['.', './package.json']],
  ['@bedrock-wrapper/compat', 'packages/compat', ['.', './package.json']],
] as const;

const bin = (name: string) => join(repoRoot, 'packages/test-consumers/node_modules/.bin', name);
const directory = mkdtempSync(join(tmpdir(), 'bedrock-wrapper-packed-'));

afterAll(() => rmSync(directory, { recursive: true, force: true }));

interface AttwReport {
  analysis: { entrypoints: Record<string, unknown> };
  problems: Record<string, unknown>;
}

describe.concurrent.each(PACKAGES)('%s, packed', (_name, path, entrypoints) => {
  let tarball: Promise<string> | undefined;
  const packed = () => {
    tarball ??= packWorkspacePackage(path, directory);
    return tarball;
  };

  it('has types that resolve everywhere (attw, every entry, every resolution mode)', async () => {
    const result = await run(bin('attw'), [await packed(), '--format', 'json'], { cwd: directory });
    const report = JSON.parse(result.stdout) as AttwReport;
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual([...entrypoints].sort());
    expect(report.problems).toEqual({});
    expect(result.code).toBe(0);
  });

  it('is clean under publint --strict', async () => {
    const result = await run(bin('publint'), ['run', await packed(), '--strict'], { cwd: directory });
    expect(result.stdout).toContain('All good!');
    expect(result.code).toBe(0);
  });
});
