import { defineRules, reject } from '../../knowledge/rules';
import { unsourced } from '../../knowledge/sources';
import type { BedrockError } from '../../models/emulated-model';

const MISTRAL_TOOLS = defineRules('mistral', {
  converseToolUseId: {
    says: "Mistral models on Converse refuse a toolUseId with fewer than 9 letters and digits (Bedrock's own tooluse_… ids pass).",
    source: [
      // Live, September 2026, Pixtral / Mistral Large 2402 / Small 2402: ids "a" and "b" refused with "The model
      // returned the following errors: Tool call id was a but must be a-z, A-Z, 0-9, with a length of 9.", while
      // Bedrock-generated ids passed.
      'https://github.com/anomalyco/opencode/pull/48843',
      // January 2026, Ministral 3 14B: Bedrock's own ids refused too (not encoded: the later live run passed them).
      'https://github.com/vercel/ai/issues/11802',
      unsourced('the threshold between "a" (refused) and tooluse_… (accepted): 9 letters and digits'),
    ],
  },
  chatToolCallId: {
    says: 'The new Mistral models in the chat-completions body take only 9-character alphanumeric tool-call ids.',
    source: [
      unsourced(
        'mistral-common\'s rule ("must be a-z, A-Z, 0-9, with a length of 9", applied by self-hosted Mistral models too: https://github.com/vybestack/llxprt-code/pull/761); no Bedrock answer on this body seen',
      ),
    ],
  },
});

const message = (id: string) => `Tool call id was ${id} but must be a-z, A-Z, 0-9, with a length of 9.`;

/** A Mistral model on Converse: the toolUseId of a toolUse or toolResult block. */
export function checkMistralConverseToolUseId(id: string): BedrockError | undefined {
  if (id.replace(/[^a-zA-Z0-9]/g, '').length >= 9) return undefined;
  return reject(MISTRAL_TOOLS.converseToolUseId, `The model returned the following errors: ${message(id)}`);
}

/** A new Mistral model's chat-completions body: `tool_calls[].id` and `tool_call_id`. */
export function checkMistralChatToolCallId(id: string): BedrockError | undefined {
  return /^[a-zA-Z0-9]{9}$/.test(id) ? undefined : reject(MISTRAL_TOOLS.chatToolCallId, message(id));
}
