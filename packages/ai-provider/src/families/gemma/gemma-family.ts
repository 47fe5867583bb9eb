import type { FamilyDescriptor } from '../../core/codec-contract';
import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';
import { OPENAI_CHAT_SAMPLING } from '../openai-chat/openai-chat-sampling';

/** Gemma 3: the plain chat-completions body with `max_tokens` (AWS "models-api-compatibility"); no quirks known. */
export const gemmaFamily: FamilyDescriptor = {
  invoke: createOpenAIChatCodec({ maxTokensKey: 'max_tokens' }),
  converse: {},
  rawIdPrefixes: ['google.gemma'],
  invokeSampling: OPENAI_CHAT_SAMPLING,
};
