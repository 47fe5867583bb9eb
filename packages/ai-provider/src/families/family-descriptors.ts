import type { ModelFamily } from '../catalog/model-catalog-types';
import type { FamilyDescriptor } from '../core/codec-contract';
import { anthropicFamily } from './anthropic/anthropic-family';
import { deepseekR1Family } from './deepseek-r1/deepseek-r1-family';
import { deepseekV3Family } from './deepseek-v3/deepseek-v3-family';
import { gemmaFamily } from './gemma/gemma-family';
import { glmFamily } from './glm/glm-family';
import { gptOssFamily } from './gpt-oss/gpt-oss-family';
import { jambaFamily } from './jamba/jamba-family';
import { kimiFamily } from './kimi/kimi-family';
import { llama3Family, llama4Family } from './llama/llama-family';
import { minimaxFamily } from './minimax/minimax-family';
import { mistralChatFamily } from './mistral-chat/mistral-chat-family';
import { mistralPromptFamily } from './mistral-prompt/mistral-prompt-family';
import { nemotronFamily } from './nemotron/nemotron-family';
import { novaFamily } from './nova/nova-family';
import { palmyraFamily } from './palmyra/palmyra-family';
import { qwenFamily } from './qwen/qwen-family';

/** Every family: the only place that knows which families exist. Each descriptor lives in its family's folder. */
export const FAMILIES: Record<ModelFamily, FamilyDescriptor> = {
  anthropic: anthropicFamily,
  llama3: llama3Family,
  llama4: llama4Family,
  'mistral-prompt': mistralPromptFamily,
  nova: novaFamily,
  'deepseek-r1': deepseekR1Family,
  'gpt-oss': gptOssFamily,
  qwen: qwenFamily,
  gemma: gemmaFamily,
  kimi: kimiFamily,
  minimax: minimaxFamily,
  'deepseek-v3': deepseekV3Family,
  'mistral-chat': mistralChatFamily,
  nemotron: nemotronFamily,
  glm: glmFamily,
  palmyra: palmyraFamily,
  jamba: jambaFamily,
};
