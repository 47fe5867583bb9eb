import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMULATOR_GAPS, KNOWN_DIFFERENCES, KNOWN_REJECTIONS } from './peer-expectations';

const page = readFileSync(new URL('../../../docs/converse-peer-differences.md', import.meta.url), 'utf8');
const entries = [...KNOWN_DIFFERENCES, ...KNOWN_REJECTIONS, ...EMULATOR_GAPS];

describe('docs/converse-peer-differences.md', () => {
  it('lists every known difference, rejection and emulator defect, and nothing else', () => {
    const listed = new Set([...page.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map(match => match[1]));
    expect([...listed].sort()).toEqual(entries.map(entry => entry.id).sort());
  });

  it('gives each entry a unique id and a source', () => {
    expect(new Set(entries.map(entry => entry.id)).size).toBe(entries.length);
    for (const entry of entries) expect(entry.source, entry.id).toMatch(/^(https:\/\/|unsourced)/);
  });
});
