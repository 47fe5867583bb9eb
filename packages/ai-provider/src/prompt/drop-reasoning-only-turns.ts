import type { LanguageModelV1Prompt } from '@ai-sdk/provider';
import type { ModelCatalogEntry } from '../catalog/model-catalog-types';
import type { CoreWarning } from '../core/core-parts';
import { hasCachePoint } from './cache-points';

/**
 * The prompt without its assistant turns (runs of consecutive assistant messages, which Bedrock gets as one turn) that
 * hold only reasoning, for a model that refuses them on Converse (`converseReasoningOnlyTurnRefused`, with its
 * source), with a warning. Done on the prompt, before any rule reads it (thinking after a tool turn, prefill), so that
 * every rule sees the turns that are sent; the user turns around a dropped one reach Bedrock as one turn.
 */
export function dropReasoningOnlyTurns(
  prompt: LanguageModelV1Prompt,
  entry: ModelCatalogEntry,
  warnings: CoreWarning[],
): LanguageModelV1Prompt {
  const refused = entry.converseReasoningOnlyTurnRefused;
  if (!refused) return prompt;
  const out: LanguageModelV1Prompt = [];
  let dropped = 0;
  let cachePoints = 0;
  for (let start = 0; start < prompt.length; ) {
    let end = start;
    while (prompt[start]!.role === 'assistant' && prompt[end + 1]?.role === 'assistant') end++;
    const run = prompt.slice(start, end + 1);
    const reasoningOnly = run.every(
      message =>
        message.role === 'assistant' &&
        message.content.every(part => part.type === 'reasoning' || part.type === 'redacted-reasoning'),
    );
    if (reasoningOnly) {
      dropped++;
      cachePoints += run.filter(message => hasCachePoint(message.providerMetadata)).length;
    } else out.push(...run);
    start = end + 1;
  }
  if (dropped === 0) return prompt;
  warnings.push({
    type: 'other',
    message: `${entry.name} on Converse refuses an assistant turn that holds only reasoning (${refused.source}); ${dropped === 1 ? 'one such turn was' : `${dropped} such turns were`} left out${cachePoints > 0 ? ', with the prompt-cache point on it' : ''}.`,
  });
  return out;
}
