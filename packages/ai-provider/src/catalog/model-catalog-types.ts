/**
 * The shape of one catalog row. The catalog itself (`model-catalog.ts`) is `as const` data checked
 * with `satisfies readonly ModelCatalogEntry[]`, so friendly names stay literal types.
 *
 * Every capability is stated per API because Bedrock differs between InvokeModel (the family's own
 * body) and Converse (one body for all): e.g. Gemma 3 sees images on Converse only
 * (docs/catalog-sources.md), Llama rejects tools in ConverseStream.
 */

/**
 * The request/response format family. One folder per family under `families/`; the model class
 * never tests a family name, it asks the family's codec.
 */
export type ModelFamily =
  /** Anthropic Messages API (`anthropic_version: bedrock-2023-05-31`). */
  | 'anthropic'
  /** Meta Llama 3.x prompt template (`<|begin_of_text|>`, `<|start_header_id|>`, `<|eot_id|>`). */
  | 'llama3'
  /** Meta Llama 4 prompt template (`<|header_start|>`, `<|eot|>`), `images` field for vision. */
  | 'llama4'
  /** Mistral text completion (`<s>[INST] … [/INST]`): Mistral 7B, Mixtral 8x7B, Mistral Large 2402. */
  | 'mistral-prompt'
  /** Amazon Nova `messages-v1`. */
  | 'nova'
  /** DeepSeek-R1 prompt template (`<｜begin▁of▁sentence｜>`, `<｜User｜>`, `<｜Assistant｜><think>`). */
  | 'deepseek-r1'
  /** The OpenAI chat-completions backend ("Mantle"); each of these is a thin quirk layer over `families/openai-chat`. */
  | 'gpt-oss'
  | 'qwen'
  | 'gemma'
  | 'kimi'
  | 'minimax'
  | 'deepseek-v3'
  | 'mistral-chat'
  | 'nemotron'
  | 'glm'
  | 'palmyra'
  /** AI21 Labs Jamba: its own chat body on InvokeModel, in the chat-completions shape (`families/jamba`). */
  | 'jamba';

export type BedrockApi = 'invoke' | 'converse';

/**
 * Geography prefixes of cross-region inference profiles (`us.`, `eu.`, `apac.`, `jp.`, `au.`, `global.`;
 * https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html).
 */
export type ProfileGeography = 'us' | 'eu' | 'apac' | 'jp' | 'au' | 'global';

export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp';

/** A capability that may differ between the two APIs. */
export interface PerApi<T = boolean> {
  readonly invoke: T;
  readonly converse: T;
}

/**
 * How a model is asked to reason. What the reasoning looks like in the response (thinking blocks,
 * inline `<think>` text, `reasoning_content`, `reasoningContent`) is the family codec's business.
 */
export type ReasoningSupport =
  /**
   * Claude thinking. `budget`: `thinking: { type: 'enabled', budget_tokens }` (>= 1024, < max_tokens), the only form of
   * the models before Opus 4.6; `adaptive`: `thinking: { type: 'adaptive' }` with `output_config.effort`, the only form
   * of Opus 4.7 and later and the recommended one of Opus 4.6 / Sonnet 4.6, where `enabled` is deprecated
   * (https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html).
   */
  | ({
      readonly kind: 'anthropic-thinking';
      readonly form: 'budget' | 'adaptive';
      /** Budget of the `budget` form when the caller gives none. */
      readonly defaultBudgetTokens: number;
      /** Adaptive thinking is always on and cannot be disabled (the model card says so). */
      readonly alwaysOn?: boolean;
    } & Sourced)
  /** An effort level: gpt-oss `reasoning_effort`, Nova 2 `reasoningConfig.maxReasoningEffort`. */
  | {
      readonly kind: 'effort';
      readonly levels: readonly ('low' | 'medium' | 'high')[];
      /** Effort a `-Thinking` variant asks for. */
      readonly thinkingEffort: 'low' | 'medium' | 'high';
    }
  /** The model always reasons (DeepSeek-R1, Kimi K2 Thinking, MiniMax M2, Magistral); nothing to switch on. */
  | { readonly kind: 'always' };

