import type { CodecFinishReason } from '../../core/codec-contract';
import { type FinishReasonTable, finishReasonOf } from '../../core/finish-reason-table';

/** @see https://docs.anthropic.com/en/api/messages (stop_reason) and https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html */
const ANTHROPIC_STOP_REASONS: FinishReasonTable = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  tool_use: 'tool-calls',
  refusal: 'content-filter',
};

export function mapAnthropicFinishReason(stopReason: string | null | undefined): CodecFinishReason {
  return finishReasonOf(stopReason, ANTHROPIC_STOP_REASONS);
}
