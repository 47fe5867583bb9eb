import type { JSONObject, JSONValue } from '@ai-sdk/provider';
import type { BedrockApi, ReasoningRequest, ResolvedModel } from '../catalog/model-catalog-types';
import type { BedrockWrapperCallOptions } from './bedrock-wrapper-call-options';
import type { CoreCallRequest } from './core-call';
import type { CorePart, CoreWarning } from './core-parts';
import type { Shape } from './response-shape';

/**
 * The contract between the core and one wire format: one codec per family for InvokeModel
 * (`families/<family>/<family>-codec.ts`) and one for Converse (`converse/converse-codec.ts`). The core resolves the
 * codec once per call (choose-api.ts), then only calls these three methods; it never tests a family name.
 */
export interface BedrockCodec {
  readonly api: BedrockApi;
  /**
   * The fields this codec reads from a whole answer and from one stream chunk, with their types. The core checks
   * every answer and chunk against them before `parseResponse` / the decoder sees it (response-shape.ts).
   */
  readonly shapes: { readonly response: Shape; readonly chunk: Shape };
  /**
   * Builds the body. Throws AI SDK errors (`InvalidPromptError`, `UnsupportedFunctionalityError`) for what Bedrock
   * would reject; pushes warnings to `ctx.warnings` for what it drops. Operation-level inputs (guardrails,
   * performance, request metadata) are not the codec's business (operation-inputs.ts).
   */
  buildRequest(ctx: CodecContext): BedrockRequest;
  /** Reads a non-streaming response (InvokeModel: the parsed body JSON; Converse: the command output). */
  parseResponse(response: unknown, ctx: CodecContext): CodecGenerateResult;
  /** A fresh decoder for one streaming response. */
  createStreamDecoder(ctx: CodecContext): CodecStreamDecoder;
}

/**
 * One call, normalised by the core before any codec sees it (core/prepare-call.ts), so that no codec repeats the AI
 * SDK's option juggling: object generation is a forced tool or `objectMode.json`; provider-defined tools are gone;
 * `maxTokens` is resolved against the catalog's default and cap; reasoning merges the `-Thinking` variant with the
 * call's options; images were checked against the model's limits.
 */
export interface BedrockCallOptions
  extends Pick<
    CoreCallRequest,
    | 'prompt'
    | 'temperature'
    | 'topP'
    | 'topK'
    | 'stopSequences'
    | 'seed'
    | 'presencePenalty'
    | 'frequencyPenalty'
    | 'tools'
    | 'toolChoice'
  > {
  readonly api: BedrockApi;
  readonly stream: boolean;
  readonly maxTokens: number;
  /** The caller set the output limit (not the catalog default): a codec may warn when it must change it. */
  readonly maxTokensSet: boolean;
  /** The caller chose the temperature (ai@4 sends 0 when the caller sets none: that is not a choice). */
  readonly temperatureSet: boolean;
  readonly objectMode?: { readonly type: 'tool' } | { readonly type: 'json'; readonly schema?: unknown };
  readonly reasoning: ReasoningRequest;
  /** `providerOptions.bedrockWrapper` of the call (already validated). */
  readonly providerOptions: BedrockWrapperCallOptions;
}

/** What a codec hands back for one request. */
export interface BedrockRequest {
  /**
   * InvokeModel: the JSON body of the family. Converse: the command input without `modelId`
   * (`messages`, `system`, `inferenceConfig`, `toolConfig`, …).
   */
  readonly body: Record<string, unknown>;
  /** Header-level InvokeModel inputs (guardrail, trace, performance); set by operation-inputs.ts, not by codecs. */
  readonly invokeInput?: {
    readonly guardrailIdentifier?: string;
    readonly guardrailVersion?: string;
    readonly trace?: 'ENABLED' | 'DISABLED' | 'ENABLED_FULL';
    readonly performanceConfigLatency?: 'standard' | 'optimized';
    /** `requestMetadata` as the JSON string InvokeModel takes. */
    readonly requestMetadata?: string;
  };
}

export interface CodecContext {
  readonly model: ResolvedModel;
  readonly options: BedrockCallOptions;
  /** Push warnings here; the core returns them with the result. */
  readonly warnings: CoreWarning[];
  /** Ids for tool calls the model did not name. */
  readonly generateId: () => string;
  /** The model family's Converse hooks (empty for a family without any). */
  readonly converse: ConverseHooks;
}

export type ReasoningDetail =
  | { type: 'text'; text: string; signature?: string }
  | { type: 'redacted'; data: string };

export interface CodecUsage {
  /** `NaN` when the response does not say. */
  readonly promptTokens: number;
  readonly completionTokens: number;
  /** Output tokens spent reasoning, where the body says (none seen so far: core-parts.ts, `CoreUsage`). */
  readonly reasoningTokens?: number;
  /** The usage as the body states it, in its family's own shape (Claude's `usage`, Converse's `usage`, …). */
  readonly raw?: JSONObject;
}

export interface CodecToolCall {
  readonly toolCallType: 'function';
  readonly toolCallId: string;
  readonly toolName: string;
  readonly args: string;
}

/** The family-dependent half of a whole answer. */
export interface CodecGenerateResult {
  readonly text?: string;
  readonly reasoning?: ReasoningDetail[];
  readonly toolCalls?: CodecToolCall[];
  readonly finishReason: CodecFinishReason;
  /** Bedrock's own stop reason (`end_turn`, `stop`, `max_tokens`, …), when the body says one. */
  readonly rawFinishReason?: string;
  readonly usage: CodecUsage;
  /** Merged under `providerMetadata.bedrockWrapper` (cache tokens, stop sequence, trace, metrics…). */
  readonly providerMetadata?: Record<string, JSONValue>;
  /** Response id and model as the body states them (`msg_bdrk_…`, `chatcmpl-…`). */
  readonly response?: { readonly id?: string; readonly modelId?: string };
}

