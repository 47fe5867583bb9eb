// Moved to core/codec-contract.ts; kept until every import is updated.

export type { BedrockWrapperCallOptions } from './core/bedrock-wrapper-call-options';
export type { BedrockCallOptions, BedrockRequest, CodecContext } from './core/codec-contract';
