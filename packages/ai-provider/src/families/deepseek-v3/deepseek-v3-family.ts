import type { FamilyDescriptor } from '../../core/codec-contract';
import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';
import { OPENAI_CHAT_SAMPLING } from '../openai-chat/openai-chat-sampling';

/** DeepSeek V3.x: the plain chat-completions body with `max_tokens` (AWS "models-api-compatibility"); no quirks known. */
export const deepseekV3Family: FamilyDescriptor = {
  invoke: createOpenAIChatCodec({ maxTokensKey: 'max_tokens' }),
  converse: {},
  rawIdPrefixes: ['deepseek.v3'],
  invokeSampling: OPENAI_CHAT_SAMPLING,
};
