import type { BedrockOperation } from '../emulator-types';
import type { BedrockError, EmulatedModel, FamilyHandler } from '../models/emulated-model';
import { anthropicHandler } from './anthropic/anthropic-handler';
import { converseHandler } from './converse/converse-handler';
import { deepseekR1Handler } from './deepseek-r1/deepseek-r1-handler';
import { llama3Handler, llama4Handler } from './llama/llama-handler';
import { mistralPromptHandler } from './mistral/mistral-prompt-handler';
import { novaHandler } from './nova/nova-handler';
import { openAIChatHandler } from './openai-chat/openai-chat-handler';
import { validation } from './shared/bedrock-errors';

const INVOKE_HANDLERS: Partial<Record<EmulatedModel['family'], FamilyHandler>> = {
  anthropic: anthropicHandler,
  llama3: llama3Handler,
  llama4: llama4Handler,
  'mistral-prompt': mistralPromptHandler,
  nova: novaHandler,
  'deepseek-r1': deepseekR1Handler,
  'openai-chat': openAIChatHandler,
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
    // Magistral on InvokeModel returned nothing usable (legacy-wrapper.md §2.5); the Converse API doc's wording:
    return validation(
      `The model ${model.id} does not support the ${converse ? 'Converse' : 'InvokeModel'} API. Use the ${converse ? 'InvokeModel' : 'Converse'} API instead.`,
    );
  }
  if (stream && !(converse ? model.streaming.converse : model.streaming.invoke)) {
    return validation('The model is unsupported for streaming.');
  }
  return undefined;
}
