import type { CodecFinishReason } from '../../core/codec-contract';
import { type FinishReasonTable, finishReasonOf } from '../../core/finish-reason-table';

/** @see https://platform.openai.com/docs/api-reference/chat/object (finish_reason) */
const OPENAI_CHAT_FINISH_REASONS: FinishReasonTable = {
  stop: 'stop',
  length: 'length',
  tool_calls: 'tool-calls',
  function_call: 'tool-calls',
  content_filter: 'content-filter',
};

export function mapOpenAIChatFinishReason(reason: string | null | undefined): CodecFinishReason {
  return finishReasonOf(reason, OPENAI_CHAT_FINISH_REASONS);
}
