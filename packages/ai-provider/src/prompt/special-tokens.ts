/**
 * The special tokens of a prompt template (Llama, Mistral text completion, DeepSeek-R1): text that the model's
 * tokenizer turns into a control token. Each family lists its own, with the page or model card it comes from, in
 * `families/<family>/<family>-special-tokens.ts`.
 */
export interface SpecialTokens {
  /** Tokens written out, longest first is not required. */
  readonly tokens: readonly string[];
  /** Whole classes of tokens by their shape (e.g. Llama's `<|reserved_special_token_N|>`), as regex sources. */
  readonly shapes?: readonly string[];
  /** Where the list was read. */
  readonly source: readonly string[];
}

/**
 * Inserted after the first character of a special token found in message text: the text still reads the same, but
 * the tokenizer no longer sees the token (no special token contains it).
 */
export const ZERO_WIDTH_SPACE = '\u200B';

const patterns = new WeakMap<SpecialTokens, RegExp>();

function patternOf(special: SpecialTokens): RegExp {
  let pattern = patterns.get(special);
  if (!pattern) {
    const literals = [...special.tokens]
      .sort((a, b) => b.length - a.length)
      .map(token => token.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    pattern = new RegExp([...(special.shapes ?? []), ...literals].join('|'), 'gu');
    patterns.set(special, pattern);
  }
  return pattern;
}

/** Every special token in `text`, in order, as written (overlapping ones included). */
export function findSpecialTokens(text: string, special: SpecialTokens): string[] {
  return neutralizeSpecialTokens(text, special).found;
}

/**
 * Breaks every special token in `text` by inserting a zero-width space after its first character, until none is
 * left. An insertion never creates a token (none contains the zero-width space), and a token that overlaps one just
 * broken is still found, because the search resumes right after the insertion.
 */
export function neutralizeSpecialTokens(
  text: string,
  special: SpecialTokens,
): { text: string; found: string[] } {
  const pattern = patternOf(special);
  const found: string[] = [];
  let out = text;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(out); match !== null; match = pattern.exec(out)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    found.push(match[0]);
    const cut = match.index + String.fromCodePoint(match[0].codePointAt(0) ?? 0).length;
    out = `${out.slice(0, cut)}${ZERO_WIDTH_SPACE}${out.slice(cut)}`;
    pattern.lastIndex = cut + ZERO_WIDTH_SPACE.length;
  }
  pattern.lastIndex = 0;
  return { text: out, found };
}
