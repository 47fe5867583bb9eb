import type { BedrockOperation, ScriptedReply } from '../emulator-types';
import type { RequestView } from '../families/shared/request-view';
import type { Source } from '../knowledge/rules';

/**
 * The emulator's OWN knowledge of Bedrock models, written from the AWS documentation, recorded real responses and
 * real errors (never from the provider's catalog): it is the independent judge. Every row carries its sources.
 */
export type EmulatedFamily =
  | 'anthropic'
  | 'llama3'
  | 'llama4'
  | 'mistral-prompt'
  | 'mistral-chat-legacy'
  | 'nova'
  | 'deepseek-r1'
  | 'openai-chat'
  | 'jamba'
  | 'titan-text';

export interface EmulatedModel {
  /** Foundation-model id, e.g. `anthropic.claude-3-haiku-20240307-v1:0`. */
  id: string;
  family: EmulatedFamily;
  /** Sub-kind inside a family, for per-model rules (e.g. `gpt-oss`, `kimi`, `mistral-new`, `claude-4`). */
  variant?: string;
  operations: { invoke: boolean; converse: boolean };
  streaming: { invoke: boolean; converse: boolean };
  vision: { invoke: boolean; converse: boolean };
  documents: { invoke: boolean; converse: boolean };
  /**
   * `forcedChoice`: Converse toolChoice `any` (and Claude's `tool_choice` any/tool); `specificChoice`: Converse
   * toolChoice `tool`, the same as `forcedChoice` unless set (Mistral Large takes `any` only, ToolChoice API).
   */
  tools: {
    invoke: boolean;
    converse: boolean;
    converseStream: boolean;
    forcedChoice: boolean;
    specificChoice?: boolean;
  };
  /** How the model reasons, if it does; the family renders it in its own shape. */
  reasoning:
    | 'none'
    | 'claude-thinking'
    | 'inline-reasoning-tag'
    | 'inline-think-tag'
    | 'reasoning-content'
    | 'always';
  stopSequences: { invoke: boolean; converse: boolean; max: number };
  /**
   * Where a conversation ending with an assistant message is refused: `never` taken, or not while tools are offered
   * (`families/shared/assistant-prefill.ts`). Unset: taken.
   */
  assistantPrefill?: 'never' | 'without-tools';
  /**
   * On Converse, an assistant turn holding only reasoning is refused with the prefill refusal, even before a user turn
   * (rule converse.reasoningOnlyTurn).
   */
  reasoningOnlyTurnRefused?: boolean;
  /**
   * On Converse, a user turn may hold tool results or other blocks, not both ("Conversation blocks and tool result
   * blocks cannot be provided in the same turn").
   */
  toolResultsAlone?: boolean;
  /** Converse takes a `system` field ("This model doesn't support system messages" otherwise). */
  systemPrompt: boolean;
  /** Claude: which `thinking.type` values the model accepts (`between_tools`: Sonnet 5.5's lowest setting). */
  thinking?: { enabled: boolean; adaptive: boolean; disabled: boolean; betweenTools?: boolean };
  /**
   * Past its end of life: every call answers ResourceNotFoundException "This model version has reached the end of
   * its life." (real answers, see the row's `profiles` sources).
   */
  endOfLife?: boolean;
  /**
   * Claude sampling parameters: `free`; `exclusive` (temperature and top_p not both); `removed` (a non-default
   * temperature, top_p or top_k is rejected as deprecated).
   */
  sampling: 'free' | 'exclusive' | 'removed';
  maxOutputTokens: number;
  /** `profile-only`: the bare id is rejected on demand ("on-demand throughput isn't supported"). */
  access: 'on-demand' | 'profile-only';
  /** Geographies with a cross-region inference profile (`us.`, `eu.`, `apac.`, `global.`). */
  profiles: Array<'us' | 'eu' | 'apac' | 'global'>;
  /** Where each group of facts of this row comes from (each list non-empty; see src/knowledge/rules.ts). */
  sources: ModelSources;
}

export interface ModelSources {
  /** The id exists and serves the APIs in `operations`. */
  id: readonly Source[];
  /** Capabilities: streaming, tools, vision, documents, system prompt, reasoning forms. */
  features: readonly Source[];
  /** Limits: max output tokens, stop sequences, sampling. */
  limits: readonly Source[];
  /** On-demand access and the cross-region profiles. */
  profiles: readonly Source[];
}

/** A Bedrock error to answer with: AWS error name, HTTP status and message. */
export interface BedrockError {
  name: string;
  status: number;
  message: string;
  /** The id of the sourced rule that produced it (src/knowledge/rules.ts). */
  rule?: string;
}

/** A reply with every default filled in, ready to render. */
export interface ResolvedReply extends Required<Pick<ScriptedReply, 'stopReason'>> {
  text: string;
  reasoning?: string;
  redactedReasoning: string[];
  /** `id` is filled in by the family renderer in its own style when the script gave none. */
  toolCalls: Array<{ name: string; input: Record<string, unknown>; id?: string }>;
  stopSequence?: string;
  usage: {
    inputTokens: number;
    outputTokens: number;
    cacheReadInputTokens?: number;
    cacheWriteInputTokens?: number;
  };
  chunkSize?: number;
  /** The scripted deltas of `text` (when the text was not cut by a stop sequence or max tokens). */
  textChunks?: string[];
}

export interface RenderContext {
  model: EmulatedModel;
  operation: BedrockOperation;
  /** The parsed request body. */
  request: unknown;
  /** Deterministic id source for this request (`msg_bdrk_…`, `toolu_bdrk_…`, `tooluse_…`). */
  requestId: string;
}

/** One stream event: InvokeModel chunks are model JSON objects; ConverseStream events are named. */
export type RenderedStreamEvent =
  | { kind: 'chunk'; json: Record<string, unknown> }
  | { kind: 'event'; eventType: string; json: Record<string, unknown> };

/**
 * What one request format knows: how Bedrock validates it, what the request asks for (read into a family-neutral
 * view from which the shared default answer is made), and how replies look non-streamed and streamed. The server
 * (framing, auth, faults, delays) never looks inside a body; it only calls these.
 */
export interface FamilyHandler {
  /** Returns the error Bedrock answers for this body, or `undefined` when it is accepted. */
  validate(body: unknown, ctx: Omit<RenderContext, 'requestId'>): BedrockError | undefined;
  /** What the request asks for: last user text, images, tools, reasoning, stop sequences, max tokens, JSON schema. */
  view(body: unknown, ctx: Omit<RenderContext, 'requestId'>): RequestView;
  /** The model keeps the matched stop sequence in its output (Nova, https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/test-stop-sequences-output.txt). */
  includesStopSequence?: boolean;
  /** Non-streaming response body (InvokeModel body JSON or Converse output JSON). */
  render(reply: ResolvedReply, ctx: RenderContext): Record<string, unknown>;
  /**
   * Stream events, in order. The last one carries `amazon-bedrock-invocationMetrics` (InvokeModel)
   * or is the `metadata` event (ConverseStream). The server adds the `p` padding and the framing.
   */
  renderStream(reply: ResolvedReply, ctx: RenderContext): RenderedStreamEvent[];
}
