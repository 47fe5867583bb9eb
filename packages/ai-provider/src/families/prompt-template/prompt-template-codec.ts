import {
  InvalidPromptError,
  type LanguageModelV1Prompt,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';
import type { InlineReasoningFormat } from '../../catalog/model-catalog-types';
import type {
  BedrockCodec,
  CodecContext,
  CodecStreamDecoder,
  CodecStreamFinish,
  StreamEmit,
} from '../../core/codec-contract';
import type { CoreWarning } from '../../core/core-parts';
import type { Shape } from '../../core/response-shape';
import { TrailingEndings, withoutEnding } from '../../core/trailing-endings';
import { neutralizeSpecialTokens, type SpecialTokens } from '../../prompt/special-tokens';
import { InlineReasoningSplitter, splitInlineReasoning } from '../../reasoning/inline-reasoning-splitter';
import { inlineSegmentEmitter } from '../../reasoning/inline-segment-emitter';

/** One turn of a templated prompt, after system messages are gathered. */
export interface TemplateTurn {
  role: 'user' | 'assistant';
  text: string;
  images: number;
}

/**
 * A family whose InvokeModel body is one `prompt` string (Llama, Mistral text completion, DeepSeek-R1). The family
 * gives its template, its keys and how its answer and chunks read; everything else is shared here.
 */
export interface PromptTemplateFamily {
  render(system: string[], turns: TemplateTurn[], ctx: CodecContext): string;
  /** The template's special tokens (with their source): message text never becomes one. */
  specialTokens: SpecialTokens;
  maxTokensKey: string;
  /** Body key of stop sequences; `undefined`: the family has none (Llama), a warning is given. */
  stopKey?: string;
  /** The body takes `top_k` (Mistral). */
  acceptsTopK?: boolean;
  /** Extra body fields (e.g. Llama's `images`). */
  extraFields?(prompt: LanguageModelV1Prompt, ctx: CodecContext): Record<string, unknown>;
  /** The fields `read` uses, with their types: an answer and a stream chunk have the same (response-shape.ts). */
  shape: Shape;
  /** Text, stop reason and token counts of an answer or of one stream chunk. */
  read(body: unknown): {
    text?: string;
    stopReason?: string | null;
    promptTokens?: number;
    completionTokens?: number;
  };
  /** Special tokens some models echo at the end of their answer, removed (Llama 4 echoing `<|eot|>`). */
  trailingTokens?: readonly string[];
}

/** What becomes of message text that holds a special token; `undefined` keeps the text as it is. */
export type TemplateTextGuard = (text: string, index: number, role: string) => string;

/**
 * Gathers system text and turns (tool parts are not expressible in a prompt body: the caller routes those to
 * Converse). `guard` sees the whole text of each message (its parts joined), so a token split across two parts is
 * still found; joining messages with blank lines and the template's own markers cannot form a token.
 */
export function templateTurns(
  prompt: LanguageModelV1Prompt,
  warnings: CoreWarning[],
  guard: TemplateTextGuard = text => text,
): { system: string[]; turns: TemplateTurn[] } {
  const system: string[] = [];
  const turns: TemplateTurn[] = [];
  let droppedReasoning = false;
  for (const [index, message] of prompt.entries()) {
    if (message.role === 'system') {
      system.push(guard(message.content, index, 'system'));
      continue;
    }
    if (message.role === 'tool') {
      throw new UnsupportedFunctionalityError({
        functionality: 'tool results',
        message: 'This family has no tools on InvokeModel; use the Converse API.',
      });
    }
    let text = '';
    let images = 0;
    for (const part of message.content) {
      if (part.type === 'text') text += part.text;
      else if (part.type === 'image' || (part.type === 'file' && part.mimeType.startsWith('image/')))
        images++;
      else if (part.type === 'reasoning' || part.type === 'redacted-reasoning') droppedReasoning = true;
      else
        throw new UnsupportedFunctionalityError({
          functionality: part.type,
          message: `This family cannot take ${part.type} parts on InvokeModel.`,
        });
    }
    text = guard(text, index, message.role);
    const last = turns.at(-1);
    if (last?.role === message.role) {
      last.text += `\n\n${text}`;
      last.images += images;
    } else turns.push({ role: message.role, text, images });
  }
  if (droppedReasoning)
    warnings.push({ type: 'other', message: 'Earlier reasoning is not sent back to this model.' });
  return { system, turns };
}

export function createPromptTemplateCodec(family: PromptTemplateFamily): BedrockCodec {
  return {
    api: 'invoke',
    shapes: { response: family.shape, chunk: family.shape },
    buildRequest(ctx) {
      const { options, warnings } = ctx;
      if (options.tools.length > 0) {
        throw new UnsupportedFunctionalityError({
          functionality: 'tools',
          message: `${ctx.model.entry.name} has no tools on InvokeModel; use the Converse API.`,
        });
      }
      const { system, turns } = templateTurns(
        options.prompt,
        warnings,
        specialTokenGuard(family.specialTokens, ctx),
      );
      const body: Record<string, unknown> = {
        prompt: family.render(system, turns, ctx),
        [family.maxTokensKey]: options.maxTokens,
      };
      if (options.temperature !== undefined) body.temperature = options.temperature;
      if (options.topP !== undefined) body.top_p = options.topP;
      for (const setting of ['topK', 'seed', 'presencePenalty', 'frequencyPenalty'] as const) {
        if (options[setting] === undefined) continue;
        if (setting === 'topK' && family.acceptsTopK) body.top_k = options.topK;
        else warnings.push({ type: 'unsupported-setting', setting });
      }
      if (options.stopSequences) {
        if (family.stopKey) body[family.stopKey] = [...options.stopSequences];
        else
          warnings.push({
            type: 'unsupported-setting',
            setting: 'stopSequences',
            details: `${ctx.model.entry.name} cannot stop on sequences on InvokeModel (use the Converse API).`,
          });
      }
      return {
        body: {
          ...body,
          ...family.extraFields?.(options.prompt, ctx),
          ...options.providerOptions.additionalModelRequestFields,
        },
      };
    },
    parseResponse(response, ctx) {
      const read = family.read(response);
      // One echoed end-of-turn token at most, as the stream decoder drops one.
      const { text } = withoutEnding(read.text ?? '', family.trailingTokens ?? []);
      // Only a model that writes reasoning inline has its text parsed (catalog `inlineReasoning`); others as sent.
      const inline = ctx.model.entry.inlineReasoning?.invoke;
      const split = inline
        ? splitInlineReasoning(text, inline, { cut: read.stopReason === 'length' })
        : { text, reasoning: '' };
      return {
        text: split.text || undefined,
        reasoning: split.reasoning ? [{ type: 'text', text: split.reasoning }] : undefined,
        finishReason: templateFinishReason(read.stopReason),
        rawFinishReason: read.stopReason ?? undefined,
        usage: {
          promptTokens: read.promptTokens ?? Number.NaN,
          completionTokens: read.completionTokens ?? Number.NaN,
        },
      };
    },
    createStreamDecoder: ctx =>
      new PromptTemplateStreamDecoder(family, ctx.model.entry.inlineReasoning?.invoke),
  };
}

/**
 * Message text never produces a special token of the template: by default each one found is broken with a zero-width
 * space after its first character (the text reads the same) and a warning names it; with
 * `providerOptions.bedrockWrapper.specialTokens: 'refuse'` the call fails with an `InvalidPromptError` instead.
 */
function specialTokenGuard(special: SpecialTokens, ctx: CodecContext): TemplateTextGuard {
  const refuse = ctx.options.providerOptions.specialTokens === 'refuse';
  const name = ctx.model.entry.name;
  return (text, index, role) => {
    const { text: safe, found } = neutralizeSpecialTokens(text, special);
    if (found.length === 0) return text;
    const unique = [...new Set(found)];
    const what = `${unique.length === 1 ? 'a special token' : 'special tokens'} of the ${name} prompt template (${unique.map(token => JSON.stringify(token)).join(', ')})`;
    const where = `Message ${index + 1} (${role})`;
    if (refuse) {
      throw new InvalidPromptError({
        prompt: ctx.options.prompt,
        message: `${where} contains ${what}; it could forge a turn, so the call was refused (providerOptions.bedrockWrapper.specialTokens is 'refuse').`,
      });
    }
    ctx.warnings.push({
      type: 'other',
      message: `${where} contains ${what}; a zero-width space (U+200B) was inserted after its first character so it stays plain text. Set providerOptions.bedrockWrapper.specialTokens to 'refuse' to refuse such prompts instead.`,
    });
    return safe;
  };
}

/**
 * The templated families' stop reasons (`stop`/`length` for Llama, Mistral and DeepSeek-R1 alike, as their family
 * `read` gives them): `length` is a cut answer, any other stated reason an end; none stated is unknown.
 */
function templateFinishReason(stopReason: string | null | undefined): 'stop' | 'length' | 'unknown' {
  if (stopReason === 'length') return 'length';
  return stopReason ? 'stop' : 'unknown';
}

class PromptTemplateStreamDecoder implements CodecStreamDecoder {
  private readonly splitter: InlineReasoningSplitter | undefined;
  private stopReason: string | null | undefined;
  private promptTokens = Number.NaN;
  private completionTokens = Number.NaN;
  /** Holds back text that may be the start of a trailing special token. */
  private readonly endings: TrailingEndings;

  constructor(
    private readonly family: PromptTemplateFamily,
    inline: InlineReasoningFormat | undefined,
  ) {
    this.splitter = inline ? new InlineReasoningSplitter(inline) : undefined;
    this.endings = new TrailingEndings(family.trailingTokens ?? []);
  }

  push(raw: unknown, emit: StreamEmit): void {
    const read = this.family.read(raw);
    if (read.promptTokens !== undefined) this.promptTokens = read.promptTokens;
    if (read.completionTokens !== undefined) this.completionTokens = read.completionTokens;
    if (read.stopReason) this.stopReason = read.stopReason;
    if (read.text) this.forward(read.text, emit);
  }

  private forward(text: string, emit: StreamEmit): void {
    const out = this.endings.push(text);
    if (out) this.text(out, emit);
  }

  private text(text: string, emit: StreamEmit): void {
    if (!this.splitter) emit({ type: 'text-delta', textDelta: text });
    else this.splitter.push(text, inlineSegmentEmitter(emit));
  }

  flush(emit: StreamEmit): CodecStreamFinish {
    // A held-back piece that turned out to be a whole trailing token is dropped; anything else is text.
    const rest = this.endings.flush();
    if (rest) this.text(rest, emit);
    this.splitter?.flush(inlineSegmentEmitter(emit), { cut: this.stopReason === 'length' });
    return {
      finishReason: templateFinishReason(this.stopReason),
      rawFinishReason: this.stopReason ?? undefined,
      usage: { promptTokens: this.promptTokens, completionTokens: this.completionTokens },
    };
  }
}
