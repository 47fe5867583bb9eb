import type { ModelFamily } from '../catalog/model-catalog-types';
import { anthropicCodec } from './anthropic/anthropic-codec';
import type { BedrockCodec } from './bedrock-codec';
import { deepseekR1Codec } from './deepseek-r1/deepseek-r1-codec';
import { deepseekV3Codec } from './deepseek-v3/deepseek-v3-codec';
import { gemmaCodec } from './gemma/gemma-codec';
import { glmCodec } from './glm/glm-codec';
import { gptOssCodec } from './gpt-oss/gpt-oss-codec';
import { kimiCodec } from './kimi/kimi-codec';
import { llama3Codec, llama4Codec } from './llama/llama-codec';
import { minimaxCodec } from './minimax/minimax-codec';
import { mistralChatCodec } from './mistral-chat/mistral-chat-codec';
import { mistralPromptCodec } from './mistral-prompt/mistral-prompt-codec';
import { nemotronCodec } from './nemotron/nemotron-codec';
import { novaCodec } from './nova/nova-codec';
import { palmyraCodec } from './palmyra/palmyra-codec';
import { qwenCodec } from './qwen/qwen-codec';

/** The InvokeModel codec of each family: the only place that knows which families exist. */
export const FAMILY_CODECS: Record<ModelFamily, BedrockCodec> = {
  anthropic: anthropicCodec,
  llama3: llama3Codec,
  llama4: llama4Codec,
  'mistral-prompt': mistralPromptCodec,
  nova: novaCodec,
  'deepseek-r1': deepseekR1Codec,
  'gpt-oss': gptOssCodec,
  qwen: qwenCodec,
  gemma: gemmaCodec,
  kimi: kimiCodec,
  minimax: minimaxCodec,
  'deepseek-v3': deepseekV3Codec,
  'mistral-chat': mistralChatCodec,
  nemotron: nemotronCodec,
  glm: glmCodec,
  palmyra: palmyraCodec,
};
