import type { ToolNameRule } from './codec-contract';

/**
 * The tool-name rule that Converse's ToolSpecification states ("Minimum length of 1. Maximum length of 64. Pattern:
 * [a-zA-Z0-9_-]+") and that Claude's Messages body shares; `source` says which page a caller relies on.
 */
export function lettersDigitsToolName(source: string): ToolNameRule {
  return {
    pattern: /^[a-zA-Z0-9_-]{1,64}$/,
    describe: '1 to 64 characters, each a letter, a digit, "_" or "-"',
    source,
  };
}
