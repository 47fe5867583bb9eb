// Moved to core/codec-contract.ts; kept until every import is updated.
export type {
  BedrockCodec,
  CodecGenerateResult,
  CodecStreamDecoder,
  CodecStreamFinish,
  CodecUsage,
  ReasoningDetail,
  StreamEmit,
} from '../core/codec-contract';
