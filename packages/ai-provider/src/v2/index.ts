export type {
  BedrockWrapperModelSettings,
  BedrockWrapperProviderSettings,
} from '../bedrock-wrapper-settings';
export { listBedrockWrapperSupportedModels } from '../catalog/list-bedrock-wrapper-supported-models';
export type { BedrockWrapperModelName } from '../catalog/model-catalog';
export { BedrockLanguageModelV2 } from './bedrock-language-model-v2';
export {
  type BedrockWrapperProviderV2,
  bedrockWrapper,
  bedrockWrapperProvider,
} from './bedrock-wrapper-provider-v2';
