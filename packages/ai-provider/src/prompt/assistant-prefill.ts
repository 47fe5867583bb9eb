import { InvalidPromptError, type LanguageModelV1Prompt } from '@ai-sdk/provider';
import type { ModelCatalogEntry } from '../catalog/model-catalog-types';
import { conversationTurns } from './conversation-turns';

/**
 * A conversation ending with an assistant message (an assistant prefill) where the model refuses one fails here,
 * before anything is sent, instead of with Bedrock's 400:
 * - `never` (Claude 4.6 and later): "This model does not support assistant message prefill. The conversation must end
 *   with a user message." (Opus 4.6 on Bedrock, https://github.com/anomalyco/opencode/issues/29760; Sonnet 5 and Opus 5
 *   on ConverseStream, https://github.com/NousResearch/hermes-agent/pull/101401; Sonnet 4.6 and Sonnet 5,
 *   https://github.com/cortexkit/magic-context/issues/511; Opus 4.8, Amazon Bedrock's own answer among a router's
 *   provider errors, https://github.com/HKUDS/Vibe-Trading/issues/246);
 * - `without-tools` (older Claude): "When using tools, pre-filling the `assistant` response is not supported." (on
 *   Converse, https://github.com/langchain-ai/langchain-aws/issues/124; in Claude's body on InvokeModel,
 *   https://github.com/langchain-ai/langgraph/issues/4940).
 * Nothing is dropped or added to the conversation to make it pass: the caller decides what the last turn is.
 */
export function refuseAssistantPrefill(
  prompt: LanguageModelV1Prompt,
  entry: ModelCatalogEntry,
  toolsOffered: boolean,
): void {
  if (conversationTurns(prompt).at(-1)?.role !== 'assistant') return;
  const refused =
    entry.assistantPrefill === 'never' || (entry.assistantPrefill === 'without-tools' && toolsOffered);
  if (!refused) return;
  throw new InvalidPromptError({
    prompt,
    message:
      entry.assistantPrefill === 'never'
        ? `${entry.name} does not take a conversation that ends with an assistant message (assistant prefill): Bedrock answers "This model does not support assistant message prefill. The conversation must end with a user message." End the messages with a user message, or leave the unfinished assistant turn out.`
        : `${entry.name} does not take a conversation that ends with an assistant message (assistant prefill) while tools are offered: Bedrock answers "When using tools, pre-filling the assistant response is not supported." End the messages with a user message, or call without tools.`,
  });
}
