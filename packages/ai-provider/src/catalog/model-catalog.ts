import type {
  InlineReasoning,
  ModelCatalogEntry,
  PerApi,
  ProfileGeography,
  ReasoningSupport,
  ToolSupport,
} from './model-catalog-types';

/**
 * Every model of the bedrock-wrapper npm package (2.8 to 2.12) under the same friendly names, plus the text models AWS
 * documents today in the same families. Each row carries its `source`; docs/catalog-sources.md lists the pages, what
 * each gave and when they were read (December 2026). Entries with `thinkingVariant` also exist as `<name>-Thinking`.
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

// End of life on Bedrock, from real answers "ResourceNotFoundException: This model version has reached the end of its
// life" quoted in public issues (Claude 3.5 Haiku on Converse; Claude 3.5 Sonnet v1/v2 and 3.7 Sonnet) and AWS lifecycle
// dates past end of life in September 2026 (Claude 3 Haiku; Nova Premier v1, whose row cites its model card).
const EOL_CLAUDE_35_HAIKU =
  'https://github.com/aws-solutions-library-samples/accelerated-intelligent-document-processing-on-aws/issues/708';
const EOL_CLAUDE_35_37_SONNET = 'https://github.com/gsd-build/gsd-2/issues/5425';
const EOL_CLAUDE_3_HAIKU = 'https://github.com/awslabs/startups/pull/307';

const CLAUDE_TOOLS: ToolSupport = {
  invoke: true,
  converse: true,
  converseStream: true,
  forcedChoice: true,
  specificChoice: true,
};
/**
 * Claude with always-on adaptive thinking: forced tool use is a 400 ("Forced tool use returns an error", and thinking
 * cannot be turned off: model cards of Fable 5.1 / Mythos 5.1 / Opus 5.5), so tools are offered with `auto` only.
 */
const CLAUDE_ALWAYS_THINKING_TOOLS: ToolSupport = {
  ...CLAUDE_TOOLS,
  forcedChoice: false,
  specificChoice: false,
};
// Llama: no tools in its prompt body (AWS Meta Llama parameters page); on Converse, tools but not while streaming:
// the Converse features table gives Llama 3.1 and 3.2 "tool use" but not "streaming tool use" (read in its zh_tw copy,
// https://docs.aws.amazon.com/zh_tw/bedrock/latest/userguide/conversation-inference-supported-models-features.html);
// for Llama 3.3 and Llama 4, absent from that copy, Bedrock's own error is quoted in
// https://github.com/n8n-io/n8n/issues/14206 and https://github.com/earendil-works/pi/issues/3739.
const LLAMA_TOOLS: ToolSupport = {
  invoke: false,
  converse: true,
  converseStream: false,
  forcedChoice: false,
  specificChoice: false,
};
/**
 * Jamba 1.5: no tools in its InvokeModel body (Jamba parameters page); tool use and streaming tool use on Converse
 * (the Converse features table, read in its zh_tw copy:
 * https://docs.aws.amazon.com/zh_tw/bedrock/latest/userguide/conversation-inference-supported-models-features.html);
 * `any` / `tool` choice is Claude, Mistral Large and Nova only
 * (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolChoice.html).
 */
