import type { JSONObject, LanguageModelV1FinishReason } from '@ai-sdk/provider';
import type {
  CodecContext,
  CodecStreamDecoder,
  CodecStreamFinish,
  CodecUsage,
  StreamEmit,
} from '../../core/codec-contract';
import { StreamedToolCalls } from '../../core/streamed-tool-calls';
import { InlineReasoningSplitter } from '../../reasoning/inline-reasoning-splitter';
import { inlineSegmentEmitter } from '../../reasoning/inline-segment-emitter';
import { mapOpenAIChatFinishReason } from './map-openai-chat-finish-reason';
import type { OpenAIChatResponse } from './openai-chat-api';

/**
 * chat.completion.chunk deltas -> V1 parts. Inline reasoning tags may be cut anywhere across chunks (the splitter
 * holds back at most a tag's length); tool-call arguments arrive as fragments per `index` and become one tool-call
 * when the answer finishes.
 */
export class OpenAIChatStreamDecoder implements CodecStreamDecoder {
  private readonly splitter: InlineReasoningSplitter | undefined;
  private rawFinishReason: string | undefined;
  private finishReason: LanguageModelV1FinishReason = 'unknown';
  private usage: CodecUsage = { promptTokens: Number.NaN, completionTokens: Number.NaN };
  private readonly tools = new StreamedToolCalls();

  constructor(private readonly ctx: CodecContext) {
    const inline = ctx.model.entry.inlineReasoning?.invoke;
    this.splitter = inline ? new InlineReasoningSplitter(inline) : undefined;
  }

  push(raw: unknown, emit: StreamEmit): void {
    const chunk = raw as OpenAIChatResponse;
    const choice = chunk.choices?.[0];
    const delta = choice?.delta;
    if (delta?.reasoning_content) emit({ type: 'reasoning', textDelta: delta.reasoning_content });
    if (delta?.content) {
      if (this.splitter) this.splitter.push(delta.content, inlineSegmentEmitter(emit));
      else emit({ type: 'text-delta', textDelta: delta.content });
    }
    for (const call of delta?.tool_calls ?? []) {
      const index = call.index ?? 0;
      // The first fragment of a call names it; later ones carry only arguments.
      if (!this.tools.has(index))
        this.tools.start(index, call.id ?? this.ctx.generateId(), call.function?.name ?? '');
      this.tools.append(index, call.function?.arguments, emit);
    }
    if (choice?.finish_reason) {
      this.finishReason = mapOpenAIChatFinishReason(choice.finish_reason);
      this.rawFinishReason = choice.finish_reason;
    }
    if (chunk.usage)
      this.usage = {
        promptTokens: chunk.usage.prompt_tokens ?? Number.NaN,
        completionTokens: chunk.usage.completion_tokens ?? Number.NaN,
        raw: chunk.usage as JSONObject,
      };
  }

  flush(emit: StreamEmit): CodecStreamFinish {
    this.splitter?.flush(inlineSegmentEmitter(emit), {
      cut: this.rawFinishReason === 'length',
    });
    // chat.completion chunks never close a call on its own: every call is complete when the answer is.
    this.tools.endAll(emit);
    return {
      finishReason: this.finishReason,
      rawFinishReason: this.rawFinishReason,
      usage: this.usage,
    };
  }
}