/** How a model writes its reasoning inline, as tags in its answer text. */
export interface InlineReasoningFormat {
  /** `think`: `<think>…</think>`; `reasoning`: `<reasoning>…</reasoning>`. */
  readonly tags: readonly ('think' | 'reasoning')[];
  /** The answer starts inside reasoning: the prompt opened the tag (DeepSeek-R1) or the model never writes it. */
  readonly startsInside?: boolean;
  /**
   * The model also writes a lone open tag before a plain answer (Kimi K2 on Converse, recorded): a block still open
   * when the answer ends is answer text, so blocks are held until they close instead of streaming live.
   */
  readonly unclosedIsText?: boolean;
}

/**
 * Where a model writes reasoning inline in its text, per API, with where that was seen. Only these models have their
 * text parsed for reasoning tags (reasoning/inline-reasoning-splitter.ts); every other model's text is returned as sent.
 */
export interface InlineReasoning {
  readonly invoke?: InlineReasoningFormat;
  readonly converse?: InlineReasoningFormat;
  readonly source: readonly string[];
}

export interface ImageLimits {
  /** Largest accepted image, in bytes of the encoded file. */
  readonly maxBytes: number;
  /** Most images in one request. */
  readonly maxCount: number;
  readonly formats: readonly ImageFormat[];
}

export interface ToolSupport extends PerApi {
  /** Tools offered on ConverseStream (Llama rejects "tool use in streaming mode"). */
  readonly converseStream: boolean;
  /**
   * Tool use can be forced (Converse `toolChoice.any`); Claude 3+, Nova and Mistral Large accept it
   * (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolChoice.html,
   * https://docs.aws.amazon.com/nova/latest/userguide/tool-choice.html).
   */
  readonly forcedChoice: boolean;
  /**
   * A named tool can be forced (Converse `toolChoice.tool`): "Only supported by Anthropic Claude 3 and Amazon Nova
   * models" (API_runtime_ToolChoice). Where `forcedChoice` holds without it, the named tool alone is offered with `any`.
   */
  readonly specificChoice: boolean;
}

