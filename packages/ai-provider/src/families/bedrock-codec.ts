import type {
  JSONValue,
  LanguageModelV1FinishReason,
  LanguageModelV1FunctionToolCall,
  LanguageModelV1StreamPart,
} from '@ai-sdk/provider';
import type { BedrockRequest, CodecContext } from '../bedrock-call-options';

/**
 * The contract between the language model and one wire format. There is one codec per family
 * for InvokeModel (`families/<family>/<family>-codec.ts`) and one codec for Converse
 * (`converse/converse-codec.ts`). The language model never tests a family name: it resolves the
 * codec once, then only calls these three methods.
 */
export interface BedrockCodec {
  /** The API this codec speaks. */
  readonly api: 'invoke' | 'converse';
  /**
   * Builds the request. Throws AI SDK errors (`InvalidPromptError`, `UnsupportedFunctionalityError`)
   * for what Bedrock would reject; pushes warnings to `ctx.warnings` for what it drops.
   */
  buildRequest(ctx: CodecContext): BedrockRequest;
  /** Reads a non-streaming response (InvokeModel: the parsed body JSON; Converse: the command output). */
  parseResponse(response: unknown, ctx: CodecContext): CodecGenerateResult;
  /** A fresh decoder for one streaming response. */
  createStreamDecoder(ctx: CodecContext): CodecStreamDecoder;
}

export type ReasoningDetail =
  | { type: 'text'; text: string; signature?: string }
  | { type: 'redacted'; data: string };

export interface CodecUsage {
  /** `NaN` when the response does not say. */
  readonly promptTokens: number;
  readonly completionTokens: number;
}

/** The family-dependent half of LanguageModelV1's `doGenerate` result. */
export interface CodecGenerateResult {
  readonly text?: string;
  readonly reasoning?: ReasoningDetail[];
  readonly toolCalls?: LanguageModelV1FunctionToolCall[];
  readonly finishReason: LanguageModelV1FinishReason;
  readonly usage: CodecUsage;
  /** Merged under `providerMetadata.bedrockWrapper` (cache tokens, stop sequence, trace, metrics…). */
  readonly providerMetadata?: Record<string, JSONValue>;
  /** Response id and model as the body states them (`msg_bdrk_…`, `chatcmpl-…`). */
  readonly response?: { readonly id?: string; readonly modelId?: string };
}

export type StreamEmit = (part: LanguageModelV1StreamPart) => void;

/**
 * Decodes one stream. Constant work per chunk: no re-parsing of earlier chunks, no accumulation of
 * the whole text (tool-call argument JSON is buffered per open block only, as the AI SDK needs it whole).
 */
export interface CodecStreamDecoder {
  /**
   * One chunk: for InvokeModel the parsed JSON of `chunk.bytes`; for Converse one
   * `ConverseStreamOutput` event object as the AWS SDK yields it.
   * Emits `text-delta`, `reasoning`, `reasoning-signature`, `redacted-reasoning`, `tool-call-delta`,
   * `tool-call` and `response-metadata` parts; never `finish` or `error`.
   */
  push(chunk: unknown, emit: StreamEmit): void;
  /**
   * The stream ended (normally or not). Emits what is still buffered (e.g. a reasoning tag cut at
   * the end) and returns what the `finish` part needs; the language model emits `finish`.
   */
  flush(emit: StreamEmit): CodecStreamFinish;
}

export interface CodecStreamFinish {
  readonly finishReason: LanguageModelV1FinishReason;
  readonly usage: CodecUsage;
  readonly providerMetadata?: Record<string, JSONValue>;
}
