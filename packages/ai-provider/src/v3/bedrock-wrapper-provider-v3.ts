import {
  type EmbeddingModelV3,
  type ImageModelV3,
  type LanguageModelV3,
  NoSuchModelError,
  type ProviderV3,
} from '@ai-sdk/provider-v3';
import type {
  BedrockWrapperModelSettings,
  BedrockWrapperProviderSettings,
} from '../bedrock-wrapper-settings';
import type { BedrockWrapperModelName } from '../catalog/model-catalog';
import { createModelFactory, providerFunction } from '../model-factory';
import { BedrockLanguageModelV3 } from './bedrock-language-model-v3';

export interface BedrockWrapperProviderV3 extends ProviderV3 {
  (modelName: BedrockWrapperModelName, settings?: BedrockWrapperModelSettings): LanguageModelV3;
  languageModel(modelName: BedrockWrapperModelName, settings?: BedrockWrapperModelSettings): LanguageModelV3;
}

/** The provider for ai@6 (LanguageModelV3, ProviderV3): the same names, settings and behaviour as the other entries. */
export function bedrockWrapperProvider(
  settings: BedrockWrapperProviderSettings = {},
): BedrockWrapperProviderV3 {
  const factory = createModelFactory(settings);
  const languageModel = (modelName: BedrockWrapperModelName, modelSettings?: BedrockWrapperModelSettings) =>
    new BedrockLanguageModelV3(factory(modelName, modelSettings));
  const provider: BedrockWrapperProviderV3 = Object.assign(providerFunction(languageModel), {
    specificationVersion: 'v3' as const,
    languageModel,
    // Bedrock embeddings and images are not part of this provider: the spec asks for NoSuchModelError.
    embeddingModel: (modelId: string): EmbeddingModelV3 => {
      throw new NoSuchModelError({ modelId, modelType: 'embeddingModel' });
    },
    imageModel: (modelId: string): ImageModelV3 => {
      throw new NoSuchModelError({ modelId, modelType: 'imageModel' });
    },
  });
  return provider;
}

/** Default instance: settings from the environment (AWS_REGION, the AWS credential chain, AWS_BEARER_TOKEN_BEDROCK). */
export const bedrockWrapper = bedrockWrapperProvider();
