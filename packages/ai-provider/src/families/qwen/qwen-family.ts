import type { FamilyDescriptor } from '../../core/codec-contract';
import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';
import { OPENAI_CHAT_SAMPLING } from '../openai-chat/openai-chat-sampling';

/** Qwen3 (incl. VL and Coder): the plain chat-completions body with `max_tokens` (AWS "models-api-compatibility"); no quirks known. */
export const qwenFamily: FamilyDescriptor = {
  invoke: createOpenAIChatCodec({ maxTokensKey: 'max_tokens' }),
  converse: {},
  rawIdPrefixes: ['qwen.'],
  invokeSampling: OPENAI_CHAT_SAMPLING,
};
