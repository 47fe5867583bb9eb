export { BedrockLanguageModel } from './bedrock-language-model';
export {
  type BedrockWrapperProvider,
  bedrockWrapper,
  bedrockWrapperProvider,
} from './bedrock-wrapper-provider';
export type {
  BedrockWrapperCredentials,
  BedrockWrapperModelSettings,
  BedrockWrapperProviderSettings,
} from './bedrock-wrapper-settings';
export {
  type BedrockWrapperModelInfo,
  listBedrockWrapperSupportedModels,
} from './catalog/list-bedrock-wrapper-supported-models';
export type { BedrockWrapperModelName } from './catalog/model-catalog';
export type { ModelFamily, ProfileGeography } from './catalog/model-catalog-types';
export type { BedrockWrapperCallOptions } from './core/bedrock-wrapper-call-options';
