/**
 * Text a model may end its answer with but that is not part of the answer: the matched stop sequence Nova writes at
 * the end (nova-codec.ts), an end-of-turn token a prompt-template model echoes (prompt-template-codec.ts). One ending
 * at most is removed, and only at the very end; the same text anywhere else stays.
 */

/** `text` without the first of `endings` it ends with (empty endings never match). */
export function withoutEnding(text: string, endings: readonly string[]): { text: string; removed?: string } {
  const removed = endings.find(ending => ending.length > 0 && text.endsWith(ending));
  return removed ? { text: text.slice(0, -removed.length), removed } : { text };
}

/**
 * The streaming side: holds back the end of the text while it could still be the start of an ending (at most the
 * longest ending's length), and at the end of the stream drops it if it is one.
 */
export class TrailingEndings {
  private held = '';
  private readonly longest: number;
  private readonly firstCharacters: ReadonlySet<string>;

  constructor(private readonly endings: readonly string[]) {
    const used = endings.filter(ending => ending.length > 0);
    this.longest = Math.max(0, ...used.map(ending => ending.length));
    this.firstCharacters = new Set(used.map(ending => ending.charAt(0)));
  }

  /** There is an ending to watch for (without one, `push` gives every text out as it came). */
  get active(): boolean {
    return this.longest > 0;
  }

  /** The text that can be given out now: all of `held + text` but a tail that may still become an ending. */
  push(text: string): string {
    if (this.longest === 0) return text;
    const pending = this.held + text;
    // The earliest start gives the longest tail that is the beginning of an ending.
    for (let start = Math.max(0, pending.length - this.longest); start < pending.length; start++) {
      if (!this.firstCharacters.has(pending.charAt(start))) continue;
      const tail = pending.slice(start);
      if (this.endings.some(ending => ending.startsWith(tail))) {
        this.held = tail;
        return pending.slice(0, start);
      }
    }
    this.held = '';
    return pending;
  }

  /** The end of the stream: what was held, without an ending it ends with. */
  flush(): string {
    const rest = withoutEnding(this.held, this.endings).text;
    this.held = '';
    return rest;
  }
}