const JAMBA_TOOLS: ToolSupport = {
  invoke: false,
  converse: true,
  converseStream: true,
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
// (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolChoice.html); tools but not while streaming:
// the Converse features table gives Mistral Large "tool use" but not "streaming tool use" (zh_tw copy, as for Llama),
// and Bedrock answers ConverseStream with tools by "This model doesn't support tool use in streaming mode" for Mistral
// models (https://github.com/strands-agents/harness-sdk/issues/32, https://github.com/brave/brave-browser/issues/52158).
const MISTRAL_LARGE_TOOLS: ToolSupport = {
  invoke: false,
  converse: true,
  converseStream: false,
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

/** AWS pages every row was checked against (what each gave: docs/catalog-sources.md). */
const AWS = 'https://docs.aws.amazon.com/bedrock/latest/userguide';
const SUPPORTED_MODELS = `${AWS}/models-supported.html`;
const PROFILES = `${AWS}/inference-profiles-support.html`;
const CONVERSE_FEATURES = `${AWS}/conversation-inference-supported-models-features.html`;
const CLAUDE_PARAMETERS = `${AWS}/model-parameters-anthropic-claude-messages.html`;
const CLAUDE_EXTENDED_THINKING = `${AWS}/claude-messages-extended-thinking.html`;
const CLAUDE_ADAPTIVE_THINKING = `${AWS}/claude-messages-adaptive-thinking.html`;
const modelCard = (slug: string) => `${AWS}/model-card-${slug}.html`;
/** A recorded real response in packages/emulator/fixtures/bedrock-recorded/ (its PROVENANCE.md says where from). */
const fixture = (file: string) => `fixture:${file}`;
const LLAMA_PAGES = [SUPPORTED_MODELS, PROFILES, `${AWS}/model-parameters-meta.html`, CONVERSE_FEATURES];
const MISTRAL_PAGES = [
  SUPPORTED_MODELS,
  `${AWS}/model-parameters-mistral-text-completion.html`,
  CONVERSE_FEATURES,
];
const NOVA_PAGES = [
  SUPPORTED_MODELS,
  PROFILES,
  'https://docs.aws.amazon.com/nova/latest/userguide/complete-request-schema.html',
  'https://docs.aws.amazon.com/nova/latest/nova2-userguide/request-response-schema.html',
  'https://docs.aws.amazon.com/nova/latest/userguide/tool-choice.html',
  CONVERSE_FEATURES,
];
const OPENAI_PAGES = [SUPPORTED_MODELS, `${AWS}/model-parameters-openai.html`, CONVERSE_FEATURES];
const DEEPSEEK_PAGES = [
  SUPPORTED_MODELS,
  PROFILES,
  `${AWS}/model-parameters-deepseek.html`,
  CONVERSE_FEATURES,
];
/** The OpenAI-chat families (Qwen, Gemma, Kimi, MiniMax, the new Mistral models, Nemotron, GLM, Palmyra). */
const CHAT_PAGES = [SUPPORTED_MODELS, `${AWS}/inference-chat-completions.html`, CONVERSE_FEATURES];

const JAMBA_PAGES = [
  SUPPORTED_MODELS,
  `${AWS}/model-parameters-jamba.html`,
  `${AWS}/model-parameters-ai21.html`,
  `${AWS}/models-api-compatibility.html`,
  CONVERSE_FEATURES,
];

const ALWAYS: ReasoningSupport = { kind: 'always' };

/** The legacy bedrock-wrapper's recorded runs against real Bedrock, every model streamed and not. */
const LEGACY_RUNS =
  'https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/test-models-output.txt';

/**
 * gpt-oss on InvokeModel "prepends the model reasoning wrapped in <reasoning>...</reasoning>" to its content (a real
 * answer, https://github.com/promptfoo/promptfoo/pull/9587); on Converse it uses reasoningContent blocks (recorded:
 * converse-gpt-oss-20b-reasoning-tooluse.json).
 */
const GPT_OSS_INLINE: InlineReasoning = {
  invoke: { tags: ['reasoning'] },
  source: ['https://github.com/promptfoo/promptfoo/pull/9587', LEGACY_RUNS],
};
/**
 * Kimi K2 Thinking: on Converse its text "starts with the reasoning inside the <think> ... </think> followed by the
 * final answer" (https://github.com/JetBrains/koog/pull/1436; recorded: converse-stream-kimi-k2-thinking.events.json,
 * and a lone ` <think> ` before an answer in converse-kimi-k2-thinking-tool-call.json); on InvokeModel raw
 * `<reasoning>` tags appear in its content (https://github.com/Bike4Mind/bike4mind/pull/1089), also as `<think>`.
 */
const KIMI_K2_INLINE: InlineReasoning = {
  invoke: { tags: ['reasoning', 'think'] },
  converse: { tags: ['think'], unclosedIsText: true },
  source: [
    'https://github.com/JetBrains/koog/pull/1436',
    'https://github.com/Bike4Mind/bike4mind/pull/1089',
    LEGACY_RUNS,
    fixture('converse-stream-kimi-k2-thinking.events.json'),
    fixture('converse-kimi-k2-thinking-tool-call.json'),
  ],
};
const EFFORT: ReasoningSupport = {
  kind: 'effort',
  levels: ['low', 'medium', 'high'],
  thinkingEffort: 'high',
};

type Base = Omit<ModelCatalogEntry, 'name' | 'modelId' | 'family' | 'source'>;

/** Claude's sampling limits, each as read from its source. */
interface ClaudeSampling {
  /** Source of "temperature and top_p cannot both be specified for this model". */
  temperatureOrTopP?: string;
  /** Source of "temperature / top_p / top_k are not accepted" (Opus 4.7 and later). */
  none?: string;
}

type ClaudeThinking = 'budget' | 'adaptive' | 'always';

/**
 * Whether a Claude row has a `-Thinking` variant, as a type: `BedrockWrapperModelName` is made of the rows' literal
 * names and of these flags, which the computed boolean alone would widen to `boolean`.
 */
type ThinkingVariant<Thinking extends ClaudeThinking | undefined> = Thinking extends 'budget' | 'adaptive'
  ? true
  : false;

/**
 * One Claude row. `thinking`: `budget` (extended thinking with `budget_tokens`), `adaptive` (adaptive thinking with an
 * effort), `always` (adaptive thinking that is always on: forced tool use is then impossible, so it is not offered).
 */
function claude<const Name extends string, const Thinking extends ClaudeThinking | undefined = undefined>(
  name: Name,
  modelId: string,
  maxOutputTokens: number,
  options: {
    source: readonly string[];
    thinking?: Thinking;
    vision?: boolean;
    profile?: 'required' | 'optional';
    geographies?: readonly ProfileGeography[];
    sampling?: ClaudeSampling;
    endOfLife?: ModelCatalogEntry['endOfLife'];
    /** The source of `converseReasoningOnlyTurnRefused`, where the model is reported to refuse such turns. */
    reasoningOnlyTurnRefused?: string;
  },
) {
  const vision = options.vision ?? true;
  const thinking = options.thinking;
  const reasoning: ReasoningSupport | undefined =
    thinking === undefined
      ? undefined
      : {
          kind: 'anthropic-thinking',
          form: thinking === 'budget' ? 'budget' : 'adaptive',
          defaultBudgetTokens: 16000,
          ...(thinking === 'always' ? { alwaysOn: true } : {}),
          source: thinking === 'budget' ? CLAUDE_EXTENDED_THINKING : CLAUDE_ADAPTIVE_THINKING,
        };
  const sampling = options.sampling;
  return {
    name,
    modelId,
    family: 'anthropic',
    source: [...options.source, SUPPORTED_MODELS, PROFILES, CLAUDE_PARAMETERS, CONVERSE_FEATURES],
    inferenceProfile: options.profile ?? 'required',
    profileGeographies: options.geographies ?? ['us', 'eu', 'global'],
    apis: both(true),
    streaming: both(true),
    vision: both(vision),
    ...(vision ? { imageLimits: CLAUDE_IMAGES } : {}),
    // PDFs on both APIs: on InvokeModel as Claude's own `document` blocks. Anthropic's PDF-support page: "PDF support is
    // available on Amazon Bedrock through both the Converse API and InvokeModel API" (quoted in
    // https://github.com/anthropics/claude-code/issues/18725); no AWS page says so (docs/catalog-sources.md).
    documents: both(vision),
    tools: thinking === 'always' ? CLAUDE_ALWAYS_THINKING_TOOLS : CLAUDE_TOOLS,
    stopSequences: { invoke: true, converse: true, max: 8191 },
    // Prompt caching: Claude (the AWS prompt-caching page; the limits and sources in prompt/cache-points.ts).
    promptCaching: true,
    // No assistant prefill on the adaptive-thinking models, 4.6 and later ("Newer Claude models (4.6+) reject
    // assistant message prefill", https://github.com/vertesia/llumiverse/pull/562; per-model reports in
    // prompt/assistant-prefill.ts, Opus 4.8 among them; Mythos, Opus 4.7 and Opus 5.5 are unreported and follow the
    // 4.6+ rule), and on
    // the older ones none while tools are offered.
    assistantPrefill: thinking === 'adaptive' || thinking === 'always' ? 'never' : 'without-tools',
    maxOutputTokens,
    defaultMaxTokens: Math.min(4096, maxOutputTokens),
    ...(reasoning ? { reasoning } : {}),
    thinkingVariant: (thinking === 'budget' || thinking === 'adaptive') as ThinkingVariant<Thinking>,
    ...(options.endOfLife ? { endOfLife: options.endOfLife } : {}),
    ...(options.reasoningOnlyTurnRefused
      ? { converseReasoningOnlyTurnRefused: { source: options.reasoningOnlyTurnRefused } }
      : {}),
    ...(sampling?.temperatureOrTopP || sampling?.none
      ? {
          sampling: {
            ...(sampling.temperatureOrTopP
              ? { temperatureOrTopP: { source: sampling.temperatureOrTopP } }
              : {}),
            ...(sampling.none ? { none: { source: sampling.none } } : {}),
          },
        }
      : {}),
  } satisfies ModelCatalogEntry;
}

const LLAMA: Base = {
  inferenceProfile: 'required',
  profileGeographies: ['us'],
  apis: both(true),
  streaming: both(true),
  vision: both(false),
  documents: { invoke: false, converse: true },
  tools: LLAMA_TOOLS,
  // Llama's InvokeModel body has no stop field (prompt, temperature, top_p, max_gen_len: AWS Meta Llama parameters
  // page); Converse honours stopSequences.
  stopSequences: { invoke: false, converse: true, max: 4 },
  maxOutputTokens: 2048,
  defaultMaxTokens: 2048,
  // Real Converse errors for Llama 3.3 (https://github.com/browser-use/browser-use/issues/710) and Llama 4 Maverick
  // (https://github.com/strands-agents/harness-sdk/issues/1223).
  converseToolResultsAlone: { source: 'https://github.com/strands-agents/harness-sdk/issues/1223' },
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
  // Prompt caching on Nova Micro, Lite, Pro and Premier (https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html);
  // on Nova 2 Lite per its model card (https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-amazon-nova-2-lite.html,
  // quoted in https://github.com/zeroclaw-labs/zeroclaw/pull/8943; not read here). Only right after text: nova-converse.ts.
  promptCaching: true,
  inferenceProfile: 'optional',
  profileGeographies: ['us', 'eu', 'apac'],
  apis: both(true),
  streaming: both(true),
  vision: both(true),
  imageLimits: IMAGE_5MB,
  // "Document support is limited exclusively to the Converse API and is not supported in the Invoke API"
  // (https://docs.aws.amazon.com/nova/latest/userguide/invoke.html; the same for Nova 2:
  // https://docs.aws.amazon.com/nova/latest/nova2-userguide/using-invoke-api.html). A call with documents moves to Converse.
  documents: { invoke: false, converse: true },
  // Only Nova takes images and documents from S3 on Converse ("As of 2026-04, only Nova models support S3 as input
  // source", the Bedrock service team in https://github.com/aws/aws-sdk-js-v3/issues/7732, pointing at the Converse
  // features page's "Amazon S3 links for multimedia"); Claude answers one with "document.source.type: Field required"
  // (https://github.com/strands-agents/harness-sdk/issues/1744).
  s3Locations: true,
  tools: NOVA_TOOLS,
  // Nova keeps the matched stop sequence in its output (invoke-nova-micro.json shows the stop_reason; the trailing
  // sequence is the legacy wrapper's observation, unsourced here); at most 4 stop sequences: unsourced.
  stopSequences: { invoke: true, converse: true, max: 4 },
  maxOutputTokens: 10000,
  defaultMaxTokens: 4096,
};

const QWEN_235B_NO_CONVERSE_STOP = 'https://github.com/langgenius/dify-official-plugins/issues/1767';
const PALMYRA_X5_NO_STREAMED_TOOLS = [
  'https://github.com/strands-agents/harness-sdk/issues/393',
  'https://github.com/langchain-ai/langchain-aws/pull/466',
];
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
// Vision on the OpenAI-chat backend: `image_url` data URLs on InvokeModel, image blocks on Converse (the legacy
// wrapper's vision runs against real Bedrock: LEGACY_RUNS).
const CHAT_VISION: Base = { ...CHAT, vision: both(true), imageLimits: IMAGE_20MB };
const chatMax = (base: Base, maxOutputTokens: number): Base => ({
  ...base,
  maxOutputTokens,
  defaultMaxTokens: Math.min(4096, maxOutputTokens),
});

/**
 * Sonnet 5 and Fable 5.1 on Converse refuse an assistant turn holding only reasoning (redacted thinking, say) with the
 * prefill refusal, even when a user turn follows; Sonnet 4.6 takes it (a user's report, Bedrock Converse:
 * https://github.com/NousResearch/hermes-agent/issues/105780). The other Claude models are unreported; on InvokeModel
 * unreported too.
 */
const REASONING_ONLY_TURN_REFUSED = 'https://github.com/NousResearch/hermes-agent/issues/105780';

export const modelCatalog = [
  // Newest first. Ids, limits and thinking forms: the model cards and the adaptive-thinking page (newest models),
  // "Supported foundation models" and the Claude parameters pages (older ones); geographies: docs/catalog-sources.md.
  claude('Claude-Opus-5-5', 'anthropic.claude-opus-5-5', 128000, {
    source: [modelCard('anthropic-claude-opus-5-5')],
    thinking: 'always',
    geographies: ['us', 'eu', 'jp', 'global'],
    sampling: { none: modelCard('anthropic-claude-opus-5-5') },
  }),
  claude('Claude-Opus-5', 'anthropic.claude-opus-5', 128000, {
    source: [CLAUDE_ADAPTIVE_THINKING],
    thinking: 'adaptive',
    sampling: { none: CLAUDE_ADAPTIVE_THINKING },
  }),
  claude('Claude-Sonnet-5', 'anthropic.claude-sonnet-5', 128000, {
    source: [CLAUDE_ADAPTIVE_THINKING],
    thinking: 'adaptive',
    geographies: ['us', 'eu', 'jp', 'au', 'global'],
    sampling: { none: CLAUDE_ADAPTIVE_THINKING },
    reasoningOnlyTurnRefused: REASONING_ONLY_TURN_REFUSED,
  }),
  // Fable 5.2 (AWS card, November 2026): always-on adaptive thinking, no sampling parameters; no forced tool use as
  // Fable 5.1 (https://github.com/vercel/ai/releases/tag/@ai-sdk%2Famazon-bedrock@3.0.145).
  claude('Claude-Fable-5-2', 'anthropic.claude-fable-5-2', 128000, {
    source: [modelCard('anthropic-claude-fable-5-2'), CLAUDE_ADAPTIVE_THINKING],
    thinking: 'always',
    sampling: { none: modelCard('anthropic-claude-fable-5-2') },
  }),
  claude('Claude-Fable-5-1', 'anthropic.claude-fable-5-1', 128000, {
    source: [modelCard('anthropic-claude-fable-5-1'), CLAUDE_ADAPTIVE_THINKING],
    thinking: 'always',
    sampling: { none: modelCard('anthropic-claude-fable-5-1') },
    reasoningOnlyTurnRefused: REASONING_ONLY_TURN_REFUSED,
  }),
  claude('Claude-Fable-5', 'anthropic.claude-fable-5', 128000, {
    source: [modelCard('anthropic-claude-fable-5'), CLAUDE_ADAPTIVE_THINKING],
    thinking: 'always',
    geographies: ['us', 'eu', 'au', 'global'],
    sampling: { none: modelCard('anthropic-claude-fable-5') },
  }),
  // Mythos: gated previews ("Access is currently limited", model cards); same request rules as Fable.
  claude('Claude-Mythos-5-2', 'anthropic.claude-mythos-5-2', 128000, {
    source: [modelCard('anthropic-claude-mythos-5-2')],
    thinking: 'always',
    sampling: { none: modelCard('anthropic-claude-mythos-5-2') },
  }),
  claude('Claude-Mythos-5-1', 'anthropic.claude-mythos-5-1', 128000, {
    source: [modelCard('anthropic-claude-mythos-5-1'), CLAUDE_ADAPTIVE_THINKING],
    thinking: 'always',
    sampling: { none: modelCard('anthropic-claude-mythos-5-1') },
  }),
  claude('Claude-Mythos-5', 'anthropic.claude-mythos-5', 128000, {
    source: [modelCard('anthropic-claude-mythos-5'), CLAUDE_ADAPTIVE_THINKING],
    thinking: 'always',
    sampling: { none: modelCard('anthropic-claude-mythos-5') },
  }),
  claude('Claude-Mythos-Preview', 'anthropic.claude-mythos-preview', 128000, {
    source: [modelCard('anthropic-claude-mythos-preview'), CLAUDE_ADAPTIVE_THINKING],
    thinking: 'always',
    sampling: { none: CLAUDE_ADAPTIVE_THINKING },
  }),
  // Opus 4.7: the id has no `-v1` (the legacy wrapper's `...-opus-4-7-v1` got "The provided model identifier is
  // invalid."); adaptive thinking only; no temperature / top_p / top_k ("temperature is deprecated for this model").
  claude('Claude-Opus-4-7', 'anthropic.claude-opus-4-7', 128000, {
    source: [modelCard('anthropic-claude-opus-4-7'), CLAUDE_ADAPTIVE_THINKING],
    thinking: 'adaptive',
    geographies: ['us', 'eu', 'jp', 'global'],
    sampling: { none: 'https://github.com/github/copilot-sdk/issues/1557' },
  }),
  claude('Claude-Opus-4-6', 'anthropic.claude-opus-4-6-v1', 128000, {
    source: [CLAUDE_ADAPTIVE_THINKING],
    thinking: 'adaptive',
    geographies: ['us', 'eu', 'jp', 'apac', 'global'],
    sampling: { temperatureOrTopP: TEMPERATURE_OR_TOP_P_4X },
  }),
  claude('Claude-Sonnet-4-6', 'anthropic.claude-sonnet-4-6', 64000, {
    source: [CLAUDE_ADAPTIVE_THINKING, fixture('converse-stream-claude-sonnet-4-6-raw.json')],
    thinking: 'adaptive',
    geographies: ['us', 'eu', 'jp', 'global'],
    sampling: { temperatureOrTopP: 'https://github.com/aws-samples/bedrock-access-gateway/pull/238' },
  }),
  claude('Claude-4-5-Opus', 'anthropic.claude-opus-4-5-20251101-v1:0', 64000, {
    source: [CLAUDE_EXTENDED_THINKING],
    thinking: 'budget',
    sampling: { temperatureOrTopP: TEMPERATURE_OR_TOP_P_4X },
  }),
  claude('Claude-4-1-Opus', 'anthropic.claude-opus-4-1-20250805-v1:0', 32000, {
    source: [CLAUDE_EXTENDED_THINKING],
    thinking: 'budget',
    geographies: ['us'],
    sampling: { temperatureOrTopP: 'https://github.com/open-webui/pipelines/pull/546' },
  }),
  claude('Claude-4-Opus', 'anthropic.claude-opus-4-20250514-v1:0', 32000, {
    source: [CLAUDE_EXTENDED_THINKING],
    thinking: 'budget',
    geographies: ['us'],
  }),
  claude('Claude-4-5-Sonnet', 'anthropic.claude-sonnet-4-5-20250929-v1:0', 64000, {
    source: [CLAUDE_EXTENDED_THINKING],
    thinking: 'budget',
    geographies: ['us', 'eu', 'jp', 'global'],
    sampling: { temperatureOrTopP: 'https://github.com/mem0ai/mem0/issues/3891' },
  }),
  claude('Claude-4-5-Haiku', 'anthropic.claude-haiku-4-5-20251001-v1:0', 64000, {
    source: [CLAUDE_EXTENDED_THINKING],
    thinking: 'budget',
    geographies: ['us', 'eu', 'jp', 'au', 'global'],
    sampling: { temperatureOrTopP: 'https://github.com/aws-samples/bedrock-access-gateway/issues/191' },
  }),
  claude('Claude-4-Sonnet', 'anthropic.claude-sonnet-4-20250514-v1:0', 64000, {
    source: [CLAUDE_EXTENDED_THINKING],
    thinking: 'budget',
    geographies: ['us', 'eu', 'apac', 'global'],
  }),
  claude('Claude-3-7-Sonnet', 'anthropic.claude-3-7-sonnet-20250219-v1:0', 64000, {
    endOfLife: { source: EOL_CLAUDE_35_37_SONNET, successor: 'Claude-4-5-Sonnet' },
    source: [CLAUDE_EXTENDED_THINKING, fixture('converse-stream-claude-3-7-redacted-thinking.json')],
    thinking: 'budget',
    geographies: ['us', 'eu', 'apac'],
  }),
  claude('Claude-3-5-Sonnet-v2', 'anthropic.claude-3-5-sonnet-20241022-v2:0', 8192, {
    endOfLife: { source: EOL_CLAUDE_35_37_SONNET, successor: 'Claude-4-5-Sonnet' },
    source: [],
    geographies: ['us', 'apac'],
  }),
  claude('Claude-3-5-Sonnet', 'anthropic.claude-3-5-sonnet-20240620-v1:0', 8192, {
    endOfLife: { source: EOL_CLAUDE_35_37_SONNET, successor: 'Claude-4-5-Sonnet' },
    source: [
      fixture('invoke-claude-3-5-sonnet-tool-use.json'),
      fixture('imwrs-claude-3-5-sonnet-tool-use-stream.json'),
    ],
    profile: 'optional',
    geographies: ['us', 'eu', 'apac'],
  }),
  // Claude 3.5 Haiku takes no images: "Vision: No" in the Converse features table.
  claude('Claude-3-5-Haiku', 'anthropic.claude-3-5-haiku-20241022-v1:0', 8192, {
    endOfLife: { source: EOL_CLAUDE_35_HAIKU, successor: 'Claude-4-5-Haiku' },
    source: [fixture('invoke-claude-3-5-haiku-prompt-cache.json')],
    vision: false,
    profile: 'optional',
    geographies: ['us'],
  }),
  claude('Claude-3-Haiku', 'anthropic.claude-3-haiku-20240307-v1:0', 4096, {
    endOfLife: { source: EOL_CLAUDE_3_HAIKU, successor: 'Claude-4-5-Haiku' },
    source: [],
    profile: 'optional',
    geographies: ['us', 'eu', 'apac'],
  }),

  {
    name: 'Llama-3-3-70b',
    modelId: 'meta.llama3-3-70b-instruct-v1:0',
    family: 'llama3',
    source: [...LLAMA_PAGES],
    ...LLAMA,
  },
  {
    name: 'Llama-3-2-1b',
    modelId: 'meta.llama3-2-1b-instruct-v1:0',
    family: 'llama3',
    source: [...LLAMA_PAGES],
    ...LLAMA,
    profileGeographies: ['us', 'eu'],
  },
  {
    name: 'Llama-3-2-3b',
    modelId: 'meta.llama3-2-3b-instruct-v1:0',
    family: 'llama3',
    source: [...LLAMA_PAGES],
    ...LLAMA,
    profileGeographies: ['us', 'eu'],
  },
  {
    name: 'Llama-3-2-11b',
    modelId: 'meta.llama3-2-11b-instruct-v1:0',
    family: 'llama3',
    source: [...LLAMA_PAGES],
    ...LLAMA_VISION,
  },
  {
    name: 'Llama-3-2-90b',
    modelId: 'meta.llama3-2-90b-instruct-v1:0',
    family: 'llama3',
    source: [...LLAMA_PAGES],
    ...LLAMA_VISION,
  },
  {
    name: 'Llama-3-1-8b',
    modelId: 'meta.llama3-1-8b-instruct-v1:0',
    family: 'llama3',
    source: [...LLAMA_PAGES],
    ...LLAMA,
    inferenceProfile: 'optional',
  },
  {
    name: 'Llama-3-1-70b',
    modelId: 'meta.llama3-1-70b-instruct-v1:0',
    family: 'llama3',
    source: [...LLAMA_PAGES, fixture('invoke-meta-llama3-1-70b.json')],
    ...LLAMA,
    inferenceProfile: 'optional',
  },
  // No cross-region profile for 405B (unsourced: the legacy wrapper's `us.` id was rejected; no AWS profile row seen).
  {
    name: 'Llama-3-1-405b',
    modelId: 'meta.llama3-1-405b-instruct-v1:0',
    family: 'llama3',
    source: [...LLAMA_PAGES],
    ...LLAMA,
    inferenceProfile: 'none',
    profileGeographies: [],
  },
  {
    name: 'Llama-3-8b',
    modelId: 'meta.llama3-8b-instruct-v1:0',
    family: 'llama3',
    source: [...LLAMA_PAGES],
    ...LLAMA,
    inferenceProfile: 'none',
    profileGeographies: [],
    tools: NO_TOOLS,
  },
  {
    name: 'Llama-3-70b',
    modelId: 'meta.llama3-70b-instruct-v1:0',
    family: 'llama3',
    source: [...LLAMA_PAGES],
    ...LLAMA,
    inferenceProfile: 'none',
    profileGeographies: [],
    tools: NO_TOOLS,
  },
  {
    name: 'Llama-4-Scout-17b',
    modelId: 'meta.llama4-scout-17b-instruct-v1:0',
    family: 'llama4',
    source: [...LLAMA_PAGES],
    ...LLAMA_VISION,
    maxOutputTokens: 8192,
    defaultMaxTokens: 4096,
  },
  {
    name: 'Llama-4-Maverick-17b',
    modelId: 'meta.llama4-maverick-17b-instruct-v1:0',
    family: 'llama4',
    source: [...LLAMA_PAGES],
    ...LLAMA_VISION,
    maxOutputTokens: 8192,
    defaultMaxTokens: 4096,
  },

  { name: 'Nova-Pro', modelId: 'amazon.nova-pro-v1:0', family: 'nova', source: [...NOVA_PAGES], ...NOVA },
  {
    name: 'Nova-Lite',
    modelId: 'amazon.nova-lite-v1:0',
    family: 'nova',
    source: [...NOVA_PAGES, fixture('invoke-nova-lite-guardrail-trace.json')],
    ...NOVA,
  },
  {
    name: 'Nova-2-Lite',
    modelId: 'amazon.nova-2-lite-v1:0',
    family: 'nova',
    source: [...NOVA_PAGES, fixture('error-converse-nova-2-empty-content-400.json')],
    ...NOVA,
    inferenceProfile: 'required',
    profileGeographies: ['us', 'eu', 'global'],
    maxOutputTokens: 65535,
    reasoning: EFFORT,
    thinkingVariant: true,
  },
  // Nova Premier: in the Converse features table (every feature "Yes"); its AWS model card gives "Max output tokens:
  // 25K" (read as 25,000, the lower reading) and "Model EOL date: September 14, 2026"; cross-region profile only
  // (unsourced: no AWS profile row read).
  {
    name: 'Nova-Premier',
    modelId: 'amazon.nova-premier-v1:0',
    family: 'nova',
    source: [...NOVA_PAGES, modelCard('amazon-nova-premier')],
    ...NOVA,
    maxOutputTokens: 25000,
    inferenceProfile: 'required',
    profileGeographies: ['us'],
    endOfLife: { source: modelCard('amazon-nova-premier'), successor: 'Nova-Pro' },
  },
  {
    name: 'Nova-Micro',
    modelId: 'amazon.nova-micro-v1:0',
    family: 'nova',
    source: [
      ...NOVA_PAGES,
      fixture('invoke-nova-micro.json'),
      fixture('imwrs-nova-micro-stream.json'),
      fixture('converse-nova-micro-tool-use.json'),
    ],
    ...NOVA,
    vision: both(false),
    imageLimits: undefined,
    documents: both(false),
  },

  // gpt-oss: `max_completion_tokens`, `<reasoning>` inline on InvokeModel; Converse rejects stopSequences ("This model
  // doesn't support the stopSequences field": https://github.com/jparkerweb/bedrock-wrapper/blob/main/test-stop-sequences-output.txt).
  {
    name: 'GPT-OSS-120B',
    modelId: 'openai.gpt-oss-120b-1:0',
    family: 'gpt-oss',
    source: [...OPENAI_PAGES],
    ...chatMax(CHAT, 128000),
    stopSequences: { invoke: true, converse: false, max: 4 },
    reasoning: EFFORT,
    inlineReasoning: GPT_OSS_INLINE,
    thinkingVariant: true,
  },
  {
    name: 'GPT-OSS-20B',
    modelId: 'openai.gpt-oss-20b-1:0',
    family: 'gpt-oss',
    source: [...OPENAI_PAGES, fixture('converse-gpt-oss-20b-reasoning-tooluse.json')],
    ...chatMax(CHAT, 128000),
    stopSequences: { invoke: true, converse: false, max: 4 },
    reasoning: EFFORT,
    inlineReasoning: GPT_OSS_INLINE,
    thinkingVariant: true,
  },

  {
    name: 'Mistral-7b',
    modelId: 'mistral.mistral-7b-instruct-v0:2',
    family: 'mistral-prompt',
    source: [...MISTRAL_PAGES, fixture('invoke-mistral-7b-prompt-style.json')],
    ...MISTRAL_PROMPT,
    systemPrompt: MISTRAL_INSTRUCT_SYSTEM,
  },
  {
    name: 'Mixtral-8x7b',
    modelId: 'mistral.mixtral-8x7b-instruct-v0:1',
    family: 'mistral-prompt',
    source: [...MISTRAL_PAGES],
    ...MISTRAL_PROMPT,
    maxOutputTokens: 4096,
    systemPrompt: MISTRAL_INSTRUCT_SYSTEM,
  },
  {
    name: 'Mistral-Large',
    modelId: 'mistral.mistral-large-2402-v1:0',
    family: 'mistral-prompt',
    source: [...MISTRAL_PAGES],
    ...MISTRAL_PROMPT,
    tools: MISTRAL_LARGE_TOOLS,
    // Real Converse error for Mistral Large (https://github.com/browser-use/browser-use/issues/710).
    converseToolResultsAlone: { source: 'https://github.com/browser-use/browser-use/issues/710' },
  },
  {
    name: 'Mistral-Large-3',
    modelId: 'mistral.mistral-large-3-675b-instruct',
    family: 'mistral-chat',
    source: [...CHAT_PAGES],
    ...CHAT_VISION,
  },
  {
    name: 'Mistral-Pixtral-Large',
    modelId: 'mistral.pixtral-large-2502-v1:0',
    family: 'mistral-chat',
    source: [...CHAT_PAGES],
    ...CHAT_VISION,
    inferenceProfile: 'required',
    profileGeographies: ['us', 'eu'],
  },
  {
    name: 'Ministral-3-3b',
    modelId: 'mistral.ministral-3-3b-instruct',
    family: 'mistral-chat',
    source: [...CHAT_PAGES],
    ...chatMax(CHAT_VISION, 8192),
  },
  {
    name: 'Ministral-3-8b',
    modelId: 'mistral.ministral-3-8b-instruct',
    family: 'mistral-chat',
    source: [...CHAT_PAGES],
    ...chatMax(CHAT_VISION, 8192),
  },
  {
    name: 'Ministral-3-14b',
    modelId: 'mistral.ministral-3-14b-instruct',
    family: 'mistral-chat',
    source: [...CHAT_PAGES],
    ...chatMax(CHAT_VISION, 16384),
  },
  // Magistral answers on Converse only: the legacy wrapper routes it there after empty InvokeModel answers
  // (https://github.com/jparkerweb/bedrock-wrapper/blob/main/CHANGELOG.md).
  {
    name: 'Magistral-Small-2509',
    modelId: 'mistral.magistral-small-2509',
    family: 'mistral-chat',
    source: [...CHAT_PAGES],
    ...chatMax(CHAT_VISION, 8192),
    apis: { invoke: false, converse: true },
    vision: { invoke: false, converse: true },
    reasoning: ALWAYS,
  },

  {
    name: 'Qwen3-32B',
    modelId: 'qwen.qwen3-32b-v1:0',
    family: 'qwen',
    source: [...CHAT_PAGES, fixture('converse-qwen3-32b-structured-output.json')],
    ...CHAT,
  },
  {
    name: 'Qwen3-Coder-30B-A3B',
    modelId: 'qwen.qwen3-coder-30b-a3b-v1:0',
    family: 'qwen',
    source: [...CHAT_PAGES],
    ...CHAT,
  },
  {
    name: 'Qwen3-235B-A22B-2507',
    modelId: 'qwen.qwen3-235b-a22b-2507-v1:0',
    family: 'qwen',
    source: [...CHAT_PAGES, QWEN_235B_NO_CONVERSE_STOP],
    ...CHAT,
    // "This model doesn't support the stopSequences field" (real Converse error, QWEN_235B_NO_CONVERSE_STOP).
    stopSequences: { ...CHAT.stopSequences, converse: false },
  },
  {
    name: 'Qwen3-Coder-480B-A35B',
    modelId: 'qwen.qwen3-coder-480b-a35b-v1:0',
    family: 'qwen',
    source: [...CHAT_PAGES],
    ...CHAT,
  },
  {
    name: 'Qwen3-Next-80B-A3B',
    modelId: 'qwen.qwen3-next-80b-a3b',
    family: 'qwen',
    source: [...CHAT_PAGES],
    ...CHAT,
  },
  {
    name: 'Qwen3-VL-235B-A22B',
    modelId: 'qwen.qwen3-vl-235b-a22b',
    family: 'qwen',
    source: [...CHAT_PAGES],
    ...CHAT_VISION,
  },
  {
    name: 'Qwen3-Coder-Next',
    modelId: 'qwen.qwen3-coder-next',
    family: 'qwen',
    source: [...CHAT_PAGES],
    ...CHAT,
  },

  // DeepSeek-R1: inference profile only, prompt body, stop up to 10 (AWS DeepSeek parameters page).
  {
    name: 'DeepSeek-R1',
    modelId: 'deepseek.r1-v1:0',
    family: 'deepseek-r1',
    source: [...DEEPSEEK_PAGES, fixture('converse-deepseek-r1-reasoning.json')],
    ...MISTRAL_PROMPT,
    inferenceProfile: 'required',
    profileGeographies: ['us'],
    maxOutputTokens: 32768,
    reasoning: ALWAYS,
    // The prompt this provider sends ends `<｜Assistant｜><think>\n` (DeepSeek-R1's chat template,
    // https://huggingface.co/deepseek-ai/DeepSeek-R1), so the completion is the reasoning, `</think>`, then the answer
    // (the AWS page: "text completion ... does not return content reasoning blocks"). On Converse reasoningContent.
    inlineReasoning: {
      invoke: { tags: ['think'], startsInside: true },
      source: [`${AWS}/model-parameters-deepseek.html`, 'https://huggingface.co/deepseek-ai/DeepSeek-R1'],
    },
  },
  // DeepSeek-V3.1 on Converse only: the legacy wrapper's real runs made it "Converse API only (automatically
  // enforced)" (https://github.com/jparkerweb/bedrock-wrapper/blob/main/CHANGELOG.md). The AWS DeepSeek page now names V3.1 for InvokeModel too but shows only R1's prompt body, not
  // the chat body this provider would send, so Converse stays the one documented and observed path.
  {
    name: 'DeepSeek-V3.1',
    modelId: 'deepseek.v3-v1:0',
    family: 'deepseek-v3',
    source: [
      ...DEEPSEEK_PAGES,
      modelCard('deepseek-deepseek-v3-1'),
      'https://github.com/jparkerweb/bedrock-wrapper/blob/main/CHANGELOG.md',
    ],
    ...chatMax(CHAT, 8192),
    apis: { invoke: false, converse: true },
  },
  {
    name: 'DeepSeek-V3.2',
    modelId: 'deepseek.v3.2',
    family: 'deepseek-v3',
    source: [...DEEPSEEK_PAGES, modelCard('deepseek-deepseek-v3-2')],
    ...chatMax(CHAT, 8192),
  },

  {
    name: 'Gemma-3-4b',
    modelId: 'google.gemma-3-4b-it',
    family: 'gemma',
    source: [...CHAT_PAGES],
    ...chatMax(CHAT_VISION, 8192),
  },
  {
    name: 'Gemma-3-12b',
    modelId: 'google.gemma-3-12b-it',
    family: 'gemma',
    source: [...CHAT_PAGES],
    ...chatMax(CHAT_VISION, 8192),
  },
  {
    name: 'Gemma-3-27b',
    modelId: 'google.gemma-3-27b-it',
    family: 'gemma',
    source: [...CHAT_PAGES, fixture('converse-gemma-3-27b-structured-output.json')],
    ...chatMax(CHAT_VISION, 8192),
  },

  // Kimi K2 Thinking always reasons; the legacy `Kimi-K2-Thinking` name only kept the reasoning visible, which this
  // provider always does (as reasoning parts), so both names are the same request.
  {
    name: 'Kimi-K2',
    modelId: 'moonshot.kimi-k2-thinking',
    family: 'kimi',
    source: [
      ...CHAT_PAGES,
      fixture('converse-kimi-k2-thinking-tool-call.json'),
      fixture('converse-stream-kimi-k2-thinking.events.json'),
    ],
    ...CHAT,
    reasoning: ALWAYS,
    inlineReasoning: KIMI_K2_INLINE,
    thinkingVariant: true,
  },
  {
    name: 'Kimi-K2.5',
    modelId: 'moonshotai.kimi-k2.5',
    family: 'kimi',
    source: [...CHAT_PAGES],
    ...CHAT_VISION,
    reasoning: ALWAYS,
    thinkingVariant: true,
  },
  {
    name: 'MiniMax-M2',
    modelId: 'minimax.minimax-m2',
    family: 'minimax',
    source: [...CHAT_PAGES, fixture('converse-minimax-m2-structured-output.json')],
    ...CHAT,
    reasoning: ALWAYS,
  },
  {
    name: 'MiniMax-M2.1',
    modelId: 'minimax.minimax-m2.1',
    family: 'minimax',
    source: [...CHAT_PAGES],
    ...CHAT,
    reasoning: ALWAYS,
  },
  {
    name: 'MiniMax-M2.5',
    modelId: 'minimax.minimax-m2.5',
    family: 'minimax',
    source: [...CHAT_PAGES],
    ...CHAT,
    reasoning: ALWAYS,
  },

  {
    name: 'Nemotron-Super-3-120B',
    modelId: 'nvidia.nemotron-super-3-120b',
    family: 'nemotron',
    source: [...CHAT_PAGES],
    ...CHAT,
  },
  {
    name: 'Nemotron-Nano-12B-v2',
    modelId: 'nvidia.nemotron-nano-12b-v2',
    family: 'nemotron',
    source: [...CHAT_PAGES],
    ...chatMax(CHAT_VISION, 8192),
    imageLimits: IMAGE_5MB,
  },
  {
    name: 'Nemotron-Nano-9B-v2',
    modelId: 'nvidia.nemotron-nano-9b-v2',
    family: 'nemotron',
    source: [...CHAT_PAGES],
    ...chatMax(CHAT, 8192),
    reasoning: ALWAYS,
    // Its reasoning ends with `</think>` and has no opening tag on InvokeModel (the legacy bedrock-wrapper's real runs;
    // docs/bedrock-models.md).
    inlineReasoning: {
      invoke: { tags: ['think'], startsInside: true },
      source: [LEGACY_RUNS],
    },
  },
  {
    name: 'Nemotron-Nano-3-30B',
    modelId: 'nvidia.nemotron-nano-3-30b',
    family: 'nemotron',
    source: [...CHAT_PAGES],
    ...chatMax(CHAT, 8192),
  },
  { name: 'GLM-4.7', modelId: 'zai.glm-4.7', family: 'glm', source: [...CHAT_PAGES], ...chatMax(CHAT, 4096) },
  {
    name: 'GLM-4.7-Flash',
    modelId: 'zai.glm-4.7-flash',
    family: 'glm',
    source: [...CHAT_PAGES],
    ...chatMax(CHAT, 4096),
  },
  { name: 'GLM-5', modelId: 'zai.glm-5', family: 'glm', source: [...CHAT_PAGES], ...chatMax(CHAT, 131072) },
  // Palmyra X4/X5 have no on-demand throughput: an inference profile is required (unsourced here: the legacy wrapper's
  // runs; no AWS page read for it).
  {
    name: 'Palmyra-X4',
    modelId: 'writer.palmyra-x4-v1:0',
    family: 'palmyra',
    source: [...CHAT_PAGES],
    ...chatMax(CHAT, 8192),
    inferenceProfile: 'required',
    profileGeographies: ['us'],
  },
  {
    name: 'Palmyra-X5',
    modelId: 'writer.palmyra-x5-v1:0',
    family: 'palmyra',
    source: [...CHAT_PAGES, ...PALMYRA_X5_NO_STREAMED_TOOLS],
    ...chatMax(CHAT, 8192),
    // "This model doesn't support tool use in streaming mode." (real ConverseStream errors, PALMYRA_X5_NO_STREAMED_TOOLS).
    tools: { ...CHAT_TOOLS, converseStream: false },
    inferenceProfile: 'required',
    profileGeographies: ['us'],
  },
  {
    name: 'Palmyra-Vision-7B',
    modelId: 'writer.palmyra-vision-7b',
    family: 'palmyra',
    source: [...CHAT_PAGES],
    ...chatMax(CHAT_VISION, 4096),
    imageLimits: IMAGE_5MB,
  },

  // AI21 Labs Jamba 1.5: ids from "Supported foundation models"; Invoke and Converse both listed (API compatibility
  // page); `max_tokens` at most 4096 and no tools, images or documents in its body (JAMBA_PAGES); tools and documents
  // on Converse (JAMBA_TOOLS).
  {
    name: 'Jamba-1-5-Large',
    modelId: 'ai21.jamba-1-5-large-v1:0',
    family: 'jamba',
    source: [...JAMBA_PAGES],
    ...chatMax(CHAT, 4096),
    tools: JAMBA_TOOLS,
    documents: { invoke: false, converse: true },
  },
  {
    name: 'Jamba-1-5-Mini',
    modelId: 'ai21.jamba-1-5-mini-v1:0',
    family: 'jamba',
    source: [...JAMBA_PAGES],
    ...chatMax(CHAT, 4096),
    tools: JAMBA_TOOLS,
    documents: { invoke: false, converse: true },
  },
] as const satisfies readonly ModelCatalogEntry[];

type CatalogRow = (typeof modelCatalog)[number];
type ThinkingName = Extract<CatalogRow, { thinkingVariant: true }>['name'];

/** Every friendly name of the catalog, with the `-Thinking` variants. */
export type BedrockWrapperFriendlyName = CatalogRow['name'] | `${ThinkingName}-Thinking`;

/**
 * Every friendly name (with the `-Thinking` variants), plus any raw Bedrock model id, profile id or ARN. `string & {}`
 * keeps the friendly names as literal members, so editors complete them.
 */
export type BedrockWrapperModelName = BedrockWrapperFriendlyName | (string & {});
