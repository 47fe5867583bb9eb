import type {
  ModelCatalogEntry,
  PerApi,
  ProfileGeography,
  ReasoningSupport,
  ToolSupport,
} from './model-catalog-types';

/**
 * Every model of bedrock-wrapper 2.8 (legacy-wrapper.md §1.2) and the newer ones of 2.12 (§1.3), under the same
 * friendly names. Capabilities per API come from the AWS pages "Supported foundation models", "Supported Regions and
 * models for inference profiles", "models-api-compatibility" and "conversation-inference-supported-models-features",
 * and from what real Bedrock accepted and rejected in the legacy wrapper's logs (§2–§6). Entries with
 * `thinkingVariant` also exist as `<name>-Thinking`.
 */
const both = (value: boolean): PerApi => ({ invoke: value, converse: value });
const IMAGE_20MB = {
  maxBytes: 20 * 1024 * 1024,
  maxCount: 20,
  formats: ['jpeg', 'png', 'gif', 'webp'],
} as const;
const IMAGE_5MB = {
  maxBytes: 5 * 1024 * 1024,
  maxCount: 20,
  formats: ['jpeg', 'png', 'gif', 'webp'],
} as const;
// Claude on Bedrock: images up to 3.75 MB each, 20 per request (Anthropic Messages API page).
const CLAUDE_IMAGES = {
  maxBytes: 3.75 * 1024 * 1024,
  maxCount: 20,
  formats: ['jpeg', 'png', 'gif', 'webp'],
} as const;

const CLAUDE_TOOLS: ToolSupport = {
  invoke: true,
  converse: true,
  converseStream: true,
  forcedChoice: true,
  specificChoice: true,
};
// Llama: no tools in its prompt body; on Converse, tools but not while streaming (ai-sdk-contracts.md §5).
const LLAMA_TOOLS: ToolSupport = {
  invoke: false,
  converse: true,
  converseStream: false,
  forcedChoice: false,
  specificChoice: false,
};
const NO_TOOLS: ToolSupport = {
  invoke: false,
  converse: false,
  converseStream: false,
  forcedChoice: false,
  specificChoice: false,
};
const CHAT_TOOLS: ToolSupport = {
  invoke: true,
  converse: true,
  converseStream: true,
  forcedChoice: false,
  specificChoice: false,
};
// Nova takes toolChoice `auto`, `any` and `tool`, on Converse and in its InvokeModel body alike
// (https://docs.aws.amazon.com/nova/latest/userguide/tool-choice.html; the Invoke body has the Converse toolConfig:
// https://docs.aws.amazon.com/nova/latest/nova2-userguide/request-response-schema.html).
const NOVA_TOOLS: ToolSupport = {
  invoke: true,
  converse: true,
  converseStream: true,
  forcedChoice: true,
  specificChoice: true,
};
// Mistral Large (24.02) on Converse: toolChoice `any` but not `tool`
// (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolChoice.html).
const MISTRAL_LARGE_TOOLS: ToolSupport = {
  invoke: false,
  converse: true,
  converseStream: true,
  forcedChoice: true,
  specificChoice: false,
};
/**
 * Mistral 7B and Mixtral 8x7B (Mistral AI Instruct) take no system prompt on Converse: "This model doesn't support
 * system messages" (real ValidationException of Converse, https://github.com/567-labs/instructor/issues/1753; AWS
 * Converse features table, https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html).
 * On InvokeModel the prompt template carries it inside the first `[INST]`.
 */
const MISTRAL_INSTRUCT_SYSTEM = {
  invoke: true,
  converse: false,
  source: 'https://github.com/567-labs/instructor/issues/1753',
} as const;

/**
 * Claude 4.x rejects `temperature` with `top_p`: "`temperature` and `top_p` cannot both be specified for this model"
 * (real Bedrock errors: Converse, https://github.com/mem0ai/mem0/issues/3891; ConverseStream on Haiku 4.5,
 * https://github.com/aws-samples/bedrock-access-gateway/issues/191; the Sonnet 4.5 / Haiku 4.5 / Opus 4.5 / Sonnet 4.6
 * list of https://github.com/aws-samples/bedrock-access-gateway/pull/238). Claude Sonnet 4 and Opus 4 (2025-05) have
 * no such report and are left free.
 */
