import { InvalidPromptError, type LanguageModelV1Prompt } from '@ai-sdk/provider';
import type { ModelCatalogEntry } from '../catalog/model-catalog-types';

/**
 * A model that refuses a conversation ending with an assistant message (an assistant prefill) gets none: the call
 * fails here, before anything is sent, instead of with Bedrock's 400 "This model does not support assistant message
 * prefill. The conversation must end with a user message." (Claude Opus 4.6 on Bedrock,
 * https://github.com/anomalyco/opencode/issues/29760; Sonnet 5 and Opus 5 on ConverseStream,
 * https://github.com/NousResearch/hermes-agent/pull/101401; Sonnet 4.6 and Sonnet 5,
 * https://github.com/cortexkit/magic-context/issues/511). Nothing is dropped or added to the conversation to make it
 * pass: the caller decides what the last turn is.
 */
export function refuseAssistantPrefill(prompt: LanguageModelV1Prompt, entry: ModelCatalogEntry): void {
  if (entry.assistantPrefill !== false || prompt.at(-1)?.role !== 'assistant') return;
  throw new InvalidPromptError({
    prompt,
    message: `${entry.name} does not take a conversation that ends with an assistant message (assistant prefill): Bedrock answers "This model does not support assistant message prefill. The conversation must end with a user message." End the messages with a user message, or leave the unfinished assistant turn out.`,
  });
}
