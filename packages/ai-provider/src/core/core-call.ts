import type { JSONSchema7, LanguageModelV1Prompt } from '@ai-sdk/provider';

/**
 * The prompt every codec reads. Its shape is the richest of the AI SDK prompt shapes that Bedrock needs (images and
 * files as their own parts, reasoning with its signature, tool results with rich content); the V1 edge passes its
 * prompt as it is, the V2/V3/V4 edges convert theirs (`spec-edge/convert-edge-prompt.ts`).
 */
export type CorePrompt = LanguageModelV1Prompt;

export interface CoreFunctionTool {
  readonly name: string;
  readonly description?: string;
  readonly parameters: JSONSchema7;
}

export type CoreToolChoice =
  | { readonly type: 'auto' }
  | { readonly type: 'none' }
  | { readonly type: 'required' }
  | { readonly type: 'tool'; readonly toolName: string };

/**
 * One call as an edge hands it to the core, after the specification's own juggling (V1 `mode`, V2+ `responseFormat`,
 * provider-defined tools) is done. Everything else (limits, API choice, reasoning, warnings) the core decides once.
 */
export interface CoreCallRequest {
  readonly prompt: CorePrompt;
  readonly maxOutputTokens?: number;
  readonly temperature?: number;
  readonly topP?: number;
  readonly topK?: number;
  readonly stopSequences?: readonly string[];
  readonly seed?: number;
  readonly presencePenalty?: number;
  readonly frequencyPenalty?: number;
  readonly tools: readonly CoreFunctionTool[];
  readonly toolChoice?: CoreToolChoice;
  /**
   * `tool`: the object comes as the arguments of the one forced tool in `tools`;
   * `json`: the caller wants JSON text (`schema` when known). `undefined`: plain text.
   */
  readonly objectMode?: { readonly type: 'tool' } | { readonly type: 'json'; readonly schema?: JSONSchema7 };
  /** `providerOptions.bedrockWrapper` as the caller gave it (validated by the core). */
  readonly providerOptions?: unknown;
  readonly abortSignal?: AbortSignal;
  readonly headers?: Record<string, string | undefined>;
}
