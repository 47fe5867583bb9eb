import type { CoreGenerateResult, CorePart } from './core-parts';

/**
 * The parts a stream would have carried, from a whole answer: used when the streaming operation cannot serve the call
 * (a model without streaming on the API, tools on Llama's ConverseStream). The output is the same as a real stream's.
 */
export function* partsOfResult(result: CoreGenerateResult): Generator<CorePart> {
  yield {
    type: 'response-metadata',
    id: result.response.id,
    modelId: result.response.modelId,
    timestamp: result.response.timestamp,
  };
  for (const item of result.content) {
    switch (item.type) {
      case 'reasoning':
        yield { type: 'reasoning', textDelta: item.text };
        if (item.signature) yield { type: 'reasoning-signature', signature: item.signature };
        break;
      case 'redacted-reasoning':
        yield { type: 'redacted-reasoning', data: item.data };
        break;
      case 'text':
        yield { type: 'text-delta', textDelta: item.text };
        break;
      case 'tool-call':
        yield {
          type: 'tool-call-delta',
          toolCallType: 'function',
          toolCallId: item.toolCallId,
          toolName: item.toolName,
          argsTextDelta: item.input,
        };
        yield {
          type: 'tool-call',
          toolCallType: 'function',
          toolCallId: item.toolCallId,
          toolName: item.toolName,
          args: item.input,
        };
        break;
    }
  }
  yield {
    type: 'finish',
    finishReason: result.finishReason,
    usage: result.usage,
    providerMetadata: result.providerMetadata,
  };
}
