import type { LanguageModelV1FinishReason } from '@ai-sdk/provider';

/** @see https://platform.openai.com/docs/api-reference/chat/object (finish_reason) */
export function mapOpenAIChatFinishReason(reason: string | null | undefined): LanguageModelV1FinishReason {
  switch (reason) {
    case 'stop':
      return 'stop';
    case 'length':
      return 'length';
    case 'tool_calls':
    case 'function_call':
      return 'tool-calls';
    case 'content_filter':
      return 'content-filter';
    case null:
    case undefined:
      return 'unknown';
    default:
      return 'other';
  }
}
