import type { FamilyDescriptor } from '../../core/codec-contract';
import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';
import { OPENAI_CHAT_SAMPLING } from '../openai-chat/openai-chat-sampling';

/**
 * Nemotron: the plain chat-completions body with `max_tokens`. Nano 9B v2 starts its answer inside reasoning, closed
 * by `</think>` with no opening tag: its catalog row says so (`inlineReasoning`).
 */
export const nemotronFamily: FamilyDescriptor = {
  invoke: createOpenAIChatCodec({ maxTokensKey: 'max_tokens' }),
  converse: {},
  rawIdPrefixes: ['nvidia.'],
  invokeSampling: OPENAI_CHAT_SAMPLING,
};
