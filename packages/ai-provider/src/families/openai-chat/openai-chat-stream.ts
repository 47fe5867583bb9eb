import type { LanguageModelV1FinishReason } from '@ai-sdk/provider';
import type {
  CodecContext,
  CodecStreamDecoder,
  CodecStreamFinish,
  StreamEmit,
} from '../../core/codec-contract';
import { InlineReasoningSplitter, type InlineSegmentKind } from '../../reasoning/inline-reasoning-splitter';
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
  private usage = { promptTokens: Number.NaN, completionTokens: Number.NaN };
  private readonly tools = new Map<number, { id: string; name: string; args: string }>();

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
      if (this.splitter) this.splitter.push(delta.content, (kind, text) => emit(inlinePart(kind, text)));
      else emit({ type: 'text-delta', textDelta: delta.content });
    }
    for (const call of delta?.tool_calls ?? []) {
      const index = call.index ?? 0;
      let tool = this.tools.get(index);
      if (!tool) {
        tool = { id: call.id ?? this.ctx.generateId(), name: call.function?.name ?? '', args: '' };
        this.tools.set(index, tool);
      }
      const fragment = call.function?.arguments;
      if (fragment) {
        tool.args += fragment;
        emit({
          type: 'tool-call-delta',
          toolCallType: 'function',
          toolCallId: tool.id,
          toolName: tool.name,
          argsTextDelta: fragment,
        });
      }
    }
    if (choice?.finish_reason) {
      this.finishReason = mapOpenAIChatFinishReason(choice.finish_reason);
      this.rawFinishReason = choice.finish_reason;
    }
    if (chunk.usage)
      this.usage = {
        promptTokens: chunk.usage.prompt_tokens ?? Number.NaN,
        completionTokens: chunk.usage.completion_tokens ?? Number.NaN,
      };
  }

  flush(emit: StreamEmit): CodecStreamFinish {
    this.splitter?.flush((kind, text) => emit(inlinePart(kind, text)), {
      cut: this.rawFinishReason === 'length',
    });
    for (const tool of this.tools.values()) {
      emit({
        type: 'tool-call',
        toolCallType: 'function',
        toolCallId: tool.id,
        toolName: tool.name,
        args: tool.args || '{}',
      });
    }
    this.tools.clear();
    return {
      finishReason: this.finishReason,
      usage: this.usage,
    };
  }
}

function inlinePart(kind: InlineSegmentKind, textDelta: string) {
  return kind === 'text'
    ? ({ type: 'text-delta', textDelta } as const)
    : ({ type: 'reasoning', textDelta } as const);
}
