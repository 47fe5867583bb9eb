import {
  type LanguageModelV1CallWarning,
  type LanguageModelV1Prompt,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';
import type { BedrockApi, ModelCatalogEntry } from './catalog/model-catalog-types';
import { converseCodec } from './converse/converse-codec';
import type { BedrockCodec } from './families/bedrock-codec';
import { FAMILY_CODECS } from './families/family-codecs';
import { inspectPromptMedia } from './prompt/validate-prompt-media';

export interface ApiChoice {
  api: BedrockApi;
  codec: BedrockCodec;
  /** The streaming operation cannot serve this call: use the non-streaming one and emit its result as a stream. */
  simulateStream: boolean;
}

const API_NAME: Record<BedrockApi, string> = { invoke: 'InvokeModel', converse: 'Converse' };

/**
 * Picks the API of one call: the call's choice, else the model's, else the provider's, else InvokeModel. Converse-only
 * models always use Converse. When the call needs what the model does on Converse but not on InvokeModel (images,
 * documents, tools), it moves to Converse with a warning rather than sending a body Bedrock would reject; when
 * neither API can, it fails before anything is sent.
 */
export function chooseApi(options: {
  entry: ModelCatalogEntry;
  requested: BedrockApi | undefined;
  prompt: LanguageModelV1Prompt;
  hasTools: boolean;
  stream: boolean;
  warnings: LanguageModelV1CallWarning[];
}): ApiChoice {
  const { entry, prompt, hasTools, stream, warnings } = options;
  let api: BedrockApi = options.requested ?? 'invoke';
  const move = (reason: string) => {
    warnings.push({
      type: 'other',
      message: `${entry.name}: ${reason}; this call uses Converse instead of InvokeModel.`,
    });
    api = 'converse';
  };
  if (api === 'invoke' && !entry.apis.invoke) api = 'converse';
  const media = inspectPromptMedia(prompt);
  if (api === 'invoke' && !FAMILY_CODECS[entry.family])
    move(`the ${entry.family} InvokeModel body is not implemented yet`);
  if (api === 'invoke' && media.images > 0 && !entry.vision.invoke && entry.vision.converse)
    move('images are only accepted on Converse');
  if (api === 'invoke' && media.documents > 0 && !entry.documents.invoke && entry.documents.converse)
    move('documents are only accepted on Converse');
  if (api === 'invoke' && (hasTools || media.hasToolContent) && !entry.tools.invoke && entry.tools.converse)
    move('tools are only accepted on Converse');
  if (hasTools && !entry.tools[api]) {
    throw new UnsupportedFunctionalityError({
      functionality: 'tools',
      message: `${entry.name} does not take tools on ${API_NAME[api]}.`,
    });
  }
  if (media.documents > 0 && !entry.documents[api]) {
    throw new UnsupportedFunctionalityError({
      functionality: 'documents',
      message: `${entry.name} does not take documents on ${API_NAME[api]}.`,
    });
  }
  const codec = api === 'converse' ? converseCodec : FAMILY_CODECS[entry.family];
  // Llama rejects tools on ConverseStream ("tool use in streaming mode"): Converse answers, emitted as a stream.
  const streamTools = api === 'converse' && hasTools && !entry.tools.converseStream;
  return { api, codec, simulateStream: stream && (!entry.streaming[api] || streamTools) };
}
