import { type LanguageModelV1, NoSuchModelError, type ProviderV1 } from '@ai-sdk/provider';
import { BedrockLanguageModel } from './bedrock-language-model';
import type { BedrockWrapperModelSettings, BedrockWrapperProviderSettings } from './bedrock-wrapper-settings';
import type { BedrockWrapperModelName } from './catalog/model-catalog';
import { createModelFactory, providerFunction } from './model-factory';

export interface BedrockWrapperProvider extends ProviderV1 {
  (modelName: BedrockWrapperModelName, settings?: BedrockWrapperModelSettings): LanguageModelV1;
  languageModel(modelName: BedrockWrapperModelName, settings?: BedrockWrapperModelSettings): LanguageModelV1;
}

/**
 * Creates a provider for ai@4 (LanguageModelV1). One AWS client per provider, created on first use.
 * `/v2`, `/v3` and `/v4` export the same function for ai@5, ai@6 and ai@7.
 */
export function bedrockWrapperProvider(
  settings: BedrockWrapperProviderSettings = {},
): BedrockWrapperProvider {
  const factory = createModelFactory(settings);
  const languageModel = (modelName: BedrockWrapperModelName, modelSettings?: BedrockWrapperModelSettings) =>
    new BedrockLanguageModel(factory(modelName, modelSettings));
  const provider: BedrockWrapperProvider = Object.assign(providerFunction(languageModel), {
    languageModel,
    textEmbeddingModel: (modelId: string) => {
      throw new NoSuchModelError({ modelId, modelType: 'textEmbeddingModel' });
    },
  });
  return provider;
}

/** Default instance: settings from the environment (AWS_REGION, the AWS credential chain, AWS_BEARER_TOKEN_BEDROCK). */
export const bedrockWrapper = bedrockWrapperProvider();
