import type { LanguageModelV1FinishReason } from '@ai-sdk/provider';

/** @see https://docs.anthropic.com/en/api/messages (stop_reason) and https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html */
export function mapAnthropicFinishReason(stopReason: string | null | undefined): LanguageModelV1FinishReason {
  switch (stopReason) {
    case 'end_turn':
    case 'stop_sequence':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool-calls';
    case 'refusal':
      return 'content-filter';
    case null:
    case undefined:
      return 'unknown';
    default:
      return 'other';
  }
}
