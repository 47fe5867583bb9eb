import { generateId } from '@ai-sdk/provider-utils';
import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { type BedrockSdk, createBedrockClient } from './bedrock/create-bedrock-client';
import type { BedrockWrapperModelSettings, BedrockWrapperProviderSettings } from './bedrock-wrapper-settings';
import type { BedrockWrapperModelName } from './catalog/model-catalog';
import { resolveModel } from './catalog/resolve-model';
import { BedrockModelCore } from './core/bedrock-model-core';

export type ModelFactory = (
  modelName: BedrockWrapperModelName,
  settings?: BedrockWrapperModelSettings,
) => BedrockModelCore;

/**
 * What every specification's provider shares: one lazily created AWS client per provider, name resolution, and the
 * spec-neutral core model each edge wraps.
 */
export function createModelFactory(settings: BedrockWrapperProviderSettings): ModelFactory {
  let client: Promise<{ sdk: BedrockSdk; client: BedrockRuntimeClient }> | undefined;
  const getClient = () => {
    client ??= createBedrockClient(settings).catch(error => {
      client = undefined;
      throw error;
    });
    return client;
  };
  return (modelName, modelSettings = {}) => {
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
        globalThis.process?.env?.AWS_REGION ??
        globalThis.process?.env?.AWS_DEFAULT_REGION,
      inferenceProfile: merged.inferenceProfile,
      family: merged.family,
    });
    return new BedrockModelCore(resolved, merged, {
      getClient,
      generateId,
      requestTimeoutMs: settings.requestTimeoutMs ?? 120_000,
      streamStallTimeoutMs: settings.streamStallTimeoutMs ?? 60_000,
    });
  };
}

/** Makes a provider function: callable, with `languageModel`, never constructed with `new`. */
export function providerFunction<M>(
  languageModel: (modelName: BedrockWrapperModelName, settings?: BedrockWrapperModelSettings) => M,
) {
  return function (modelName: BedrockWrapperModelName, modelSettings?: BedrockWrapperModelSettings) {
    if (new.target) throw new Error('bedrockWrapperProvider(...) returns a function; call it without `new`.');
    return languageModel(modelName, modelSettings);
  };
}
