import type { BedrockOperation } from '../emulator-types';
import { defineRules, reject } from '../knowledge/rules';
import { AWS, LEGACY_RUN, unsourced } from '../knowledge/sources';
import type { BedrockError, EmulatedModel, FamilyHandler } from '../models/emulated-model';
import { anthropicHandler } from './anthropic/anthropic-handler';
import { converseHandler } from './converse/converse-handler';
import { deepseekR1Handler } from './deepseek-r1/deepseek-r1-handler';
import { jambaHandler } from './jamba/jamba-handler';
import { llama3Handler, llama4Handler } from './llama/llama-handler';
import { mistralPromptHandler } from './mistral/mistral-prompt-handler';
import { novaHandler } from './nova/nova-handler';
import { openAIChatHandler } from './openai-chat/openai-chat-handler';

const OPERATIONS = defineRules('operation', {
  apiUnsupported: {
    says: 'A model answers only the APIs it serves (Magistral and DeepSeek-V3.1: Converse only).',
    source: [
      LEGACY_RUN.catalog,
      AWS.converseFeatures,
      unsourced(
        'the message wording; the legacy runs only show Magistral returning nothing usable on InvokeModel',
      ),
    ],
  },
  streamingUnsupported: {
    says: 'A model without streaming rejects the streaming operations.',
    source: [AWS.converseFeatures, unsourced('message wording')],
  },
});

const INVOKE_HANDLERS: Partial<Record<EmulatedModel['family'], FamilyHandler>> = {
  anthropic: anthropicHandler,
  llama3: llama3Handler,
  llama4: llama4Handler,
  'mistral-prompt': mistralPromptHandler,
  nova: novaHandler,
  'deepseek-r1': deepseekR1Handler,
  'openai-chat': openAIChatHandler,
  jamba: jambaHandler,
};

export function handlerFor(operation: BedrockOperation, model: EmulatedModel): FamilyHandler {
  if (operation === 'Converse' || operation === 'ConverseStream') return converseHandler;
  const handler = INVOKE_HANDLERS[model.family];
  if (!handler) throw new Error(`no InvokeModel handler for family ${model.family}`);
  return handler;
}

/** Whether the model serves the operation at all, answered in Bedrock's words when it does not. */
export function supportsOperation(
  operation: BedrockOperation,
  model: EmulatedModel,
): BedrockError | undefined {
  const converse = operation === 'Converse' || operation === 'ConverseStream';
  const stream = operation === 'InvokeModelWithResponseStream' || operation === 'ConverseStream';
  if (converse ? !model.operations.converse : !model.operations.invoke || !INVOKE_HANDLERS[model.family]) {
    return reject(
      OPERATIONS.apiUnsupported,
      `The model ${model.id} does not support the ${converse ? 'Converse' : 'InvokeModel'} API. Use the ${converse ? 'InvokeModel' : 'Converse'} API instead.`,
    );
  }
  if (stream && !(converse ? model.streaming.converse : model.streaming.invoke)) {
    return reject(OPERATIONS.streamingUnsupported, 'The model is unsupported for streaming.');
  }
  return undefined;
}
