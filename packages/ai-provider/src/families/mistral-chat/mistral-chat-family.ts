import type { FamilyDescriptor } from '../../core/codec-contract';
import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';
import { OPENAI_CHAT_SAMPLING } from '../openai-chat/openai-chat-sampling';
import { mistralConverse } from './mistral-converse';
import { nineCharToolId } from './nine-char-tool-id';

/**
 * The new Mistral models (Large 3, Ministral 3, Pixtral, Magistral): 9-character alphanumeric tool-call ids
 * (https://github.com/vercel/ai/issues/11802, https://github.com/vercel/ai/issues/16182) and no final assistant message (`add_generation_prompt`, real error: https://github.com/jparkerweb/bedrock-wrapper/blob/756a5f39a859b592bcc588047b9c0d81e715eaad/test-run-output.txt#L5216).
 */
export const mistralChatFamily: FamilyDescriptor = {
  invoke: createOpenAIChatCodec({
    maxTokensKey: 'max_tokens',
    toolCallId: nineCharToolId,
    noAssistantPrefill: true,
  }),
  converse: mistralConverse,
  rawIdPrefixes: ['mistral.'],
  invokeSampling: OPENAI_CHAT_SAMPLING,
};
