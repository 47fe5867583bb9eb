import {
  type EmbeddingModelV4,
  type ImageModelV4,
  type LanguageModelV4,
  NoSuchModelError,
  type ProviderV4,
} from '@ai-sdk/provider-v4';
import type {
  BedrockWrapperModelSettings,
  BedrockWrapperProviderSettings,
} from '../bedrock-wrapper-settings';
import type { BedrockWrapperModelName } from '../catalog/model-catalog';
import { createModelFactory, providerFunction } from '../model-factory';
import { BedrockLanguageModelV4 } from './bedrock-language-model-v4';

export interface BedrockWrapperProviderV4 extends ProviderV4 {
  (modelName: BedrockWrapperModelName, settings?: BedrockWrapperModelSettings): LanguageModelV4;
  languageModel(modelName: BedrockWrapperModelName, settings?: BedrockWrapperModelSettings): LanguageModelV4;
}

/** The provider for ai@7 (LanguageModelV4, ProviderV4): the same names, settings and behaviour as the other entries. */
export function bedrockWrapperProvider(
  settings: BedrockWrapperProviderSettings = {},
): BedrockWrapperProviderV4 {
  const factory = createModelFactory(settings);
  const languageModel = (modelName: BedrockWrapperModelName, modelSettings?: BedrockWrapperModelSettings) =>
    new BedrockLanguageModelV4(factory(modelName, modelSettings));
  const provider: BedrockWrapperProviderV4 = Object.assign(providerFunction(languageModel), {
    specificationVersion: 'v4' as const,
    languageModel,
    // Bedrock embeddings and images are not part of this provider: the spec asks for NoSuchModelError.
    embeddingModel: (modelId: string): EmbeddingModelV4 => {
      throw new NoSuchModelError({ modelId, modelType: 'embeddingModel' });
    },
    imageModel: (modelId: string): ImageModelV4 => {
      throw new NoSuchModelError({ modelId, modelType: 'imageModel' });
    },
  });
  return provider;
}

/** Default instance: settings from the environment (AWS_REGION, the AWS credential chain, AWS_BEARER_TOKEN_BEDROCK). */
export const bedrockWrapper = bedrockWrapperProvider();