export interface ModelCatalogEntry {
  /** Friendly name, as in bedrock-wrapper's README, e.g. `Claude-4-5-Sonnet`. */
  readonly name: string;
  /**
   * Where the row was checked (at least one): AWS documentation URLs (model card, supported-models page,
   * inference-parameters page), recorded real responses (`fixture:<file>` in packages/emulator/fixtures/bedrock-recorded/)
   * or real Bedrock errors quoted in public issues. docs/catalog-sources.md says what each page gave.
   */
  readonly source: readonly string[];
  /** Foundation-model id without a geography prefix, e.g. `anthropic.claude-sonnet-4-5-20250929-v1:0`. */
  readonly modelId: string;
  readonly family: ModelFamily;
  /**
   * `required`: on-demand calls must go through a cross-region profile (`us.…`), the bare id is
   * rejected ("on-demand throughput isn't supported"); `optional`: both work; `none`: no profile exists.
   */
  readonly inferenceProfile: 'required' | 'optional' | 'none';
  /** Geographies with a cross-region profile for this model, preferred order first. */
  readonly profileGeographies: readonly ProfileGeography[];
  /** Which APIs the model speaks. A Converse-only model has `invoke: false`. */
  readonly apis: PerApi;
  /** Streaming support per API (gpt-oss has no InvokeModelWithResponseStream in the legacy wrapper). */
  readonly streaming: PerApi;
  /** Image input per API. */
  readonly vision: PerApi;
  readonly imageLimits?: ImageLimits;
  /** PDF/document input per API. */
  readonly documents: PerApi;
  /** Converse takes images and documents as `s3Location` sources (Nova only; see the NOVA row). */
  readonly s3Locations?: true;
  /**
   * Takes prompt-cache points (Converse `cachePoint`, Claude's `cache_control`): Claude and Nova only, with the sources
   * in `prompt/cache-points.ts`; elsewhere a cache point is left out with a warning.
   */
  readonly promptCaching?: true;
  /**
   * Where a conversation may not end with an assistant message (`prompt/assistant-prefill.ts`, with sources): `never`,
   * or `without-tools` (refused only when tools are offered). Unset: taken.
   */
  readonly assistantPrefill?: 'never' | 'without-tools';
  readonly tools: ToolSupport;
  /** Stop sequences per API, and the most the model accepts. */
  readonly stopSequences: PerApi & { readonly max: number };
  /** Largest `max_tokens` the model accepts. */
  readonly maxOutputTokens: number;
  /** `max_tokens` sent when the caller gives none (never the costly maximum, unlike the legacy wrapper). */
  readonly defaultMaxTokens: number;
  readonly reasoning?: ReasoningSupport;
  /** Reasoning written inline in the answer text (absent: the text is never parsed for reasoning tags). */
  readonly inlineReasoning?: InlineReasoning;
  /** `true` when a `<name>-Thinking` variant exists; it enables `reasoning` by default. */
  readonly thinkingVariant?: boolean;
  /**
   * Where a model takes no system prompt (absent: it takes one on both APIs). The codec then folds the system text into
   * the first user turn and warns.
   */
  readonly systemPrompt?: PerApi & Sourced;
  /**
   * The model reached end of life on Bedrock: calls answer `ResourceNotFoundException` ("This model version has reached
   * the end of its life"). Its friendly name is refused before sending with a pointer to `successor`; it is left out of
   * `listBedrockWrapperSupportedModels()`. A raw id is still sent as given.
   */
  readonly endOfLife?: Sourced & { readonly successor: string };
  /**
   * On Converse, a user turn may not mix tool results with other blocks ("Conversation blocks and tool result blocks
   * cannot be provided in the same turn"): a user message right after tool results gets its own turn, with a short
   * assistant turn between them (and a warning).
   */
  readonly converseToolResultsAlone?: Sourced;
  /**
   * On Converse, an assistant turn holding only reasoning is refused as an assistant prefill, even with a user turn
   * after it: such a turn is left out of the conversation (and a warning says so).
   */
  readonly converseReasoningOnlyTurnRefused?: Sourced;
  /** Sampling rules the model enforces, each with its source (absent: none beyond the family's own). */
  readonly sampling?: {
    /** `temperature` and `topP` cannot be sent together: `topP` is dropped with a warning. */
    readonly temperatureOrTopP?: Sourced;
    /** `temperature`, `topP` and `topK` are not accepted at all: each is dropped with a warning. */
    readonly none?: Sourced;
  };
}

/**
 * Where a fact was read: an AWS documentation URL, a recorded real response in
 * `packages/emulator/fixtures/bedrock-recorded/`, or a real Bedrock error quoted in a public issue (URL).
 */
export interface Sourced {
  readonly source: string;
}

/** The reasoning a call asks for, after variant defaults and per-call options are merged. */
export interface ReasoningRequest {
  readonly enabled: boolean;
  /** Claude thinking budget (`budget` form; mapped to an effort on the `adaptive` form). */
  readonly budgetTokens?: number;
  /** The budget was asked for (not a default): a codec may warn when it must change it. */
  readonly budgetSet?: boolean;
  /** Effort level for `effort` models and Claude's adaptive thinking. */
  readonly effort?: 'low' | 'medium' | 'high';
}

/** A catalog entry (or a raw id mapped to a family) resolved for one model instance. */
export interface ResolvedModel {
  /** The name the caller passed (friendly name, raw id, profile id or ARN). */
  readonly requestedName: string;
  readonly entry: ModelCatalogEntry;
  /** What goes into the `modelId` of the Bedrock command (bare id, profile id or ARN). */
  readonly bedrockModelId: string;
  /** Reasoning asked for by the name (`-Thinking`) before per-call options. */
  readonly defaultReasoning: ReasoningRequest;
}
