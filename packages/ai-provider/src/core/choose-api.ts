import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import type { BedrockApi, ModelCatalogEntry } from '../catalog/model-catalog-types';
import { converseCodec } from '../converse/converse-codec';
import { FAMILIES } from '../families/family-descriptors';
import { inspectPromptMedia } from '../prompt/prompt-media';
import { API_NAMES } from './api-names';
import type { BedrockCodec } from './codec-contract';
import type { CorePrompt } from './core-call';
import type { CoreWarning } from './core-parts';

export interface ApiChoice {
  api: BedrockApi;
  codec: BedrockCodec;
  /** The streaming operation cannot serve this call: use the non-streaming one and emit its result as a stream. */
  simulateStream: boolean;
}

/**
 * The one place that decides which API serves a call. Picks the API of one call: the call's choice, else the model's, else the provider's, else InvokeModel. Converse-only
 * models always use Converse. When the call needs what the model does on Converse but not on InvokeModel (images,
 * documents, tools), it moves to Converse with a warning rather than sending a body Bedrock would reject; when
 * neither API can, it fails before anything is sent.
 */
export function chooseApi(options: {
  entry: ModelCatalogEntry;
  requested: BedrockApi | undefined;
  prompt: CorePrompt;
  hasTools: boolean;
  stream: boolean;
  warnings: CoreWarning[];
}): ApiChoice {
  const { entry, prompt, hasTools, stream, warnings } = options;
  let api = defaultApi(entry, options.requested);
  const move = (reason: string) => {
    warnings.push({
      type: 'other',
      message: `${entry.name}: ${reason}; this call uses Converse instead of InvokeModel.`,
    });
    api = 'converse';
  };
  const media = inspectPromptMedia(prompt);
  const invokeCodec = FAMILIES[entry.family].invoke;
  if (api === 'invoke' && !invokeCodec) move(`the ${entry.family} InvokeModel body is not implemented yet`);
  if (api === 'invoke' && media.images > 0 && !entry.vision.invoke && entry.vision.converse)
    move('images are only accepted on Converse');
  if (api === 'invoke' && media.documents > 0 && !entry.documents.invoke && entry.documents.converse)
    move('documents are only accepted on Converse');
  if (api === 'invoke' && (hasTools || media.hasToolContent) && !entry.tools.invoke && entry.tools.converse)
    move('tools are only accepted on Converse');
  if (hasTools && !entry.tools[api]) {
    throw new UnsupportedFunctionalityError({
      functionality: 'tools',
      message: `${entry.name} does not take tools on ${API_NAMES[api]}.`,
    });
  }
  if (media.documents > 0 && !entry.documents[api]) {
    throw new UnsupportedFunctionalityError({
      functionality: 'documents',
      message: `${entry.name} does not take documents on ${API_NAMES[api]}.`,
    });
  }
  const codec = api === 'invoke' && invokeCodec ? invokeCodec : converseCodec;
  // Llama rejects tools on ConverseStream ("tool use in streaming mode"): Converse answers, emitted as a stream.
  const streamTools = api === 'converse' && hasTools && !entry.tools.converseStream;
  return { api, codec, simulateStream: stream && (!entry.streaming[api] || streamTools) };
}

/** The API of a call that asks for none: the requested one (settings), InvokeModel by default, Converse for a model that only speaks Converse. */
export function defaultApi(entry: ModelCatalogEntry, requested: BedrockApi | undefined): BedrockApi {
  const api = requested ?? 'invoke';
  return api === 'invoke' && !entry.apis.invoke ? 'converse' : api;
}
