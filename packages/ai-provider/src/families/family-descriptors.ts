import type { ModelFamily } from '../catalog/model-catalog-types';
import type { FamilyDescriptor } from '../core/codec-contract';
import { anthropicCodec } from './anthropic/anthropic-codec';
import { anthropicConverse } from './anthropic/anthropic-converse';
import { deepseekR1Codec } from './deepseek-r1/deepseek-r1-codec';
import { deepseekV3Codec } from './deepseek-v3/deepseek-v3-codec';
import { gemmaCodec } from './gemma/gemma-codec';
import { glmCodec } from './glm/glm-codec';
import { gptOssCodec } from './gpt-oss/gpt-oss-codec';
import { gptOssConverse } from './gpt-oss/gpt-oss-converse';
import { kimiCodec } from './kimi/kimi-codec';
import { kimiConverse } from './kimi/kimi-converse';
import { llama3Codec, llama4Codec } from './llama/llama-codec';
import { minimaxCodec } from './minimax/minimax-codec';
import { mistralChatCodec } from './mistral-chat/mistral-chat-codec';
import { mistralPromptCodec } from './mistral-prompt/mistral-prompt-codec';
import { nemotronCodec } from './nemotron/nemotron-codec';
import { novaCodec } from './nova/nova-codec';
import { novaConverse } from './nova/nova-converse';
import { palmyraCodec } from './palmyra/palmyra-codec';
import { qwenCodec } from './qwen/qwen-codec';

/** Every family: the only place that knows which families exist. */
export const FAMILIES: Record<ModelFamily, FamilyDescriptor> = {
  anthropic: { invoke: anthropicCodec, converse: anthropicConverse },
  llama3: { invoke: llama3Codec, converse: {} },
  llama4: { invoke: llama4Codec, converse: {} },
  'mistral-prompt': { invoke: mistralPromptCodec, converse: {} },
  nova: { invoke: novaCodec, converse: novaConverse },
  'deepseek-r1': { invoke: deepseekR1Codec, converse: {} },
  'gpt-oss': { invoke: gptOssCodec, converse: gptOssConverse },
  qwen: { invoke: qwenCodec, converse: {} },
  gemma: { invoke: gemmaCodec, converse: {} },
  kimi: { invoke: kimiCodec, converse: kimiConverse },
  minimax: { invoke: minimaxCodec, converse: {} },
  'deepseek-v3': { invoke: deepseekV3Codec, converse: {} },
  'mistral-chat': { invoke: mistralChatCodec, converse: {} },
  nemotron: { invoke: nemotronCodec, converse: {} },
  glm: { invoke: glmCodec, converse: {} },
  palmyra: { invoke: palmyraCodec, converse: {} },
};
