import type { LanguageModelV2CallWarning, LanguageModelV2StreamPart } from '@ai-sdk/provider-v2';
import { PROVIDER_OPTIONS_KEY } from '../provider-options-key';
import type { StreamPartMapper } from '../stream-part-mapper';
import { convertV1Usage } from './convert-v1-usage';
import type { V2CallPlan } from './convert-v2-call-options';

/**
 * V1 stream parts -> V2 stream parts. V2 has blocks with ids (`text-start`/`-delta`/`-end`, the same for reasoning
 * and tool input) and ai@5 rejects a delta whose block was never opened (ai-sdk-contracts.md §2.2), so this keeps
 * at most one open text or reasoning block and closes it when the other kind starts or the stream finishes.
 * Constant work per part, run synchronously inside the V1 model's own stream (stream-part-mapper.ts).
 */
export function v1ToV2StreamParts(
  plan: V2CallPlan,
  warnings: LanguageModelV2CallWarning[],
): StreamPartMapper<LanguageModelV2StreamPart> {
  let blockCount = 0;
  let open: { kind: 'text' | 'reasoning'; id: string } | undefined;
  const openToolInputs = new Set<string>();
  let jsonToolStreamed = false;

  const close = (emit: (part: LanguageModelV2StreamPart) => void) => {
    if (open) emit({ type: open.kind === 'text' ? 'text-end' : 'reasoning-end', id: open.id });
    open = undefined;
  };
  const ensureOpen = (
    kind: 'text' | 'reasoning',
    emit: (part: LanguageModelV2StreamPart) => void,
  ): string => {
    if (open?.kind === kind) return open.id;
    close(emit);
    open = { kind, id: String(blockCount++) };
    emit({ type: kind === 'text' ? 'text-start' : 'reasoning-start', id: open.id });
    return open.id;
  };
  const isJsonTool = (toolName: string) => plan.output === 'json-tool' && toolName === plan.jsonToolName;

  return {
    start(emit) {
      emit({ type: 'stream-start', warnings });
    },
    push(part, emit) {
      switch (part.type) {
        case 'text-delta':
          if (part.textDelta.length > 0)
            emit({ type: 'text-delta', id: ensureOpen('text', emit), delta: part.textDelta });
          break;
        case 'reasoning':
          if (part.textDelta.length > 0) {
            emit({ type: 'reasoning-delta', id: ensureOpen('reasoning', emit), delta: part.textDelta });
          }
          break;
        case 'reasoning-signature':
          // A signature closes the reasoning block it signs (V1 semantics); V2 carries it as metadata.
          emit({
            type: 'reasoning-delta',
            id: ensureOpen('reasoning', emit),
            delta: '',
            providerMetadata: { [PROVIDER_OPTIONS_KEY]: { signature: part.signature } },
          });
          close(emit);
          break;
        case 'redacted-reasoning': {
          close(emit);
          const id = ensureOpen('reasoning', emit);
          emit({
            type: 'reasoning-delta',
            id,
            delta: '',
            providerMetadata: { [PROVIDER_OPTIONS_KEY]: { redactedData: part.data } },
          });
          close(emit);
          break;
        }
        case 'tool-call-delta':
          if (isJsonTool(part.toolName)) {
            if (part.argsTextDelta.length > 0) {
              jsonToolStreamed = true;
              emit({ type: 'text-delta', id: ensureOpen('text', emit), delta: part.argsTextDelta });
            }
            break;
          }
          close(emit);
          if (!openToolInputs.has(part.toolCallId)) {
            openToolInputs.add(part.toolCallId);
            emit({ type: 'tool-input-start', id: part.toolCallId, toolName: part.toolName });
          }
          if (part.argsTextDelta.length > 0)
            emit({ type: 'tool-input-delta', id: part.toolCallId, delta: part.argsTextDelta });
          break;
        case 'tool-call':
          if (isJsonTool(part.toolName)) {
            if (!jsonToolStreamed)
              emit({ type: 'text-delta', id: ensureOpen('text', emit), delta: part.args });
            break;
          }
          close(emit);
          if (openToolInputs.delete(part.toolCallId)) emit({ type: 'tool-input-end', id: part.toolCallId });
          emit({ type: 'tool-call', toolCallId: part.toolCallId, toolName: part.toolName, input: part.args });
          break;
        case 'response-metadata':
          emit({ type: 'response-metadata', id: part.id, timestamp: part.timestamp, modelId: part.modelId });
          break;
        case 'source':
          emit({ type: 'source', ...part.source });
          break;
        case 'file':
          emit({ type: 'file', mediaType: part.mimeType, data: part.data });
          break;
        case 'error':
          emit({ type: 'error', error: part.error });
          break;
        case 'finish': {
          close(emit);
          for (const id of openToolInputs) emit({ type: 'tool-input-end', id });
          openToolInputs.clear();
          const finishReason =
            plan.output === 'json-tool' && part.finishReason === 'tool-calls' ? 'stop' : part.finishReason;
          emit({
            type: 'finish',
            finishReason,
            usage: convertV1Usage(part.usage, part.providerMetadata),
            providerMetadata: part.providerMetadata,
          });
          break;
        }
      }
    },
    flush(emit) {
      close(emit);
    },
  };
}
