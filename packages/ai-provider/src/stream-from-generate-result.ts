import type { LanguageModelV1StreamPart } from '@ai-sdk/provider';
import type { CodecGenerateResult } from './families/bedrock-codec';

/**
 * The parts a stream would have carried, from a whole answer: used when the streaming operation cannot serve the call
 * (a model without streaming on the API, tools on Llama's ConverseStream). The output is the same as a real stream's.
 */
export function streamPartsFromResult(result: CodecGenerateResult): LanguageModelV1StreamPart[] {
  const parts: LanguageModelV1StreamPart[] = [];
  for (const detail of result.reasoning ?? []) {
    if (detail.type === 'redacted') {
      parts.push({ type: 'redacted-reasoning', data: detail.data });
      continue;
    }
    parts.push({ type: 'reasoning', textDelta: detail.text });
    if (detail.signature) parts.push({ type: 'reasoning-signature', signature: detail.signature });
  }
  if (result.text) parts.push({ type: 'text-delta', textDelta: result.text });
  for (const call of result.toolCalls ?? []) {
    parts.push({
      type: 'tool-call-delta',
      toolCallType: 'function',
      toolCallId: call.toolCallId,
      toolName: call.toolName,
      argsTextDelta: call.args,
    });
    parts.push({ type: 'tool-call', ...call });
  }
  return parts;
}
