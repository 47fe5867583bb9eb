import type { InlineReasoningFormat } from '../catalog/model-catalog-types';

/**
 * Splits the text of a model that writes its reasoning inline (catalog `inlineReasoning`, with its source) into
 * reasoning and answer, chunk by chunk. It runs only for those models, and only where they put their tags: at the
 * start of the answer. Nothing is trimmed or dropped except the tags themselves: `reasoning + text` is the model's
 * text without its tags, character for character, whatever the chunking.
 *
 * - Before the answer starts, whitespace is held; an open tag starts a reasoning block (the whitespace before it goes
 *   with the block); anything else starts the answer, whitespace included, and from then on everything is answer text,
 *   tags or not (a model that mentions `<think>` in its answer keeps it).
 * - An opened block is held until its close tag, then given as reasoning. A block still open when the answer ends was
 *   no reasoning block (Kimi K2 on Converse writes a lone ` <think> ` before its answer: recorded,
 *   packages/emulator/fixtures/bedrock-recorded/converse-kimi-k2-thinking-tool-call.json): it is answer text, unless
 *   the answer was cut by the length limit. A block longer than {@link HELD_BLOCK_LIMIT} is taken as reasoning then and
 *   streams on live, so memory stays bounded.
 * - `startsInside` (DeepSeek-R1, whose prompt opens `<think>`; Nemotron Nano 9B v2): the text starts as reasoning,
 *   streamed live, up to the first close tag; an open tag right at its start is the model repeating the prompt's.
 * - Whitespace after a close tag is the separator the model writes between reasoning and answer: up to its last line
 *   break (all of it when it has none) it goes with the reasoning; the rest, the indentation of the answer's first
 *   line, stays with the answer. Another open tag after it starts another block (Kimi wraps each reasoning delta in
 *   its own pair).
 */
export type InlineSegmentKind = 'text' | 'reasoning';
export type InlineSegmentEmit = (kind: InlineSegmentKind, text: string) => void;

/** Characters of an opened block held back before it is taken as reasoning and streamed live. */
export const HELD_BLOCK_LIMIT = 32_768;

type State =
  | { kind: 'prelude' }
  | { kind: 'held'; close: string }
  | { kind: 'live'; closes: readonly string[]; atStart: boolean }
  | { kind: 'separator' }
  | { kind: 'answer' };

const TAGS = { think: ['<think>', '</think>'], reasoning: ['<reasoning>', '</reasoning>'] } as const;

export class InlineReasoningSplitter {
  private readonly pairs: ReadonlyArray<readonly [string, string]>;
  private readonly opens: readonly string[];
  private readonly closes: readonly string[];
  private state: State;
  /** Text not yet given out: held whitespace, a held block, or a tail that may be the start of a tag. */
  private buffer = '';

  constructor(format: InlineReasoningFormat) {
    this.pairs = format.tags.map(tag => TAGS[tag]);
    this.opens = this.pairs.map(([open]) => open);
    this.closes = this.pairs.map(([, close]) => close);
    this.state = format.startsInside
      ? { kind: 'live', closes: this.closes, atStart: true }
      : { kind: 'prelude' };
  }

  push(delta: string, emit: InlineSegmentEmit): void {
    if (this.state.kind === 'answer') {
      if (delta) emit('text', delta);
      return;
    }
    this.buffer += delta;
    this.drain(emit);
  }

  /** The answer ended; `cut`: by the length limit (an open block is then reasoning, not answer). */
  flush(emit: InlineSegmentEmit, options: { cut?: boolean } = {}): void {
    this.drain(emit, true);
    const rest = this.buffer;
    this.buffer = '';
    if (!rest) return;
    switch (this.state.kind) {
      case 'prelude':
      case 'answer':
        emit('text', rest);
        return;
      case 'held':
        emit(options.cut ? 'reasoning' : 'text', rest);
        return;
      case 'live':
      case 'separator':
        emit('reasoning', rest);
        return;
    }
  }

