import type { FamilyDescriptor } from '../../core/codec-contract';
import { openAiChatSampling } from '../openai-chat/openai-chat-sampling';
import { gptOssCodec } from './gpt-oss-codec';
import { gptOssConverse } from './gpt-oss-converse';

/**
 * OpenAI gpt-oss: the chat-completions body on InvokeModel; its effort field and tool-name repair on Converse.
 * Its temperature range is sourced: the AWS OpenAI models page refers the body's parameters to OpenAI's "Create chat
 * completion" reference (https://platform.openai.com/docs/api-reference/chat/create: "between 0 and 2").
 */
export const gptOssFamily: FamilyDescriptor = {
  invoke: gptOssCodec,
  converse: gptOssConverse,
  rawIdPrefixes: ['openai.gpt-oss'],
  invokeSampling: openAiChatSampling(
    'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html',
  ),
};
