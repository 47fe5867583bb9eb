import { type LanguageModelV1, NoSuchModelError, type ProviderV1 } from '@ai-sdk/provider';
import { generateId } from '@ai-sdk/provider-utils';
import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { type BedrockSdk, createBedrockClient } from './bedrock/create-bedrock-client';
import { runtimeEnv } from './bedrock/runtime-env';
import { BedrockLanguageModel } from './bedrock-language-model';
import type { BedrockWrapperModelSettings, BedrockWrapperProviderSettings } from './bedrock-wrapper-settings';
import type { BedrockWrapperModelName } from './catalog/model-catalog';
import { resolveModel } from './catalog/resolve-model';

export interface BedrockWrapperProvider extends ProviderV1 {
  (modelName: BedrockWrapperModelName, settings?: BedrockWrapperModelSettings): LanguageModelV1;
  languageModel(modelName: BedrockWrapperModelName, settings?: BedrockWrapperModelSettings): LanguageModelV1;
}

/**
 * Creates the provider. Nothing is read or checked here (no env var, no AWS SDK import): the client is created at the
 * first call and then shared by every model of this provider.
 */
export function bedrockWrapperProvider(
  settings: BedrockWrapperProviderSettings = {},
): BedrockWrapperProvider {
  let client: Promise<{ sdk: BedrockSdk; client: BedrockRuntimeClient }> | undefined;
  const getClient = () => {
    client ??= createBedrockClient(settings).catch(error => {
      client = undefined;
      throw error;
    });
    return client;
  };
  const languageModel = (
    modelName: BedrockWrapperModelName,
    modelSettings: BedrockWrapperModelSettings = {},
  ) => {
    const merged: BedrockWrapperModelSettings = {
      api: modelSettings.api ?? settings.api,
      inferenceProfile: modelSettings.inferenceProfile ?? settings.inferenceProfile,
      family: modelSettings.family,
      reasoning: modelSettings.reasoning,
    };
    const resolved = resolveModel(modelName, {
      region:
        settings.region ??
        settings.clientConfig?.region?.toString() ??
        runtimeEnv().AWS_REGION ??
        runtimeEnv().AWS_DEFAULT_REGION,
      inferenceProfile: merged.inferenceProfile,
      family: merged.family,
    });
    return new BedrockLanguageModel(resolved, merged, {
      getClient,
      generateId,
      requestTimeoutMs: settings.requestTimeoutMs ?? 120_000,
      streamStallTimeoutMs: settings.streamStallTimeoutMs ?? 60_000,
    });
  };
  const provider = function (
    modelName: BedrockWrapperModelName,
    modelSettings?: BedrockWrapperModelSettings,
  ) {
    if (new.target) throw new Error('bedrockWrapperProvider(...) returns a function; call it without `new`.');
    return languageModel(modelName, modelSettings);
  } as unknown as BedrockWrapperProvider;
  provider.languageModel = languageModel;
  provider.textEmbeddingModel = (modelId: string) => {
    throw new NoSuchModelError({ modelId, modelType: 'textEmbeddingModel' });
  };
  return provider;
}

/** Default instance: settings from the environment (AWS_REGION, the AWS credential chain, AWS_BEARER_TOKEN_BEDROCK). */
export const bedrockWrapper = bedrockWrapperProvider();