  /** Gives out what is decided; `final`: no more text comes, so a partial tag is just text. */
  private drain(emit: InlineSegmentEmit, final = false): void {
    for (;;) {
      const state = this.state;
      const text = this.buffer;
      if (state.kind === 'answer') {
        this.buffer = '';
        if (text) emit('text', text);
        return;
      }
      if (state.kind === 'prelude' || state.kind === 'separator') {
        const start = text.search(/\S/);
        if (start < 0) return; // only whitespace so far
        const rest = text.slice(start);
        const open = this.opens.find(tag => rest.startsWith(tag));
        if (open) {
          // The whitespace before the tag goes with the block.
          const close = this.pairs.find(([o]) => o === open)![1];
          if (state.kind === 'separator' && start > 0) emit('reasoning', text.slice(0, start));
          this.buffer = (state.kind === 'prelude' ? text.slice(0, start) : '') + rest.slice(open.length);
          this.state = { kind: 'held', close };
          continue;
        }
        if (!final && this.opens.some(tag => tag.startsWith(rest))) return; // may still become an open tag
        if (state.kind === 'separator') {
          const ws = text.slice(0, start);
          const lineBreak = ws.lastIndexOf('\n');
          const split = lineBreak < 0 ? ws.length : lineBreak + 1;
          if (split > 0) emit('reasoning', ws.slice(0, split));
          this.buffer = text.slice(split);
        }
        this.state = { kind: 'answer' };
        continue;
      }
      if (state.kind === 'held') {
        const index = text.indexOf(state.close);
        if (index >= 0) {
          if (index > 0) emit('reasoning', text.slice(0, index));
          this.buffer = text.slice(index + state.close.length);
          this.state = { kind: 'separator' };
          continue;
        }
        if (text.length > HELD_BLOCK_LIMIT) {
          const keep = partialSuffix(text, [state.close]);
          emit('reasoning', text.slice(0, text.length - keep));
          this.buffer = text.slice(text.length - keep);
          this.state = { kind: 'live', closes: [state.close], atStart: false };
        }
        return;
      }
      // live reasoning
      if (state.atStart) {
        const start = text.search(/\S/);
        if (start < 0) return;
        const rest = text.slice(start);
        const open = this.opens.find(tag => rest.startsWith(tag));
        if (!open && !final && this.opens.some(tag => tag.startsWith(rest))) return;
        this.state = { ...state, atStart: false };
        if (open) {
          if (start > 0) emit('reasoning', text.slice(0, start));
          this.buffer = rest.slice(open.length);
        }
        continue;
      }
      let found: { index: number; tag: string } | undefined;
      for (const close of state.closes) {
        const index = text.indexOf(close);
        if (index >= 0 && (found === undefined || index < found.index)) found = { index, tag: close };
      }
      if (found) {
        if (found.index > 0) emit('reasoning', text.slice(0, found.index));
        this.buffer = text.slice(found.index + found.tag.length);
        this.state = { kind: 'separator' };
        continue;
      }
      const keep = final ? 0 : partialSuffix(text, state.closes);
      if (text.length > keep) emit('reasoning', text.slice(0, text.length - keep));
      this.buffer = text.slice(text.length - keep);
      return;
    }
  }
}

/** Length of the longest suffix of `text` that is a proper prefix of one of `tags`. */
function partialSuffix(text: string, tags: readonly string[]): number {
  let longest = 0;
  for (const tag of tags) {
    for (let length = Math.min(tag.length - 1, text.length); length > longest; length--) {
      if (text.endsWith(tag.slice(0, length))) {
        longest = length;
        break;
      }
    }
  }
  return longest;
}

/** Non-streaming form: the whole answer split at once, exactly as the stream would split it. */
export function splitInlineReasoning(
  text: string,
  format: InlineReasoningFormat,
  options: { cut?: boolean } = {},
): { text: string; reasoning: string } {
  const splitter = new InlineReasoningSplitter(format);
  let answer = '';
  let reasoning = '';
  const emit: InlineSegmentEmit = (kind, segment) => {
    if (kind === 'text') answer += segment;
    else reasoning += segment;
  };
  splitter.push(text, emit);
  splitter.flush(emit, options);
  return { text: answer, reasoning };
}
