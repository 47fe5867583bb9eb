import type { ScriptedReply } from '../../emulator-types';
import type { ResolvedReply } from '../../models/emulated-model';

/** About four characters a token: the emulator's token estimate for usage and headers. */
export function countTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

/**
 * Fills a reply's defaults and applies the request's stop sequences and max tokens, as a model would: the text is
 * cut before the first stop sequence (`includeStopSequence`: Nova keeps it, https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/test-stop-sequences-output.txt), or at about
 * max tokens.
 */
export function resolveReply(
  reply: ScriptedReply,
  options: {
    inputTokens: number;
    stopSequences?: string[];
    maxTokens?: number;
    includeStopSequence?: boolean;
  },
): ResolvedReply {
  let text = reply.chunks ? reply.chunks.join('') : (reply.text ?? '');
  const scripted = text;
  let stopReason = reply.stopReason;
  let stopSequence = reply.stopSequence;
  if (!stopReason) {
    for (const stop of options.stopSequences ?? []) {
      const index = stop ? text.indexOf(stop) : -1;
      if (index >= 0) {
        text = text.slice(0, options.includeStopSequence ? index + stop.length : index);
        stopReason = 'stop_sequence';
        stopSequence = stop;
        break;
      }
    }
  }
  const toolCalls = stopReason === 'stop_sequence' ? [] : (reply.toolCalls ?? []);
  if (!stopReason && options.maxTokens !== undefined && text.length > options.maxTokens * 4) {
    text = text.slice(0, options.maxTokens * 4);
    stopReason = 'max_tokens';
  }
  const outputText =
    (reply.reasoning ?? '') + text + toolCalls.map(call => JSON.stringify(call.input)).join('');
  return {
    text,
    reasoning: reply.reasoning,
    redactedReasoning: reply.redactedReasoning ?? [],
    toolCalls,
    stopReason: stopReason ?? (toolCalls.length > 0 ? 'tool_use' : 'end_turn'),
    stopSequence,
    usage: {
      inputTokens: reply.usage?.inputTokens ?? options.inputTokens,
      outputTokens: reply.usage?.outputTokens ?? countTokens(outputText),
      cacheReadInputTokens: reply.usage?.cacheReadInputTokens,
      cacheWriteInputTokens: reply.usage?.cacheWriteInputTokens,
    },
    chunkSize: reply.chunkSize,
    ...(reply.chunks && text === scripted ? { textChunks: reply.chunks } : {}),
  };
}

/** Splits text into stream deltas: one word (with its leading space) each, or `chunkSize` characters. */
export function chunkText(text: string, chunkSize?: number): string[] {
  if (text.length === 0) return [];
  if (chunkSize && chunkSize > 0) {
    const out: string[] = [];
    for (let i = 0; i < text.length; i += chunkSize) out.push(text.slice(i, i + chunkSize));
    return out;
  }
  return text.match(/\s*\S+|\s+$/g) ?? [text];
}

/** The stream deltas of a reply's text: the scripted ones when `text` is exactly their concatenation. */
export function textPieces(text: string, reply: ResolvedReply): string[] {
  if (reply.textChunks && reply.textChunks.join('') === text) return reply.textChunks.filter(Boolean);
  return chunkText(text, reply.chunkSize);
}

/** A stable id derived from the request id, in a family's style (`toolu_bdrk_…`, `tooluse_…`, `call_…`). */
export function derivedId(prefix: string, requestId: string, index = 0, length = 24): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let hash = 2166136261;
  let out = '';
  const seed = `${requestId}:${index}`;
  for (let i = 0; out.length < length; i++) {
    hash ^= seed.charCodeAt(i % seed.length) + i;
    hash = Math.imul(hash, 16777619) >>> 0;
    out += alphabet[hash % alphabet.length];
  }
  return prefix + out;
}

export function invocationMetrics(reply: ResolvedReply): Record<string, number> {
  return {
    inputTokenCount: reply.usage.inputTokens,
    outputTokenCount: reply.usage.outputTokens,
    invocationLatency: 120 + reply.usage.outputTokens,
    firstByteLatency: 80,
  };
}
