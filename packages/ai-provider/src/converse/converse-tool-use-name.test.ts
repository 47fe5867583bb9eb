import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONVERSE_TOOL_USE_NAME, converseToolUseName } from './converse-tool-use-name';

describe('converseToolUseName', () => {
  it('keeps every name Converse takes as it is', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z0-9_-]{1,64}$/), name => {
        expect(converseToolUseName(name)).toBe(name);
      }),
    );
  });

  it('makes any other name one Converse takes, the same way each time', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), name => {
        const sent = converseToolUseName(name);
        expect(sent).toMatch(CONVERSE_TOOL_USE_NAME.pattern);
        expect(converseToolUseName(name)).toBe(sent);
      }),
    );
  });

  it.each([
    ['$READFILE', 'READFILE'],
    ['read<|channel|>commentary', 'readchannelcommentary'],
    ['mcp.server/tool', 'mcpservertool'],
    ['$$$', 'tool'],
    ['', 'tool'],
    ['a'.repeat(70), 'a'.repeat(64)],
  ])('%j -> %j', (name, sent) => {
    expect(converseToolUseName(name)).toBe(sent);
  });
});
