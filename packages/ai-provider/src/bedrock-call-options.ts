import type {
  JSONSchema7,
  JSONValue,
  LanguageModelV1CallWarning,
  LanguageModelV1FunctionTool,
  LanguageModelV1Prompt,
  LanguageModelV1ToolChoice,
} from '@ai-sdk/provider';
import type { BedrockApi, ReasoningRequest, ResolvedModel } from './catalog/model-catalog-types';

/**
 * One call, normalised by the language model before any codec sees it, so that no codec repeats
 * the AI SDK's option juggling:
 * - `mode` is gone: `object-tool` became a single forced tool, `object-json` became `responseFormat`;
 * - provider-defined tools were removed (with an `unsupported-tool` warning);
 * - `maxTokens` is resolved against the catalog's default and cap (with a warning when capped);
 * - reasoning merges the `-Thinking` variant with `providerMetadata.bedrockWrapper.reasoning`;
 * - image parts were checked against the model's vision support and limits.
 *
 * Codecs only translate. Everything they cannot express becomes a warning they push to `warnings`
 * (never a silent drop) or an AI SDK error they throw before anything is sent.
 */
export interface BedrockCallOptions {
  readonly api: BedrockApi;
  readonly stream: boolean;
  readonly prompt: LanguageModelV1Prompt;
  readonly maxTokens: number;
  readonly temperature?: number;
  readonly topP?: number;
  readonly topK?: number;
  readonly stopSequences?: readonly string[];
  readonly seed?: number;
  readonly presencePenalty?: number;
  readonly frequencyPenalty?: number;
  /** Function tools, already filtered. Empty when the call has none. */
  readonly tools: readonly LanguageModelV1FunctionTool[];
  /** `undefined` when there are no tools. */
  readonly toolChoice?: LanguageModelV1ToolChoice;
  /**
   * `tool`: object generation through a forced tool (the tool's arguments are the object);
   * `json`: the caller wants JSON text (`schema` when known). `undefined`: plain text.
   */
  readonly objectMode?: { readonly type: 'tool' } | { readonly type: 'json'; readonly schema?: JSONSchema7 };
  readonly reasoning: ReasoningRequest;
  /** `providerMetadata.bedrockWrapper` of the call (already validated), for pass-through fields. */
  readonly providerOptions: BedrockWrapperCallOptions;
}

/**
 * Per-call options under `providerOptions.bedrockWrapper` (`providerMetadata.bedrockWrapper` in
 * LanguageModelV1). Model-level settings with the same names are their defaults.
 */
export interface BedrockWrapperCallOptions {
  /** Send this call through InvokeModel or Converse. */
  readonly api?: BedrockApi;
  /** Turn reasoning on or off and size it. `-Thinking` names turn it on by default. */
  readonly reasoning?: {
    readonly enabled?: boolean;
    readonly budgetTokens?: number;
    readonly effort?: 'low' | 'medium' | 'high';
  };
  /** Converse `guardrailConfig`, or InvokeModel guardrail headers. */
  readonly guardrailConfig?: {
    readonly guardrailIdentifier: string;
    readonly guardrailVersion: string;
    readonly trace?: 'enabled' | 'disabled' | 'enabled_full';
    readonly streamProcessingMode?: 'sync' | 'async';
  };
  /** Converse `performanceConfig` / InvokeModel `performanceConfigLatency`. */
  readonly performanceConfig?: { readonly latency: 'standard' | 'optimized' };
  /** Converse `additionalModelRequestFields`, or keys merged into an InvokeModel body. */
  readonly additionalModelRequestFields?: Record<string, JSONValue>;
  /** Converse `requestMetadata`. */
  readonly requestMetadata?: Record<string, string>;
}

/** What a codec hands back to the language model for one request. */
export interface BedrockRequest {
  /**
   * InvokeModel: the JSON body of the family. Converse: the command input without `modelId`
   * (`messages`, `system`, `inferenceConfig`, `toolConfig`, …).
   */
  readonly body: Record<string, unknown>;
  /** Headers-level InvokeModel inputs (guardrail, trace, performance), when any. */
  readonly invokeInput?: {
    readonly guardrailIdentifier?: string;
    readonly guardrailVersion?: string;
    readonly trace?: 'ENABLED' | 'DISABLED' | 'ENABLED_FULL';
    readonly performanceConfigLatency?: 'standard' | 'optimized';
  };
}

export interface CodecContext {
  readonly model: ResolvedModel;
  readonly options: BedrockCallOptions;
  /** Push warnings here; the language model returns them with the result. */
  readonly warnings: LanguageModelV1CallWarning[];
  /** Ids for tool calls the model did not name. */
  readonly generateId: () => string;
}
