import { InvalidPromptError, type LanguageModelV1Prompt } from '@ai-sdk/provider';
import type { CoreWarning } from '../core/core-parts';
import { conversationTurns } from './conversation-turns';

/**
 * The conversation rules every Bedrock model shares, applied once for every codec (Converse API reference; the
 * recorded errors in packages/emulator/fixtures/bedrock-recorded): blank text is not content (Bedrock rejects blank text blocks and empty
 * messages, so they are left out, with a warning); there must be a turn besides the system prompt; the first turn is
 * the user's; a tool result answers a tool call of the assistant turn just before it, and the calls of one turn have distinct ids. A prompt that breaks the last
 * three fails here, with an `InvalidPromptError`, instead of at Bedrock.
 */
export function normalizePrompt(
  prompt: LanguageModelV1Prompt,
  warnings: CoreWarning[],
): LanguageModelV1Prompt {
  let dropped = false;
  const out: LanguageModelV1Prompt = [];
  for (const message of prompt) {
    if (message.role === 'system') {
      if (message.content.trim().length > 0) out.push(message);
      else dropped = true;
      continue;
    }
    if (message.role === 'tool') {
      out.push(message);
      continue;
    }
    const content = (message.content as Array<{ type: string; text?: string }>).filter(
      part => part.type !== 'text' || (part.text ?? '').trim().length > 0,
    );
    if (content.length === 0) {
      dropped = true;
      continue;
    }
    if (content.length !== message.content.length) dropped = true;
    out.push({ ...message, content } as (typeof out)[number]);
  }
  if (dropped)
    warnings.push({
      type: 'other',
      message: 'Blank text and empty messages were not sent: Bedrock rejects them.',
    });

  const turns = conversationTurns(out);
  if (turns.length === 0)
    throw new InvalidPromptError({
      prompt,
      message:
        'The prompt has no message besides the system prompt; Bedrock needs at least one user message.',
    });
  if (turns[0]!.role !== 'user') {
    throw new InvalidPromptError({
      prompt,
      message: `Bedrock conversations start with a user message; this one starts with ${turns[0]!.role === 'assistant' ? 'an assistant' : 'a tool'} message. Keep the user message that came before it (a window over a longer conversation must start at a user turn).`,
    });
  }
  let openCalls = new Set<string>();
  let previousRole: string | undefined;
  for (const message of turns) {
    if (message.role === 'assistant') {
      // Consecutive assistant messages are one turn for Bedrock: their tool-call ids must be unique together.
      if (previousRole !== 'assistant') openCalls = new Set();
      for (const part of message.content) {
        if (part.type !== 'tool-call') continue;
        if (openCalls.has(part.toolCallId)) {
          throw new InvalidPromptError({
            prompt,
            message: `Two tool calls of one assistant turn share the id ${part.toolCallId}.`,
          });
        }
        openCalls.add(part.toolCallId);
      }
    } else if (message.role === 'tool') {
      for (const part of message.content) {
        if (!openCalls.has(part.toolCallId)) {
          throw new InvalidPromptError({
            prompt,
            message: `The tool result ${part.toolCallId} answers no tool call of the assistant message before it.`,
          });
        }
      }
    } else {
      // A user message right after tool calls: Bedrock needs their results first (Anthropic "tool use": every
      // tool_use is answered by a tool_result in the next user turn; Converse likewise).
      if (previousRole === 'assistant' && openCalls.size > 0) {
        throw new InvalidPromptError({
          prompt,
          message: `The tool call ${[...openCalls][0]} has no result before the next user message.`,
        });
      }
      openCalls = new Set();
    }
    previousRole = message.role;
  }
  return out;
}
