export { bedrockWrapper } from './bedrock-wrapper';
export { ImageUrlError, type ImageUrlRefusal } from './image-url/image-url-error';
export { listBedrockWrapperSupportedModels } from './list-supported-models';
export type {
  AwsCreds,
  BedrockWrapperOptions,
  OpenAIChatCompletionsCreateObject,
  OpenAIContentPart,
  OpenAIMessage,
  OpenAIToolCall,
} from './validate-request';