const TEMPERATURE_OR_TOP_P_4X = 'https://github.com/aws-samples/bedrock-access-gateway/pull/238';

const THINKING: ReasoningSupport = { kind: 'anthropic-thinking', defaultBudgetTokens: 16000 };
const ALWAYS: ReasoningSupport = { kind: 'always' };
const EFFORT: ReasoningSupport = {
  kind: 'effort',
  levels: ['low', 'medium', 'high'],
  thinkingEffort: 'high',
};

type Base = Omit<ModelCatalogEntry, 'name' | 'modelId' | 'family'>;

function claude(
  name: string,
  modelId: string,
  maxOutputTokens: number,
  options: {
    thinking?: boolean;
    vision?: boolean;
    profile?: 'required' | 'optional';
    geographies?: readonly ProfileGeography[];
    /** Source of "temperature and top_p cannot both be specified for this model" for this model. */
    temperatureOrTopP?: string;
  } = {},
) {
  const vision = options.vision ?? true;
  return {
    name,
    modelId,
    family: 'anthropic',
    inferenceProfile: options.profile ?? 'required',
    profileGeographies: options.geographies ?? ['us', 'eu', 'apac', 'global'],
    apis: both(true),
    streaming: both(true),
    vision: both(vision),
    ...(vision ? { imageLimits: CLAUDE_IMAGES } : {}),
    documents: both(vision),
    tools: CLAUDE_TOOLS,
    stopSequences: { invoke: true, converse: true, max: 8191 },
    maxOutputTokens,
    defaultMaxTokens: Math.min(4096, maxOutputTokens),
    ...(options.thinking ? { reasoning: THINKING, thinkingVariant: true } : {}),
    ...(options.temperatureOrTopP
      ? { sampling: { temperatureOrTopP: { source: options.temperatureOrTopP } } }
      : {}),
  } as const satisfies ModelCatalogEntry;
}

const LLAMA: Base = {
  inferenceProfile: 'required',
  profileGeographies: ['us'],
  apis: both(true),
  streaming: both(true),
  vision: both(false),
  documents: { invoke: false, converse: true },
  tools: LLAMA_TOOLS,
  // Llama's InvokeModel body has no stop field (legacy-wrapper.md §6); Converse honours stopSequences.
  stopSequences: { invoke: false, converse: true, max: 4 },
  maxOutputTokens: 2048,
  defaultMaxTokens: 2048,
};
const LLAMA_VISION: Base = { ...LLAMA, vision: both(true), imageLimits: IMAGE_5MB };

const MISTRAL_PROMPT: Base = {
  inferenceProfile: 'none',
  profileGeographies: [],
  apis: both(true),
  streaming: both(true),
  vision: both(false),
  documents: { invoke: false, converse: true },
  tools: NO_TOOLS,
  stopSequences: { invoke: true, converse: true, max: 10 },
  maxOutputTokens: 8192,
  defaultMaxTokens: 4096,
};

const NOVA: Base = {
  inferenceProfile: 'optional',
  profileGeographies: ['us', 'eu', 'apac'],
  apis: both(true),
  streaming: both(true),
  vision: both(true),
  imageLimits: IMAGE_5MB,
  documents: both(true),
  tools: NOVA_TOOLS,
  // Nova takes at most 4 stop sequences and keeps the matched one in its output (legacy-wrapper.md §2.4).
  stopSequences: { invoke: true, converse: true, max: 4 },
  maxOutputTokens: 10000,
  defaultMaxTokens: 4096,
};

const CHAT: Base = {
  inferenceProfile: 'none',
  profileGeographies: [],
  apis: both(true),
  streaming: both(true),
  vision: both(false),
  documents: { invoke: false, converse: true },
  tools: CHAT_TOOLS,
  stopSequences: { invoke: true, converse: true, max: 4 },
  maxOutputTokens: 32768,
  defaultMaxTokens: 4096,
};
// Vision on the OpenAI-chat backend: `image_url` data URLs on InvokeModel, image blocks on Converse (§5.3).
const CHAT_VISION: Base = { ...CHAT, vision: both(true), imageLimits: IMAGE_20MB };
const chatMax = (base: Base, maxOutputTokens: number): Base => ({
  ...base,
  maxOutputTokens,
  defaultMaxTokens: Math.min(4096, maxOutputTokens),
});

