import { NoSuchModelError } from '@ai-sdk/provider';
import type { EmbeddingModelV2, ImageModelV2, LanguageModelV2, ProviderV2 } from '@ai-sdk/provider-v2';
import type {
  BedrockWrapperModelSettings,
  BedrockWrapperProviderSettings,
} from '../bedrock-wrapper-settings';
import type { BedrockWrapperModelName } from '../catalog/model-catalog';
import { createModelFactory, providerFunction } from '../model-factory';
import { BedrockLanguageModelV2 } from './bedrock-language-model-v2';

export interface BedrockWrapperProviderV2 extends ProviderV2 {
  (modelName: BedrockWrapperModelName, settings?: BedrockWrapperModelSettings): LanguageModelV2;
  languageModel(modelName: BedrockWrapperModelName, settings?: BedrockWrapperModelSettings): LanguageModelV2;
}

/** The provider for ai@5 (LanguageModelV2): the same names, settings and behaviour as the other entries. */
export function bedrockWrapperProvider(
  settings: BedrockWrapperProviderSettings = {},
): BedrockWrapperProviderV2 {
  const factory = createModelFactory(settings);
  const languageModel = (modelName: BedrockWrapperModelName, modelSettings?: BedrockWrapperModelSettings) =>
    new BedrockLanguageModelV2(factory(modelName, modelSettings));
  const provider: BedrockWrapperProviderV2 = Object.assign(providerFunction(languageModel), {
    languageModel,
    textEmbeddingModel: (modelId: string): EmbeddingModelV2<string> => {
      throw new NoSuchModelError({ modelId, modelType: 'textEmbeddingModel' });
    },
    imageModel: (modelId: string): ImageModelV2 => {
      throw new NoSuchModelError({ modelId, modelType: 'imageModel' });
    },
  });
  return provider;
}

/** Default instance: settings from the environment (AWS_REGION, the AWS credential chain, AWS_BEARER_TOKEN_BEDROCK). */
export const bedrockWrapper = bedrockWrapperProvider();
