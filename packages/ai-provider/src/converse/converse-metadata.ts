import type { JSONValue } from '@ai-sdk/provider';
import type { ConverseOutput } from './converse-api';

/** `providerMetadata.bedrockWrapper` of a Converse answer: cache tokens, latency, guardrail trace, Claude's stop sequence. */
export function converseMetadata(
  output: Pick<ConverseOutput, 'usage' | 'metrics' | 'trace' | 'additionalModelResponseFields'>,
): Record<string, JSONValue> {
  const out: Record<string, JSONValue> = {};
  if (output.usage?.cacheReadInputTokens !== undefined)
    out.cacheReadInputTokens = output.usage.cacheReadInputTokens;
  if (output.usage?.cacheWriteInputTokens !== undefined)
    out.cacheWriteInputTokens = output.usage.cacheWriteInputTokens;
  if (output.metrics?.latencyMs !== undefined) out.latencyMs = output.metrics.latencyMs;
  if (output.trace !== undefined) out.trace = output.trace as JSONValue;
  const stop =
    output.additionalModelResponseFields?.stop_sequence ??
    output.additionalModelResponseFields?.delta?.stop_sequence;
  if (stop !== undefined) out.stopSequence = stop;
  return out;
}