export type CodecFinishReason =
  | 'stop'
  | 'length'
  | 'content-filter'
  | 'tool-calls'
  | 'error'
  | 'other'
  | 'unknown';

/** The parts a codec's stream decoder emits: content parts only, never `finish` or `error`. */
export type CodecPart = Exclude<CorePart, { type: 'finish' } | { type: 'error' }>;
export type StreamEmit = (part: CodecPart) => void;

/**
 * Decodes one stream. Constant work per chunk: no re-parsing of earlier chunks, no accumulation of the whole text
 * (tool-call argument JSON is buffered per open block only, as the AI SDK needs it whole).
 */
export interface CodecStreamDecoder {
  /**
   * One chunk: for InvokeModel the parsed JSON of `chunk.bytes`; for Converse one `ConverseStreamOutput` event.
   * Throws when the chunk does not have the shape the family sends (the stream then fails with that error).
   */
  push(chunk: unknown, emit: StreamEmit): void;
  /**
   * The stream ended (normally or not). Emits what is still buffered (e.g. a reasoning tag cut at the end) and
   * returns what the `finish` part needs.
   */
  flush(emit: StreamEmit): CodecStreamFinish;
}

export interface CodecStreamFinish {
  readonly finishReason: CodecFinishReason;
  readonly rawFinishReason?: string;
  readonly usage: CodecUsage;
  readonly providerMetadata?: Record<string, JSONValue>;
}

/** Sampling and reasoning as one family sends them on Converse. */
export interface ConverseSampling {
  /** Left out when the model must choose its own output limit (Nova 2 at reasoning effort "high"). */
  readonly maxTokens?: number;
  readonly temperature?: number;
  readonly topP?: number;
  readonly topK?: number;
  /** `toolChoice` any/tool may be sent (Claude refuses forced tools while thinking). */
  readonly forceToolAllowed: boolean;
  /** Model-native fields for `additionalModelRequestFields` (thinking, reasoning effort). */
  readonly additionalFields: Readonly<Record<string, unknown>>;
}

/**
 * What a family does differently on Converse. The Converse codec asks these (through `CodecContext.converse`) and
 * never names a family; a family without hooks gets Converse's plain behaviour.
 */
export interface ConverseHooks {
  /** Sampling and reasoning fields; without it the call's sampling is sent as it is, with no reasoning fields. */
  readonly sampling?: (
    options: BedrockCallOptions,
    entry: ResolvedModel['entry'],
    warnings: CoreWarning[],
  ) => ConverseSampling;
  /** The `additionalModelRequestFields` that carry topK; without it topK is not taken on Converse (a warning). */
  readonly topKFields?: (topK: number) => Record<string, unknown>;
  /**
   * Rewrites a tool-call id into the form the model accepts, the same way for a call and for its result (so they still
   * pair); its ids must also meet Bedrock's rule. Without it, ids follow Bedrock's rule (bedrock-tool-use-id.ts).
   */
  readonly toolCallId?: (id: string) => string;
  /** Repairs a tool name as the model emits it. */
  readonly repairToolName?: (name: string) => string;
  /** The model takes `toolResult.status` (`error` for a failed tool); without it the field is left out. */
  readonly toolResultStatus?: boolean;
  /**
   * The model takes a prompt-cache point only right after a text block; one after any other block (a tool result, an
   * image) is left out with a warning. Without it, a cache point goes after whatever the message ends with.
   */
  readonly cachePointsAfterTextOnly?: boolean;
  /** `additionalModelResponseFieldPaths` to ask for when the call has stop sequences (the matched one comes back). */
  readonly stopSequenceResponsePaths?: readonly string[];
}

export type SamplingSetting = 'temperature' | 'topP' | 'topK';

/** The accepted values of one sampling setting, and where that range is written (an AWS page, or "unsourced: …"). */
export interface SamplingRange {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  readonly source: string;
}

/** What a tool name must look like, said in words for the error, and where that rule is written. */
export interface ToolNameRule {
  readonly pattern: RegExp;
  readonly describe: string;
  readonly source: string;
}

/**
 * One family, everything the shared code asks of it, in the family's own folder (`families/<family>/<family>-family.ts`):
 * its InvokeModel codec (absent when not implemented), its Converse hooks, the raw ids it owns, and the InvokeModel
 * rules AWS documents for it.
 */
export interface FamilyDescriptor {
  readonly invoke?: BedrockCodec;
  readonly converse: ConverseHooks;
  /**
   * Starts of the raw Bedrock ids (after any geography prefix) of this family's models, for ids not in the catalog
   * (a newer version, a fine-tune). The longest matching start over all families wins, so a family may claim a more
   * specific start inside another's (`mistral.mixtral` inside `mistral.`).
   */
  readonly rawIdPrefixes: readonly string[];
  /** The family's documented InvokeModel sampling ranges; a setting left out keeps the unsourced default bounds. */
  readonly invokeSampling?: Readonly<Partial<Record<SamplingSetting, SamplingRange>>>;
  /** The family's documented InvokeModel tool-name rule; without it only an empty name is refused (unsourced). */
  readonly invokeToolNames?: ToolNameRule;
}
