import { NoSuchModelError } from '@ai-sdk/provider';
import type { EmbeddingModelV2, ImageModelV2, LanguageModelV2, ProviderV2 } from '@ai-sdk/provider-v2';
import type { BedrockLanguageModel } from '../bedrock-language-model';
import { bedrockWrapperProvider as bedrockWrapperProviderV1 } from '../bedrock-wrapper-provider';
import type {
  BedrockWrapperModelSettings,
  BedrockWrapperProviderSettings,
} from '../bedrock-wrapper-settings';
import type { BedrockWrapperModelName } from '../catalog/model-catalog';
import { BedrockLanguageModelV2 } from './bedrock-language-model-v2';

export interface BedrockWrapperProviderV2 extends ProviderV2 {
  (modelName: BedrockWrapperModelName, settings?: BedrockWrapperModelSettings): LanguageModelV2;
  languageModel(modelName: BedrockWrapperModelName, settings?: BedrockWrapperModelSettings): LanguageModelV2;
}

/**
 * The same provider as the default export, for ai@5, ai@6 and ai@7 (LanguageModelV2). Names, settings, catalog,
 * codecs and the AWS client are shared with the V1 provider; only the specification differs.
 */
export function bedrockWrapperProvider(
  settings: BedrockWrapperProviderSettings = {},
): BedrockWrapperProviderV2 {
  const v1 = bedrockWrapperProviderV1(settings);
  const languageModel = (modelName: BedrockWrapperModelName, modelSettings?: BedrockWrapperModelSettings) =>
    // The V1 provider always builds a BedrockLanguageModel; its public type only promises LanguageModelV1.
    new BedrockLanguageModelV2(v1.languageModel(modelName, modelSettings) as BedrockLanguageModel);
  const provider = function (
    modelName: BedrockWrapperModelName,
    modelSettings?: BedrockWrapperModelSettings,
  ) {
    if (new.target) throw new Error('bedrockWrapperProvider(...) returns a function; call it without `new`.');
    return languageModel(modelName, modelSettings);
  } as unknown as BedrockWrapperProviderV2;
  provider.languageModel = languageModel;
  provider.textEmbeddingModel = (modelId: string): EmbeddingModelV2<string> => {
    throw new NoSuchModelError({ modelId, modelType: 'textEmbeddingModel' });
  };
  provider.imageModel = (modelId: string): ImageModelV2 => {
    throw new NoSuchModelError({ modelId, modelType: 'imageModel' });
  };
  return provider;
}

/** Default instance: settings from the environment (AWS_REGION, the AWS credential chain, AWS_BEARER_TOKEN_BEDROCK). */
export const bedrockWrapper = bedrockWrapperProvider();
