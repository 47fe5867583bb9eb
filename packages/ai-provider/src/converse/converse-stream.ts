import type { JSONObject } from '@ai-sdk/provider';
import type {
  CodecContext,
  CodecFinishReason,
  CodecStreamDecoder,
  CodecStreamFinish,
  StreamEmit,
} from '../core/codec-contract';
import { StreamedToolCalls } from '../core/streamed-tool-calls';
import { InlineReasoningSplitter } from '../reasoning/inline-reasoning-splitter';
import { inlineSegmentEmitter } from '../reasoning/inline-segment-emitter';
import type { ConverseOutput } from './converse-api';
import { converseMetadata } from './converse-metadata';
import { mapConverseStopReason } from './map-converse-stop-reason';
import { isReasoningOnlyAnswer } from './reasoning-only-answer';
import { redactedContentBase64 } from './redacted-content-base64';

interface StreamEvent {
  contentBlockStart?: {
    contentBlockIndex?: number;
    start?: { toolUse?: { toolUseId?: string; name?: string } };
  };
  contentBlockDelta?: {
    contentBlockIndex?: number;
    delta?: {
      text?: string;
      toolUse?: { input?: string };
      // Bytes from the SDK, base64 from the provider's own event-stream decoding (bedrock-stream-events.ts).
      reasoningContent?: { text?: string; signature?: string; redactedContent?: Uint8Array | string };
    };
  };
  contentBlockStop?: { contentBlockIndex?: number };
  messageStop?: {
    stopReason?: string;
    additionalModelResponseFields?: ConverseOutput['additionalModelResponseFields'];
  };
  metadata?: Pick<ConverseOutput, 'usage' | 'metrics' | 'trace'>;
}

/** ConverseStream events (as the AWS SDK decodes them) -> V1 parts, constant work per event. */
export class ConverseStreamDecoder implements CodecStreamDecoder {
  private finishReason: CodecFinishReason = 'unknown';
  private rawFinishReason: string | undefined;
  private metadata: Pick<ConverseOutput, 'usage' | 'metrics' | 'trace' | 'additionalModelResponseFields'> =
    {};
  private readonly tools = new StreamedToolCalls();
  private readonly splitter: InlineReasoningSplitter | undefined;
  private reasoningOpen = false;
  // What isReasoningOnlyAnswer needs at the end; the reasoning text is kept only until the first text or tool call.
  private hasText = false;
  private hasToolCalls = false;
  private signed = false;
  private unansweredReasoning = '';

  constructor(private readonly ctx: CodecContext) {
    const inline = ctx.model.entry.inlineReasoning?.converse;
    this.splitter = inline ? new InlineReasoningSplitter(inline) : undefined;
  }

  push(raw: unknown, emit: StreamEmit): void {
    const event = raw as StreamEvent;
    if (event.contentBlockStart?.start?.toolUse) {
      const { toolUseId, name } = event.contentBlockStart.start.toolUse;
      this.hasToolCalls = true;
      this.unansweredReasoning = '';
      this.tools.start(
        event.contentBlockStart.contentBlockIndex ?? 0,
        toolUseId ?? this.ctx.generateId(),
        this.ctx.converse.repairToolName?.(name ?? '') ?? name ?? '',
      );
    } else if (event.contentBlockDelta) {
      const { delta, contentBlockIndex = 0 } = event.contentBlockDelta;
      if (delta?.text) {
        this.hasText = true;
        this.unansweredReasoning = '';
        if (this.splitter) this.splitter.push(delta.text, inlineSegmentEmitter(emit));
        else emit({ type: 'text-delta', textDelta: delta.text });
      } else if (delta?.toolUse) this.tools.append(contentBlockIndex, delta.toolUse.input, emit);
      else if (delta?.reasoningContent) {
        const thought = delta.reasoningContent;
        if (thought.text) {
          this.reasoningOpen = true;
          if (!this.hasText && !this.hasToolCalls) this.unansweredReasoning += thought.text;
          emit({ type: 'reasoning', textDelta: thought.text });
        } else if (thought.signature) {
          this.signed = true;
          // ai@4 rejects a signature without reasoning before it (ai@4.3's streamText, vercel/ai packages/ai/core/generate-text/run-tools-transformation.ts).
          if (this.reasoningOpen) emit({ type: 'reasoning-signature', signature: thought.signature });
          this.reasoningOpen = false;
        } else if (thought.redactedContent) {
          this.signed = true;
          emit({ type: 'redacted-reasoning', data: redactedContentBase64(thought.redactedContent) });
        }
      }
    } else if (event.contentBlockStop) this.tools.end(event.contentBlockStop.contentBlockIndex ?? 0, emit);
    else if (event.messageStop) {
      this.finishReason = mapConverseStopReason(event.messageStop.stopReason);
      this.rawFinishReason = event.messageStop.stopReason;
      this.metadata.additionalModelResponseFields = event.messageStop.additionalModelResponseFields;
    } else if (event.metadata) {
      this.metadata = { ...this.metadata, ...event.metadata };
    }
  }

  flush(emit: StreamEmit): CodecStreamFinish {
    this.splitter?.flush(inlineSegmentEmitter(emit), { cut: this.rawFinishReason === 'max_tokens' });
    if (
      isReasoningOnlyAnswer({
        hasText: this.hasText,
        hasToolCalls: this.hasToolCalls,
        stopReason: this.rawFinishReason,
        reasoningText: this.unansweredReasoning,
        signed: this.signed,
      })
    )
      // The reasoning already streamed as reasoning; the answer it was is given as text too, as generateText gives it.
      emit({ type: 'text-delta', textDelta: this.unansweredReasoning });
    const usage = this.metadata.usage;
    return {
      finishReason: this.finishReason,
      rawFinishReason: this.rawFinishReason,
      usage: {
        promptTokens: usage?.inputTokens ?? Number.NaN,
        completionTokens: usage?.outputTokens ?? Number.NaN,
        raw: usage as JSONObject | undefined,
      },
      providerMetadata: converseMetadata(this.metadata),
    };
  }
}
