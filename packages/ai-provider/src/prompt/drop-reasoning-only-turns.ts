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
  // One assistant turn as it is sent: consecutive assistant messages, with the system messages among them (those go
  // to the system field, so they do not split the turn).
  let turn: LanguageModelV1Prompt = [];
  const flush = () => {
    const assistant = turn.filter(message => message.role === 'assistant');
    const reasoningOnly = assistant.every(message =>
      message.content.every(part => part.type === 'reasoning' || part.type === 'redacted-reasoning'),
    );
    if (assistant.length > 0 && reasoningOnly) {
      dropped++;
      cachePoints += assistant.filter(message => hasCachePoint(message.providerMetadata)).length;
      out.push(...turn.filter(message => message.role === 'system'));
    } else out.push(...turn);
    turn = [];
  };
  for (const message of prompt) {
    if (message.role === 'assistant' || (message.role === 'system' && turn.length > 0)) turn.push(message);
    else {
      flush();
      out.push(message);
    }
  }
  flush();
  if (dropped === 0) return prompt;
  warnings.push({
    type: 'other',
    message: `${entry.name} on Converse refuses an assistant turn that holds only reasoning (${refused.source}); ${dropped === 1 ? 'one such turn was' : `${dropped} such turns were`} left out${cachePoints > 0 ? ', with the prompt-cache point on it' : ''}.`,
  });
  return out;
}
