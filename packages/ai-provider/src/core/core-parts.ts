import type { JSONObject, JSONValue } from '@ai-sdk/provider';

/**
 * The spec-neutral result model. Codecs and the Converse path produce these parts; each AI SDK specification
 * (V1 for ai@4, V2 for ai@5, V3 for ai@6, V4 for ai@7) is a thin edge that maps them (`v1/`…`v4/`), and no edge
 * maps another edge's output.
 */

/** The unified finish reasons shared by every specification; `raw` is Bedrock's own stop reason when it said one. */
export interface CoreFinishReason {
  readonly unified: 'stop' | 'length' | 'content-filter' | 'tool-calls' | 'error' | 'other' | 'unknown';
  readonly raw: string | undefined;
}

/** Token counts as Bedrock reports them; `undefined` where the response did not say. */
export interface CoreUsage {
  readonly inputTokens: number | undefined;
  readonly outputTokens: number | undefined;
  /** Input tokens read from the prompt cache (Converse `cacheReadInputTokens`, Claude `cache_read_input_tokens`). */
  readonly cacheReadTokens: number | undefined;
  /** Input tokens written to the prompt cache. */
  readonly cacheWriteTokens: number | undefined;
  /**
   * Output tokens spent on reasoning, where a response says. None that Bedrock was seen to send does: Converse's
   * TokenUsage has no such count, Claude's usage neither, and a gpt-oss chat completion on Bedrock had no
   * `completion_tokens_details` (https://github.com/BerriAI/litellm/pull/40775), so no codec sets it yet.
   */
  readonly reasoningTokens: number | undefined;
  /**
   * The counts in the shape Bedrock gave them (what LanguageModelV3/V4 call `raw` usage): the body's usage, else the
   * invocation metrics, else the token-count headers; `undefined` where the answer had none of them.
   */
  readonly raw: JSONObject | undefined;
}

/** A reasoning block: readable text (with Claude's signature when signed) or Claude's redacted data. */
export type CoreReasoning =
  | { readonly type: 'reasoning'; readonly text: string; readonly signature?: string }
  | { readonly type: 'redacted-reasoning'; readonly data: string };

export interface CoreToolCall {
  readonly type: 'tool-call';
  readonly toolCallId: string;
  readonly toolName: string;
  /** The arguments as JSON text. */
  readonly input: string;
}

/** One piece of a whole answer, in the order the model gave it. */
export type CoreContent = CoreReasoning | { readonly type: 'text'; readonly text: string } | CoreToolCall;

/** Per-call metadata under `providerMetadata.bedrockWrapper`. */
export type CoreMetadata = Record<string, JSONValue>;

/**
 * A warning in the neutral form; edges translate it (`unsupported-setting` is V3/V4's `unsupported` feature).
 * `setting` uses the neutral names (`maxOutputTokens`, `temperature`, …).
 */
export type CoreWarning =
  | { readonly type: 'unsupported-setting'; readonly setting: string; readonly details?: string }
  | { readonly type: 'other'; readonly message: string };

export interface CoreResponseInfo {
  readonly id: string | undefined;
  readonly modelId: string;
  readonly timestamp: Date;
  /** Response headers as received (never request headers). */
  readonly headers: Record<string, string>;
  /** A whole answer's body as Bedrock sent it, parsed (the model family's JSON, or Converse's output). */
  readonly body: unknown;
}

/** What one streamed answer carries besides its content parts. */
export interface CoreFinish {
  readonly finishReason: CoreFinishReason;
  readonly usage: CoreUsage;
  readonly providerMetadata: CoreMetadata;
}

/**
 * The parts of a streamed answer. Text and reasoning come as deltas (a block ends where another kind starts);
 * `reasoning-signature` closes the reasoning block it signs; tool input streams as deltas then one `tool-call`.
 */
export type CorePart =
  | {
      readonly type: 'response-metadata';
      readonly id?: string;
      readonly modelId?: string;
      readonly timestamp?: Date;
    }
  | { readonly type: 'text-delta'; readonly textDelta: string }
  | { readonly type: 'reasoning'; readonly textDelta: string }
  | { readonly type: 'reasoning-signature'; readonly signature: string }
  | { readonly type: 'redacted-reasoning'; readonly data: string }
  | {
      readonly type: 'tool-call-delta';
      readonly toolCallType: 'function';
      readonly toolCallId: string;
      readonly toolName: string;
      readonly argsTextDelta: string;
    }
  | {
      readonly type: 'tool-call';
      readonly toolCallType: 'function';
      readonly toolCallId: string;
      readonly toolName: string;
      readonly args: string;
    }
  | ({ readonly type: 'finish' } & CoreFinish)
  | { readonly type: 'error'; readonly error: unknown };

/** A whole answer (doGenerate, and the simulated stream). */
export interface CoreGenerateResult extends CoreFinish {
  readonly content: readonly CoreContent[];
  readonly response: CoreResponseInfo;
  /** The request as sent (large values elided), for `rawCall` / `request.body`. */
  readonly request: CoreRequestInfo;
  readonly warnings: readonly CoreWarning[];
}

export interface CoreRequestInfo {
  readonly body: unknown;
  /** modelId, api and the header-level InvokeModel inputs; never credentials. */
  readonly settings: Record<string, unknown>;
}

/**
 * Maps core parts to one specification's stream parts, synchronously, inside the one stream the core builds (a second
 * TransformStream would cost every part a few promises: BENCHMARKS.md).
 */
export interface PartMapper<T> {
  start(emit: (part: T) => void): void;
  push(part: CorePart, emit: (part: T) => void): void;
  /** The stream ends (not called when the reader cancels). */
  flush(emit: (part: T) => void): void;
}

/** Made once the call's warnings are known, before the first part. */
export type CreatePartMapper<T> = (warnings: readonly CoreWarning[]) => PartMapper<T>;
