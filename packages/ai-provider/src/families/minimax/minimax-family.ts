import type { FamilyDescriptor } from '../../core/codec-contract';
import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';
import { OPENAI_CHAT_SAMPLING } from '../openai-chat/openai-chat-sampling';

/** MiniMax M2.x (reasoning in `reasoning_content`): the plain chat-completions body with `max_tokens` (AWS "models-api-compatibility"); no quirks known. */
export const minimaxFamily: FamilyDescriptor = {
  invoke: createOpenAIChatCodec({ maxTokensKey: 'max_tokens' }),
  converse: {},
  rawIdPrefixes: ['minimax.'],
  invokeSampling: OPENAI_CHAT_SAMPLING,
};
