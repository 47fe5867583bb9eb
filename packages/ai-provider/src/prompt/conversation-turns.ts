import type { LanguageModelV1Prompt } from '@ai-sdk/provider';

/**
 * The messages that make up the conversation's turns: all but the system messages, which every body sends in its
 * system field (or the template's system slot) wherever they stand in the prompt. The rules that read turns (the first
 * and last turn, the tool turn before the last results) read these.
 */
export function conversationTurns(prompt: LanguageModelV1Prompt): LanguageModelV1Prompt {
  return prompt.filter(message => message.role !== 'system');
}
