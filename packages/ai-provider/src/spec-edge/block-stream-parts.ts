import type { CoreFinish, CorePart, PartMapper } from '../core/core-parts';
import { PROVIDER_OPTIONS_KEY } from '../provider-options-key';
import type { EdgeCallPlan } from './convert-edge-call';

/** The stream parts that V2, V3 and V4 share (ids on every block). */
export type BlockPart =
  | { type: 'stream-start'; warnings: unknown[] }
  | { type: 'response-metadata'; id?: string; timestamp?: Date; modelId?: string }
  | { type: 'text-start' | 'text-end' | 'reasoning-start' | 'reasoning-end'; id: string }
  | { type: 'text-delta'; id: string; delta: string }
  | {
      type: 'reasoning-delta';
      id: string;
      delta: string;
      providerMetadata?: Record<string, Record<string, string>>;
    }
  | { type: 'tool-input-start'; id: string; toolName: string }
  | { type: 'tool-input-delta'; id: string; delta: string }
  | { type: 'tool-input-end'; id: string }
  | { type: 'tool-call'; toolCallId: string; toolName: string; input: string }
  | { type: 'error'; error: unknown };

/**
 * Core parts -> the block protocol of V2/V3/V4 (`text-start`/`-delta`/`-end`, the same for reasoning and tool input):
 * ai@5+ rejects a delta whose block was never opened, so this keeps at most one open text or reasoning block and closes
 * it when the other kind starts or the stream finishes. Signatures and redacted reasoning ride as reasoning-delta
 * metadata under `bedrockWrapper`. Each specification supplies its `stream-start` warnings and its `finish` part.
 * Constant work per part, run synchronously inside the core's one stream.
 */
export function blockStreamParts<T>(
  plan: EdgeCallPlan,
  warnings: unknown[],
  finishPart: (finish: CoreFinish, jsonTool: boolean) => T,
): PartMapper<T> {
  let blockCount = 0;
  let open: { kind: 'text' | 'reasoning'; id: string } | undefined;
  const openToolInputs = new Set<string>();
  let jsonToolStreamed = false;
  let jsonToolSeen = false;
  // With a JSON tool the forced call is the answer; text the model writes around it (a preamble such as "I will call
  // json.") would corrupt the object, so it is held back and delivered only when no JSON tool call came at all.
  let heldText = '';
  // The shared parts are valid parts of every block-protocol specification.
  const asT = (part: BlockPart) => part as T;

  const close = (emit: (part: T) => void) => {
    if (open) emit(asT({ type: open.kind === 'text' ? 'text-end' : 'reasoning-end', id: open.id }));
    open = undefined;
  };
  const ensureOpen = (kind: 'text' | 'reasoning', emit: (part: T) => void): string => {
    if (open?.kind === kind) return open.id;
    close(emit);
    open = { kind, id: String(blockCount++) };
    emit(asT({ type: kind === 'text' ? 'text-start' : 'reasoning-start', id: open.id }));
    return open.id;
  };
  const isJsonTool = (toolName: string) => plan.output === 'json-tool' && toolName === plan.jsonToolName;
  const releaseHeldText = (emit: (part: T) => void) => {
    if (heldText.length > 0 && !jsonToolSeen)
      emit(asT({ type: 'text-delta', id: ensureOpen('text', emit), delta: heldText }));
    heldText = '';
  };

  return {
    start(emit) {
      emit(asT({ type: 'stream-start', warnings }));
    },
    push(part: CorePart, emit) {
      switch (part.type) {
        case 'text-delta':
          if (plan.output === 'json-tool') {
            if (!jsonToolSeen) heldText += part.textDelta;
          } else if (part.textDelta.length > 0)
            emit(asT({ type: 'text-delta', id: ensureOpen('text', emit), delta: part.textDelta }));
          break;
        case 'reasoning':
          if (part.textDelta.length > 0)
            emit(asT({ type: 'reasoning-delta', id: ensureOpen('reasoning', emit), delta: part.textDelta }));
          break;
        case 'reasoning-signature':
          // A signature closes the reasoning block it signs.
          emit(
            asT({
              type: 'reasoning-delta',
              id: ensureOpen('reasoning', emit),
              delta: '',
              providerMetadata: { [PROVIDER_OPTIONS_KEY]: { signature: part.signature } },
            }),
          );
          close(emit);
          break;
        case 'redacted-reasoning': {
          close(emit);
          const id = ensureOpen('reasoning', emit);
          emit(
            asT({
              type: 'reasoning-delta',
              id,
              delta: '',
              providerMetadata: { [PROVIDER_OPTIONS_KEY]: { redactedData: part.data } },
            }),
          );
          close(emit);
          break;
        }
        case 'tool-call-delta':
          if (isJsonTool(part.toolName)) {
            jsonToolSeen = true;
            heldText = '';
            if (part.argsTextDelta.length > 0) {
              jsonToolStreamed = true;
              emit(asT({ type: 'text-delta', id: ensureOpen('text', emit), delta: part.argsTextDelta }));
            }
            break;
          }
          close(emit);
          if (!openToolInputs.has(part.toolCallId)) {
            openToolInputs.add(part.toolCallId);
            emit(asT({ type: 'tool-input-start', id: part.toolCallId, toolName: part.toolName }));
          }
          if (part.argsTextDelta.length > 0)
            emit(asT({ type: 'tool-input-delta', id: part.toolCallId, delta: part.argsTextDelta }));
          break;
        case 'tool-call':
          if (isJsonTool(part.toolName)) {
            jsonToolSeen = true;
            heldText = '';
            if (!jsonToolStreamed)
              emit(asT({ type: 'text-delta', id: ensureOpen('text', emit), delta: part.args }));
            break;
          }
          close(emit);
          if (openToolInputs.delete(part.toolCallId))
            emit(asT({ type: 'tool-input-end', id: part.toolCallId }));
          emit(
            asT({
              type: 'tool-call',
              toolCallId: part.toolCallId,
              toolName: part.toolName,
              input: part.args,
            }),
          );
          break;
        case 'response-metadata':
          emit(
            asT({ type: 'response-metadata', id: part.id, timestamp: part.timestamp, modelId: part.modelId }),
          );
          break;
        case 'error':
          releaseHeldText(emit);
          emit(asT({ type: 'error', error: part.error }));
          break;
        case 'finish':
          releaseHeldText(emit);
          close(emit);
          for (const id of openToolInputs) emit(asT({ type: 'tool-input-end', id }));
          openToolInputs.clear();
          emit(finishPart(part, plan.output === 'json-tool'));
          break;
      }
    },
    flush(emit) {
      releaseHeldText(emit);
      close(emit);
    },
  };
}
