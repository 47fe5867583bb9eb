export type {
  BedrockWrapperModelSettings,
  BedrockWrapperProviderSettings,
} from '../bedrock-wrapper-settings';
export { listBedrockWrapperSupportedModels } from '../catalog/list-bedrock-wrapper-supported-models';
export type { BedrockWrapperModelName } from '../catalog/model-catalog';
export { BedrockLanguageModelV3 } from './bedrock-language-model-v3';
export {
  type BedrockWrapperProviderV3,
  bedrockWrapper,
  bedrockWrapperProvider,
} from './bedrock-wrapper-provider-v3';
