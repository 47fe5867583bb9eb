export type {
  BedrockWrapperModelSettings,
  BedrockWrapperProviderSettings,
} from '../bedrock-wrapper-settings';
export { listBedrockWrapperSupportedModels } from '../catalog/list-bedrock-wrapper-supported-models';
export type { BedrockWrapperModelName } from '../catalog/model-catalog';
export { BedrockLanguageModelV4 } from './bedrock-language-model-v4';
export {
  type BedrockWrapperProviderV4,
  bedrockWrapper,
  bedrockWrapperProvider,
} from './bedrock-wrapper-provider-v4';
