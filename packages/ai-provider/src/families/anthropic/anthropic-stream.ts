import type { JSONObject, JSONValue, LanguageModelV1FinishReason } from '@ai-sdk/provider';
import type { CodecStreamDecoder, CodecStreamFinish, StreamEmit } from '../../core/codec-contract';
import { StreamedToolCalls } from '../../core/streamed-tool-calls';
import type { AnthropicResponseBody } from './anthropic-api';
import { mapAnthropicFinishReason } from './map-anthropic-finish-reason';

interface ChunkShape {
  type?: string;
  index?: number;
  message?: AnthropicResponseBody;
  content_block?: { type?: string; id?: string; name?: string; data?: string };
  delta?: {
    type?: string;
    text?: string;
    thinking?: string;
    signature?: string;
    partial_json?: string;
    stop_reason?: string | null;
    stop_sequence?: string | null;
  };
  usage?: { output_tokens?: number; cache_creation_input_tokens?: number; cache_read_input_tokens?: number };
}

/**
 * Claude's InvokeModelWithResponseStream chunks (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html; fixtures imwrs-claude-*.json) -> V1 parts: text
 * deltas, reasoning deltas then the signature that closes them, redacted reasoning, tool-call deltas and one
 * tool-call per tool_use block (its input JSON is the only thing buffered, per open block).
 */
export class AnthropicStreamDecoder implements CodecStreamDecoder {
  private finishReason: LanguageModelV1FinishReason = 'unknown';
  private rawFinishReason: string | undefined;
  private inputTokens = Number.NaN;
  private outputTokens = Number.NaN;
  private usage: AnthropicResponseBody['usage'];
  private stopSequence: string | null = null;
  private readonly tools = new StreamedToolCalls();

  push(raw: unknown, emit: StreamEmit): void {
    const chunk = raw as ChunkShape;
    switch (chunk.type) {
      case 'message_start':
        this.usage = chunk.message?.usage;
        this.inputTokens = chunk.message?.usage?.input_tokens ?? Number.NaN;
        emit({ type: 'response-metadata', id: chunk.message?.id, modelId: chunk.message?.model });
        break;
      case 'content_block_start': {
        const block = chunk.content_block;
        if (block?.type === 'tool_use') this.tools.start(chunk.index ?? 0, block.id ?? '', block.name ?? '');
        else if (block?.type === 'redacted_thinking' && block.data)
          emit({ type: 'redacted-reasoning', data: block.data });
        break;
      }
      case 'content_block_delta': {
        const delta = chunk.delta;
        if (delta?.type === 'text_delta' && delta.text) emit({ type: 'text-delta', textDelta: delta.text });
        else if (delta?.type === 'thinking_delta' && delta.thinking)
          emit({ type: 'reasoning', textDelta: delta.thinking });
        else if (delta?.type === 'signature_delta' && delta.signature)
          emit({ type: 'reasoning-signature', signature: delta.signature });
        else if (delta?.type === 'input_json_delta')
          this.tools.append(chunk.index ?? 0, delta.partial_json, emit);
        break;
      }
      case 'content_block_stop':
        this.tools.end(chunk.index ?? 0, emit);
        break;
      case 'message_delta':
        this.finishReason = mapAnthropicFinishReason(chunk.delta?.stop_reason);
        this.rawFinishReason = chunk.delta?.stop_reason ?? undefined;
        this.stopSequence = chunk.delta?.stop_sequence ?? null;
        if (chunk.usage?.output_tokens !== undefined) this.outputTokens = chunk.usage.output_tokens;
        // message_delta's counts are cumulative (https://docs.anthropic.com/en/docs/build-with-claude/streaming): those
        // given there (the output count, and cache counts where sent) replace message_start's.
        if (chunk.usage) this.usage = { ...this.usage, ...chunk.usage };
        break;
    }
  }

  flush(): CodecStreamFinish {
    const providerMetadata: Record<string, JSONValue> = {
      ...anthropicUsageMetadata(this.usage),
      stopSequence: this.stopSequence,
    };
    return {
      finishReason: this.finishReason,
      rawFinishReason: this.rawFinishReason,
      usage: {
        promptTokens: this.inputTokens,
        completionTokens: this.outputTokens,
        raw: this.usage as JSONObject | undefined,
      },
      providerMetadata,
    };
  }
}

/** Prompt-cache token counts of Claude's usage (invoke-claude-3-5-haiku-prompt-cache.json). */
export function anthropicUsageMetadata(usage: AnthropicResponseBody['usage']): Record<string, JSONValue> {
  const out: Record<string, JSONValue> = {};
  if (usage?.cache_creation_input_tokens !== undefined)
    out.cacheWriteInputTokens = usage.cache_creation_input_tokens;
  if (usage?.cache_read_input_tokens !== undefined) out.cacheReadInputTokens = usage.cache_read_input_tokens;
  return out;
}
