import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';

/**
 * The new Mistral models (Large 3, Ministral 3, Pixtral, Magistral): 9-character alphanumeric tool-call ids
 * (ai-sdk-contracts.md §5 #11) and no final assistant message (`add_generation_prompt`, legacy-wrapper.md §2.1).
 */
export const mistralChatCodec = createOpenAIChatCodec({
  maxTokensKey: 'max_tokens',
  nineCharToolIds: true,
  noAssistantPrefill: true,
});
