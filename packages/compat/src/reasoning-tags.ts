import type { ModelFamily } from '@bedrock-wrapper/ai-provider';

export interface ReasoningTags {
  readonly open: string;
  readonly close: string;
  /** Written between the closing tag and the answer. */
  readonly separator: string;
}

/**
 * Claude's legacy form, `<think>…</think>\n\n` then the answer, and gpt-oss's, `<reasoning>…</reasoning>answer`, as
 * the legacy wrapper printed them against real Bedrock:
 * https://github.com/jparkerweb/bedrock-wrapper/blob/main/test-models-output.txt
 */
const THINK: ReasoningTags = { open: '<think>', close: '</think>', separator: '\n\n' };
const REASONING: ReasoningTags = { open: '<reasoning>', close: '</reasoning>', separator: '' };

/**
 * The tags around reasoning in the text when `include_thinking_data` is set. `<think>` for the families with a body of
 * their own (Claude as in the legacy README; DeepSeek-R1's own tag); every other family, the models served by
 * Bedrock's OpenAI-chat backend and any family added later, gets `<reasoning>`, as the legacy wrapper printed for
 * gpt-oss (its README) and Kimi (its `-Thinking` entry). A new family with tags of its own is listed here.
 */
const THINK_FAMILIES: ReadonlySet<ModelFamily> = new Set<ModelFamily>([
  'anthropic',
  'llama3',
  'llama4',
  'mistral-prompt',
  'nova',
  'deepseek-r1',
]);

export function reasoningTagsFor(family: ModelFamily | undefined): ReasoningTags {
  return family === undefined || THINK_FAMILIES.has(family) ? THINK : REASONING;
}

/**
 * Frames streamed reasoning and text into the legacy text stream: with `include` the reasoning is written inside the
 * tags (opened at its first delta, closed before the first text that follows or at the end); without it, reasoning is
 * dropped. The provider keeps every character of the model's reasoning, including the whitespace it writes around its
 * tags; the legacy form has none inside the tags, so leading whitespace is skipped and trailing whitespace held back
 * until more reasoning follows. Never returns an empty chunk.
 */
export class ReasoningFramer {
  private open = false;
  /** Whitespace at the end of the reasoning so far: written only if more reasoning follows. */
  private space = '';

  constructor(
    private readonly tags: ReasoningTags,
    private readonly include: boolean,
  ) {}

  reasoning(delta: string): string | undefined {
    if (!this.include || delta.length === 0) return undefined;
    const body = this.open ? delta : delta.replace(/^\s+/, '');
    const trailing = /\s*$/.exec(body)?.[0] ?? '';
    const core = body.slice(0, body.length - trailing.length);
    if (core.length === 0) {
      if (this.open) this.space += trailing;
      return undefined;
    }
    const out = this.open ? this.space + core : this.tags.open + core;
    this.open = true;
    this.space = trailing;
    return out;
  }

  text(delta: string): string | undefined {
    if (delta.length === 0) return undefined;
    if (this.open) {
      this.open = false;
      this.space = '';
      return this.tags.close + this.tags.separator + delta;
    }
    return delta;
  }

  /** Closes a reasoning block the answer never followed (the stream ended while the model was still thinking). */
  end(): string | undefined {
    if (!this.open) return undefined;
    this.open = false;
    this.space = '';
    return this.tags.close;
  }

  /** The whole answer at once: reasoning in its tags, then the text. */
  whole(reasoning: string, text: string): string {
    const trimmed = reasoning.trim();
    if (!this.include || trimmed.length === 0) return text;
    return this.tags.open + trimmed + this.tags.close + (text ? this.tags.separator + text : '');
  }
}
