import type { FamilyDescriptor } from '../../core/codec-contract';
import { OPENAI_CHAT_SAMPLING } from '../openai-chat/openai-chat-sampling';
import { gptOssCodec } from './gpt-oss-codec';
import { gptOssConverse } from './gpt-oss-converse';

/** OpenAI gpt-oss: the chat-completions body on InvokeModel; its effort field and tool-name repair on Converse. */
export const gptOssFamily: FamilyDescriptor = {
  invoke: gptOssCodec,
  converse: gptOssConverse,
  rawIdPrefixes: ['openai.gpt-oss'],
  invokeSampling: OPENAI_CHAT_SAMPLING,
};
