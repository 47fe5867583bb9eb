import type { LanguageModelV1FinishReason } from '@ai-sdk/provider';

/** @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_MessageStopEvent.html (stopReason) */
export function mapConverseStopReason(stopReason: string | undefined): LanguageModelV1FinishReason {
  switch (stopReason) {
    case 'end_turn':
    case 'stop_sequence':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool-calls';
    case 'guardrail_intervened':
    case 'content_filtered':
      return 'content-filter';
    case 'malformed_model_output':
    case 'malformed_tool_use':
      return 'error';
    case undefined:
      return 'unknown';
    default:
      return 'other';
  }
}