export const modelCatalog = [
  claude('Claude-Opus-4-7', 'anthropic.claude-opus-4-7-v1', 128000, { thinking: true }),
  claude('Claude-Opus-4-6', 'anthropic.claude-opus-4-6-v1', 128000, {
    thinking: true,
    temperatureOrTopP: TEMPERATURE_OR_TOP_P_4X,
  }),
  claude('Claude-Sonnet-4-6', 'anthropic.claude-sonnet-4-6', 64000, {
    thinking: true,
    temperatureOrTopP: 'https://github.com/aws-samples/bedrock-access-gateway/pull/238',
  }),
  claude('Claude-4-5-Opus', 'anthropic.claude-opus-4-5-20251101-v1:0', 64000, {
    thinking: true,
    temperatureOrTopP: TEMPERATURE_OR_TOP_P_4X,
  }),
  claude('Claude-4-1-Opus', 'anthropic.claude-opus-4-1-20250805-v1:0', 32000, {
    thinking: true,
    temperatureOrTopP: 'https://github.com/open-webui/pipelines/pull/546',
    geographies: ['us'],
  }),
  claude('Claude-4-Opus', 'anthropic.claude-opus-4-20250514-v1:0', 32000, {
    thinking: true,
    geographies: ['us'],
  }),
  claude('Claude-4-5-Sonnet', 'anthropic.claude-sonnet-4-5-20250929-v1:0', 64000, {
    thinking: true,
    temperatureOrTopP: 'https://github.com/mem0ai/mem0/issues/3891',
  }),
  claude('Claude-4-5-Haiku', 'anthropic.claude-haiku-4-5-20251001-v1:0', 64000, {
    thinking: true,
    temperatureOrTopP: 'https://github.com/aws-samples/bedrock-access-gateway/issues/191',
  }),
  claude('Claude-4-Sonnet', 'anthropic.claude-sonnet-4-20250514-v1:0', 64000, { thinking: true }),
  claude('Claude-3-7-Sonnet', 'anthropic.claude-3-7-sonnet-20250219-v1:0', 64000, {
    thinking: true,
    geographies: ['us', 'eu', 'apac'],
  }),
  claude('Claude-3-5-Sonnet-v2', 'anthropic.claude-3-5-sonnet-20241022-v2:0', 8192, {
    geographies: ['us', 'apac'],
  }),
  claude('Claude-3-5-Sonnet', 'anthropic.claude-3-5-sonnet-20240620-v1:0', 8192, {
    profile: 'optional',
    geographies: ['us', 'eu', 'apac'],
  }),
  // Claude 3.5 Haiku takes no images on Bedrock (ai-sdk-contracts.md §5, #4770).
  claude('Claude-3-5-Haiku', 'anthropic.claude-3-5-haiku-20241022-v1:0', 8192, {
    vision: false,
    profile: 'optional',
    geographies: ['us'],
  }),
  claude('Claude-3-Haiku', 'anthropic.claude-3-haiku-20240307-v1:0', 4096, {
    profile: 'optional',
    geographies: ['us', 'eu', 'apac'],
  }),

  { name: 'Llama-3-3-70b', modelId: 'meta.llama3-3-70b-instruct-v1:0', family: 'llama3', ...LLAMA },
  {
    name: 'Llama-3-2-1b',
    modelId: 'meta.llama3-2-1b-instruct-v1:0',
    family: 'llama3',
    ...LLAMA,
    profileGeographies: ['us', 'eu'],
  },
  {
    name: 'Llama-3-2-3b',
    modelId: 'meta.llama3-2-3b-instruct-v1:0',
    family: 'llama3',
    ...LLAMA,
    profileGeographies: ['us', 'eu'],
  },
  { name: 'Llama-3-2-11b', modelId: 'meta.llama3-2-11b-instruct-v1:0', family: 'llama3', ...LLAMA_VISION },
  { name: 'Llama-3-2-90b', modelId: 'meta.llama3-2-90b-instruct-v1:0', family: 'llama3', ...LLAMA_VISION },
  {
    name: 'Llama-3-1-8b',
    modelId: 'meta.llama3-1-8b-instruct-v1:0',
    family: 'llama3',
    ...LLAMA,
    inferenceProfile: 'optional',
  },
  {
    name: 'Llama-3-1-70b',
    modelId: 'meta.llama3-1-70b-instruct-v1:0',
    family: 'llama3',
    ...LLAMA,
    inferenceProfile: 'optional',
  },
  // No `us.` profile exists for 405B ("The provided model identifier is invalid", legacy-wrapper.md §8).
  {
    name: 'Llama-3-1-405b',
    modelId: 'meta.llama3-1-405b-instruct-v1:0',
    family: 'llama3',
    ...LLAMA,
    inferenceProfile: 'none',
    profileGeographies: [],
  },
  {
    name: 'Llama-3-8b',
    modelId: 'meta.llama3-8b-instruct-v1:0',
    family: 'llama3',
    ...LLAMA,
    inferenceProfile: 'none',
    profileGeographies: [],
    tools: NO_TOOLS,
  },
  {
    name: 'Llama-3-70b',
    modelId: 'meta.llama3-70b-instruct-v1:0',
    family: 'llama3',
    ...LLAMA,
    inferenceProfile: 'none',
    profileGeographies: [],
    tools: NO_TOOLS,
  },
  {
    name: 'Llama-4-Scout-17b',
    modelId: 'meta.llama4-scout-17b-instruct-v1:0',
    family: 'llama4',
    ...LLAMA_VISION,
    maxOutputTokens: 8192,
    defaultMaxTokens: 4096,
  },
  {
    name: 'Llama-4-Maverick-17b',
    modelId: 'meta.llama4-maverick-17b-instruct-v1:0',
    family: 'llama4',
    ...LLAMA_VISION,
    maxOutputTokens: 8192,
    defaultMaxTokens: 4096,
  },

  { name: 'Nova-Pro', modelId: 'amazon.nova-pro-v1:0', family: 'nova', ...NOVA },
  { name: 'Nova-Lite', modelId: 'amazon.nova-lite-v1:0', family: 'nova', ...NOVA },
  {
    name: 'Nova-2-Lite',
    modelId: 'amazon.nova-2-lite-v1:0',
    family: 'nova',
    ...NOVA,
    inferenceProfile: 'required',
    profileGeographies: ['us', 'eu', 'global'],
    maxOutputTokens: 65535,
    reasoning: EFFORT,
    thinkingVariant: true,
  },
  {
    name: 'Nova-Micro',
    modelId: 'amazon.nova-micro-v1:0',
    family: 'nova',
    ...NOVA,
    vision: both(false),
    imageLimits: undefined,
    documents: both(false),
  },

  // gpt-oss: `max_completion_tokens`, `<reasoning>` inline on InvokeModel; Converse rejects stopSequences (§6).
  {
    name: 'GPT-OSS-120B',
    modelId: 'openai.gpt-oss-120b-1:0',
    family: 'gpt-oss',
    ...chatMax(CHAT, 128000),
    stopSequences: { invoke: true, converse: false, max: 4 },
    reasoning: EFFORT,
    thinkingVariant: true,
  },
  {
    name: 'GPT-OSS-20B',
    modelId: 'openai.gpt-oss-20b-1:0',
    family: 'gpt-oss',
    ...chatMax(CHAT, 128000),
    stopSequences: { invoke: true, converse: false, max: 4 },
    reasoning: EFFORT,
    thinkingVariant: true,
  },

  {
    name: 'Mistral-7b',
    modelId: 'mistral.mistral-7b-instruct-v0:2',
    family: 'mistral-prompt',
    ...MISTRAL_PROMPT,
    systemPrompt: MISTRAL_INSTRUCT_SYSTEM,
  },
  {
    name: 'Mixtral-8x7b',
    modelId: 'mistral.mixtral-8x7b-instruct-v0:1',
    family: 'mistral-prompt',
    ...MISTRAL_PROMPT,
    maxOutputTokens: 4096,
    systemPrompt: MISTRAL_INSTRUCT_SYSTEM,
  },
  {
    name: 'Mistral-Large',
    modelId: 'mistral.mistral-large-2402-v1:0',
    family: 'mistral-prompt',
    ...MISTRAL_PROMPT,
    tools: MISTRAL_LARGE_TOOLS,
  },
  {
    name: 'Mistral-Large-3',
    modelId: 'mistral.mistral-large-3-675b-instruct',
    family: 'mistral-chat',
    ...CHAT_VISION,
  },
  {
    name: 'Mistral-Pixtral-Large',
    modelId: 'mistral.pixtral-large-2502-v1:0',
    family: 'mistral-chat',
    ...CHAT_VISION,
    inferenceProfile: 'required',
    profileGeographies: ['us', 'eu'],
  },
  {
    name: 'Ministral-3-3b',
    modelId: 'mistral.ministral-3-3b-instruct',
    family: 'mistral-chat',
    ...chatMax(CHAT_VISION, 8192),
  },
  {
    name: 'Ministral-3-8b',
    modelId: 'mistral.ministral-3-8b-instruct',
    family: 'mistral-chat',
    ...chatMax(CHAT_VISION, 8192),
  },
  {
    name: 'Ministral-3-14b',
    modelId: 'mistral.ministral-3-14b-instruct',
    family: 'mistral-chat',
    ...chatMax(CHAT_VISION, 16384),
  },
  // Magistral answers on Converse only (its InvokeModel answers were empty, legacy-wrapper.md §2.5).
  {
    name: 'Magistral-Small-2509',
    modelId: 'mistral.magistral-small-2509',
    family: 'mistral-chat',
    ...chatMax(CHAT_VISION, 8192),
    apis: { invoke: false, converse: true },
    vision: { invoke: false, converse: true },
    reasoning: ALWAYS,
  },

  { name: 'Qwen3-32B', modelId: 'qwen.qwen3-32b-v1:0', family: 'qwen', ...CHAT },
  { name: 'Qwen3-Coder-30B-A3B', modelId: 'qwen.qwen3-coder-30b-a3b-v1:0', family: 'qwen', ...CHAT },
  { name: 'Qwen3-235B-A22B-2507', modelId: 'qwen.qwen3-235b-a22b-2507-v1:0', family: 'qwen', ...CHAT },
  { name: 'Qwen3-Coder-480B-A35B', modelId: 'qwen.qwen3-coder-480b-a35b-v1:0', family: 'qwen', ...CHAT },
  { name: 'Qwen3-Next-80B-A3B', modelId: 'qwen.qwen3-next-80b-a3b', family: 'qwen', ...CHAT },
  { name: 'Qwen3-VL-235B-A22B', modelId: 'qwen.qwen3-vl-235b-a22b', family: 'qwen', ...CHAT_VISION },
  { name: 'Qwen3-Coder-Next', modelId: 'qwen.qwen3-coder-next', family: 'qwen', ...CHAT },

  // DeepSeek-R1: inference profile only, prompt body, stop up to 10 (AWS DeepSeek parameters page).
  {
    name: 'DeepSeek-R1',
    modelId: 'deepseek.r1-v1:0',
    family: 'deepseek-r1',
    ...MISTRAL_PROMPT,
    inferenceProfile: 'required',
    profileGeographies: ['us'],
    maxOutputTokens: 32768,
    reasoning: ALWAYS,
  },
  { name: 'DeepSeek-V3.1', modelId: 'deepseek.v3-v1:0', family: 'deepseek-v3', ...chatMax(CHAT, 8192) },
  { name: 'DeepSeek-V3.2', modelId: 'deepseek.v3.2', family: 'deepseek-v3', ...chatMax(CHAT, 8192) },

  { name: 'Gemma-3-4b', modelId: 'google.gemma-3-4b-it', family: 'gemma', ...chatMax(CHAT_VISION, 8192) },
  { name: 'Gemma-3-12b', modelId: 'google.gemma-3-12b-it', family: 'gemma', ...chatMax(CHAT_VISION, 8192) },
  { name: 'Gemma-3-27b', modelId: 'google.gemma-3-27b-it', family: 'gemma', ...chatMax(CHAT_VISION, 8192) },

  // Kimi K2 Thinking always reasons; the legacy `Kimi-K2-Thinking` name only kept the reasoning visible, which this
  // provider always does (as reasoning parts), so both names are the same request.
  {
    name: 'Kimi-K2',
    modelId: 'moonshot.kimi-k2-thinking',
    family: 'kimi',
    ...CHAT,
    reasoning: ALWAYS,
    thinkingVariant: true,
  },
  {
    name: 'Kimi-K2.5',
    modelId: 'moonshotai.kimi-k2.5',
    family: 'kimi',
    ...CHAT_VISION,
    reasoning: ALWAYS,
    thinkingVariant: true,
  },
  { name: 'MiniMax-M2', modelId: 'minimax.minimax-m2', family: 'minimax', ...CHAT, reasoning: ALWAYS },
  { name: 'MiniMax-M2.1', modelId: 'minimax.minimax-m2.1', family: 'minimax', ...CHAT, reasoning: ALWAYS },
  { name: 'MiniMax-M2.5', modelId: 'minimax.minimax-m2.5', family: 'minimax', ...CHAT, reasoning: ALWAYS },

  { name: 'Nemotron-Super-3-120B', modelId: 'nvidia.nemotron-super-3-120b', family: 'nemotron', ...CHAT },
  {
    name: 'Nemotron-Nano-12B-v2',
    modelId: 'nvidia.nemotron-nano-12b-v2',
    family: 'nemotron',
    ...chatMax(CHAT_VISION, 8192),
    imageLimits: IMAGE_5MB,
  },
  {
    name: 'Nemotron-Nano-9B-v2',
    modelId: 'nvidia.nemotron-nano-9b-v2',
    family: 'nemotron',
    ...chatMax(CHAT, 8192),
    reasoning: ALWAYS,
  },
  {
    name: 'Nemotron-Nano-3-30B',
    modelId: 'nvidia.nemotron-nano-3-30b',
    family: 'nemotron',
    ...chatMax(CHAT, 8192),
  },
  { name: 'GLM-4.7', modelId: 'zai.glm-4.7', family: 'glm', ...chatMax(CHAT, 4096) },
  { name: 'GLM-4.7-Flash', modelId: 'zai.glm-4.7-flash', family: 'glm', ...chatMax(CHAT, 4096) },
  { name: 'GLM-5', modelId: 'zai.glm-5', family: 'glm', ...chatMax(CHAT, 131072) },
  // Palmyra X4/X5 have no on-demand throughput: an inference profile is required (legacy-wrapper.md §1.3 #22).
  {
    name: 'Palmyra-X4',
    modelId: 'writer.palmyra-x4-v1:0',
    family: 'palmyra',
    ...chatMax(CHAT, 8192),
    inferenceProfile: 'required',
    profileGeographies: ['us'],
  },
  {
    name: 'Palmyra-X5',
    modelId: 'writer.palmyra-x5-v1:0',
    family: 'palmyra',
    ...chatMax(CHAT, 8192),
    inferenceProfile: 'required',
    profileGeographies: ['us'],
  },
  {
    name: 'Palmyra-Vision-7B',
    modelId: 'writer.palmyra-vision-7b',
    family: 'palmyra',
    ...chatMax(CHAT_VISION, 4096),
    imageLimits: IMAGE_5MB,
  },
] as const satisfies readonly ModelCatalogEntry[];

type CatalogRow = (typeof modelCatalog)[number];
type ThinkingName = Extract<CatalogRow, { thinkingVariant: true }>['name'];

/** Every friendly name (with the `-Thinking` variants), plus any raw Bedrock model id, profile id or ARN. */
export type BedrockWrapperModelName = CatalogRow['name'] | `${ThinkingName}-Thinking` | (string & {});
