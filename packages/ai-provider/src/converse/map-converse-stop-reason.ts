import type { CodecFinishReason } from '../core/codec-contract';
import { type FinishReasonTable, finishReasonOf } from '../core/finish-reason-table';

/** @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_MessageStopEvent.html (stopReason) */
const CONVERSE_STOP_REASONS: FinishReasonTable = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  tool_use: 'tool-calls',
  guardrail_intervened: 'content-filter',
  content_filtered: 'content-filter',
  malformed_model_output: 'error',
  malformed_tool_use: 'error',
};

export function mapConverseStopReason(stopReason: string | undefined): CodecFinishReason {
  return finishReasonOf(stopReason, CONVERSE_STOP_REASONS);
}
