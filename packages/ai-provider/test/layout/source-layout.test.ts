import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../src/families/family-descriptors';

/**
 * The layout rules of AGENTS.md, read from the source files themselves: runtime imports form no cycle, and the shared
 * code never names a family (family knowledge lives in `families/<family>/`, reached through `FAMILIES`).
 */
const SRC = resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

const FILES = sourceFiles(SRC);

/** Relative imports that exist at run time: `import type` and `export type` are erased by TypeScript. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?\sfrom\s+'(\.[^']+)'/gms)) {
    if (match[1]) continue;
    const target = resolve(dirname(file), match[2] as string);
    const candidates = [`${target}.ts`, join(target, 'index.ts')];
    const hit = candidates.find(candidate => FILES.includes(candidate));
    if (hit) found.push(hit);
  }
  return found;
}

function findCycle(): string[] | undefined {
  const graph = new Map(FILES.map(file => [file, runtimeImports(file)]));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of FILES) {
    const cycle = visit(file);
    if (cycle) return cycle.map(f => relative(SRC, f));
  }
  return undefined;
}

describe('source layout', () => {
  it('has no cycle of runtime imports', () => {
    // The reader sees real edges: name resolution reaches the family registry at run time.
    expect(runtimeImports(join(SRC, 'catalog/resolve-model.ts'))).toContain(
      join(SRC, 'families/family-of-raw-id.ts'),
    );
    expect(findCycle()).toBeUndefined();
  });

  it('names no family outside families/ and catalog/', () => {
    const names = Object.keys(FAMILIES).map(family => `'${family}'`);
    const shared = FILES.filter(file => !/^(families|catalog|test-utils)[/\\]/.test(relative(SRC, file)));
    const offenders = shared.flatMap(file => {
      const text = readFileSync(file, 'utf8');
      return names.filter(name => text.includes(name)).map(name => `${relative(SRC, file)}: ${name}`);
    });
    expect(offenders).toEqual([]);
  });

  it('gives each raw-id start to one family only', () => {
    const starts = Object.values(FAMILIES).flatMap(family => family.rawIdPrefixes);
    expect(new Set(starts).size).toBe(starts.length);
  });
});
