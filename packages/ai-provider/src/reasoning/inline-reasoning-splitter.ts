/**
 * Splits text that carries reasoning inline (`<think>…</think>`, `<reasoning>…</reasoning>`) into
 * text and reasoning, chunk by chunk, for the families that answer that way:
 * gpt-oss on InvokeModel (`<reasoning>`, bedrock-wire.md §4.5), Kimi K2 (`<reasoning>` per delta and
 * `<think>`, legacy-wrapper.md §2.5 and converse-stream-kimi-k2-thinking.events.json), DeepSeek-R1
 * (the prompt opens `<think>`, so the answer starts inside it), Nemotron (`…</think>` with no opening).
 *
 * Tags may be cut anywhere across chunks: a chunk's tail that could still become a tag is held back
 * (at most the longest tag's length), so the work per chunk is bounded by the chunk and tag sizes and
 * nothing else is kept. Whitespace before the first text and before the first reasoning is dropped,
 * because these models put `" "` or `"\n\n"` around their tags; later segments keep theirs, since Kimi
 * wraps every reasoning delta (`<reasoning> what</reasoning><reasoning> is</reasoning>`) and the space
 * separates words.
 */

export type InlineSegmentKind = 'text' | 'reasoning';
export type InlineSegmentEmit = (kind: InlineSegmentKind, text: string) => void;

export interface InlineReasoningSplitterOptions {
  /** Open/close tag pairs. Default: `<think>`/`</think>` and `<reasoning>`/`</reasoning>`. */
  readonly tags?: ReadonlyArray<readonly [open: string, close: string]>;
  /** The answer starts inside reasoning (the prompt already opened the tag), closed by any close tag. */
  readonly startInReasoning?: boolean;
}

const DEFAULT_TAGS: ReadonlyArray<readonly [string, string]> = [
  ['<think>', '</think>'],
  ['<reasoning>', '</reasoning>'],
];

export class InlineReasoningSplitter {
  private readonly tags: ReadonlyArray<readonly [string, string]>;
  private readonly closes: readonly string[];
  private readonly allTags: readonly string[];
  private mode: InlineSegmentKind;
  /** Close tag that ends the current reasoning block; `undefined` = any close tag (implicit open). */
  private closeTag: string | undefined;
  /** A tail held back because it may be the start of a tag. */
  private pending = '';
  /** Whether any non-whitespace text / reasoning was emitted yet. */
  private readonly started = { text: false, reasoning: false };
  private sawReasoningTag = false;

  constructor(options: InlineReasoningSplitterOptions = {}) {
    this.tags = options.tags ?? DEFAULT_TAGS;
    this.closes = this.tags.map(([, close]) => close);
    this.allTags = this.tags.flat();
    this.mode = options.startInReasoning ? 'reasoning' : 'text';
  }

  /** `true` once any reasoning tag was seen, or reasoning was implied from the start. */
  get sawReasoning(): boolean {
    return this.sawReasoningTag || this.mode === 'reasoning';
  }

  push(delta: string, emit: InlineSegmentEmit): void {
    let rest = this.pending + delta;
    this.pending = '';
    while (rest.length > 0) {
      const tag = this.findNextTag(rest);
      if (tag === undefined) {
        const keep = this.partialTagSuffixLength(rest);
        this.emitSegment(rest.slice(0, rest.length - keep), emit);
        this.pending = rest.slice(rest.length - keep);
        return;
      }
      this.emitSegment(rest.slice(0, tag.index), emit);
      rest = rest.slice(tag.index + tag.text.length);
      this.applyTag(tag);
    }
  }

  flush(emit: InlineSegmentEmit): void {
    // A partial tag at the very end was just text (or reasoning) after all.
    const rest = this.pending;
    this.pending = '';
    this.emitSegment(rest, emit);
  }

  private applyTag(tag: FoundTag): void {
    this.sawReasoningTag = true;
    if (tag.kind === 'open') {
      // An open tag inside reasoning (e.g. the model repeats `<think>` the prompt opened) is dropped.
      if (this.mode === 'text') {
        this.mode = 'reasoning';
        this.closeTag = tag.close;
      }
      return;
    }
    this.mode = 'text';
    this.closeTag = undefined;
  }

  private emitSegment(segment: string, emit: InlineSegmentEmit): void {
    let out = segment;
    if (!this.started[this.mode]) {
      out = out.replace(/^\s+/, '');
      if (out.length === 0) return;
      this.started[this.mode] = true;
    }
    if (out.length > 0) emit(this.mode, out);
  }

  /** Earliest tag in `text` that matters in the current mode. */
  private findNextTag(text: string): FoundTag | undefined {
    let best: FoundTag | undefined;
    const consider = (candidate: string, kind: 'open' | 'close', close: string) => {
      const index = text.indexOf(candidate);
      if (index >= 0 && (best === undefined || index < best.index))
        best = { index, text: candidate, kind, close };
    };
    for (const [open, close] of this.tags) {
      consider(open, 'open', close);
      if (this.mode === 'reasoning' && (this.closeTag === undefined || this.closeTag === close)) {
        consider(close, 'close', close);
      }
    }
    // In text mode a stray close tag (Nemotron's `…</think>` when reasoning was not implied) is dropped too.
    if (this.mode === 'text') for (const close of this.closes) consider(close, 'close', close);
    return best;
  }

  /** Length of the longest suffix of `text` that is a proper prefix of a tag. */
  private partialTagSuffixLength(text: string): number {
    let longest = 0;
    for (const tag of this.allTags) {
      const max = Math.min(tag.length - 1, text.length);
      for (let length = max; length > longest; length--) {
        if (text.endsWith(tag.slice(0, length))) {
          longest = length;
          break;
        }
      }
    }
    return longest;
  }
}

interface FoundTag {
  index: number;
  text: string;
  kind: 'open' | 'close';
  close: string;
}

/** Non-streaming form: the whole answer split at once. */
export function splitInlineReasoning(
  text: string,
  options: InlineReasoningSplitterOptions = {},
): { text: string; reasoning: string; sawReasoning: boolean } {
  const splitter = new InlineReasoningSplitter(options);
  let answer = '';
  let reasoning = '';
  const emit: InlineSegmentEmit = (kind, segment) => {
    if (kind === 'text') answer += segment;
    else reasoning += segment;
  };
  splitter.push(text, emit);
  splitter.flush(emit);
  return { text: answer, reasoning, sawReasoning: splitter.sawReasoning };
}
