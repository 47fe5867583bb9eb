import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderModelsDoc, renderRulesDoc } from '../src/knowledge/render-docs';

/** docs/emulator-rules.md and docs/bedrock-models.md are generated from the data; `UPDATE_DOCS=1` rewrites them. */
const DOCS = join(__dirname, '..', '..', '..', 'docs');

describe.each([
  ['emulator-rules.md', renderRulesDoc],
  ['bedrock-models.md', renderModelsDoc],
])('docs/%s', (file, render) => {
  it('matches the rule and model data', () => {
    const path = join(DOCS, file);
    const expected = render();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(path, expected);
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });
});
