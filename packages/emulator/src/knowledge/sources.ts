/**
 * The public pages and recordings the emulator's knowledge comes from, named once so that rules and model rows can
 * cite them as data. AWS pages were read (through a search index of their stored copies) on 2026-12-01; what each
 * one says is summarised in docs/emulator-rules.md and docs/bedrock-models.md.
 */
const USERGUIDE = 'https://docs.aws.amazon.com/bedrock/latest/userguide';
const API = 'https://docs.aws.amazon.com/bedrock/latest/APIReference';

export const AWS = {
  converseFeatures: `${USERGUIDE}/conversation-inference-supported-models-features.html`,
  converseApi: `${API}/API_runtime_Converse.html`,
  toolChoiceApi: `${API}/API_runtime_ToolChoice.html`,
  inferenceConfiguration: `${API}/API_runtime_InferenceConfiguration.html`,
  toolSpecification: `${API}/API_runtime_ToolSpecification.html`,
  claudeMessages: `${USERGUIDE}/model-parameters-anthropic-claude-messages-request-response.html`,
  claudeExtendedThinking: `${USERGUIDE}/claude-messages-extended-thinking.html`,
  claudeAdaptiveThinking: `${USERGUIDE}/claude-messages-adaptive-thinking.html`,
  toolResultBlock: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolResultBlock.html',
  claudeOpus47Card: `${USERGUIDE}/model-card-anthropic-claude-opus-4-7.html`,
  claudeFable52Card: `${USERGUIDE}/model-card-anthropic-claude-fable-5-2.html`,
  claudeMythos52Card: `${USERGUIDE}/model-card-anthropic-claude-mythos-5-2.html`,
  claudeOpus46Card: `${USERGUIDE}/model-card-anthropic-claude-opus-4-6.html`,
  claudeOpus55Card: `${USERGUIDE}/model-card-anthropic-claude-opus-5-5.html`,
  claudeHaiku55Card: `${USERGUIDE}/model-card-anthropic-claude-haiku-5-5.html`,
  claudeHaiku45Card: `${USERGUIDE}/model-card-anthropic-claude-haiku-4-5.html`,
  claude35HaikuCard: `${USERGUIDE}/model-card-anthropic-claude-3-5-haiku.html`,
  claudeOpus47Parameters: `${USERGUIDE}/model-card-anthropic-claude-opus-4-7.html#model-card-anthropic-claude-opus-4-7-parameters-change`,
  metaParams: `${USERGUIDE}/model-parameters-meta.html`,
  mistralTextCompletion: `${USERGUIDE}/model-parameters-mistral-text-completion.html`,
  deepseekParams: `${USERGUIDE}/model-parameters-deepseek.html`,
  jambaParams: `${USERGUIDE}/model-parameters-jamba.html`,
  ai21Models: `${USERGUIDE}/model-parameters-ai21.html`,
  openaiParams: `${USERGUIDE}/model-parameters-openai.html`,
  apiCompatibility: `${USERGUIDE}/models-api-compatibility.html`,
  supportedModels: `${USERGUIDE}/models-supported.html`,
  deepseekV32Card: `${USERGUIDE}/model-card-deepseek-deepseek-v3-2.html`,
  novaToolChoice: 'https://docs.aws.amazon.com/nova/latest/userguide/tool-choice.html',
  /** toolUseId: 1 to 64 characters, pattern [a-zA-Z0-9_-]+ (a newer revision also allows "." and ":"). */
  toolUseBlock: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolUseBlock.html',
  novaRequestSchema: 'https://docs.aws.amazon.com/nova/latest/userguide/complete-request-schema.html',
  /** AWS's Nova InvokeModel caching sample: `cachePoint` is a key of the text block it follows, in system and messages. */
  novaInvokeCachingSample:
    'https://github.com/aws-samples/amazon-bedrock-samples/blob/main/introduction-to-bedrock/prompt-caching/invoke_model_api/nova/README.md',
  /** AWS's sample app: "For Amazon Nova, placing cachePoint immediately after toolResult causes an error". */
  novaCachePointAfterToolResultSample:
    'https://github.com/aws-samples/bedrock-engineer/blob/main/src/common/models/promptCache.ts',
  nova2RequestSchema: 'https://docs.aws.amazon.com/nova/latest/nova2-userguide/request-response-schema.html',
  inferenceProfiles: `${USERGUIDE}/inference-profiles-support.html`,
} as const;

/** Real Bedrock answers quoted in public GitHub issues and pull requests. */
export const REAL = {
  /** Assistant prefill refused: "This model does not support assistant message prefill…" (Opus 4.6 on Bedrock). */
  prefillOpus46: 'https://github.com/anomalyco/opencode/issues/29760',
  /** The same refusal for Sonnet 5 and Opus 5 on ConverseStream. */
  prefillSonnet5Opus5: 'https://github.com/NousResearch/hermes-agent/pull/101401',
  /** The same refusal for Sonnet 4.6 and Sonnet 5. */
  prefillSonnet46: 'https://github.com/cortexkit/magic-context/issues/511',
  /** The same refusal for Opus 4.8, Amazon Bedrock's answer among a router's provider errors. */
  prefillOpus48: 'https://github.com/HKUDS/Vibe-Trading/issues/246',
  /** "Newer Claude models (4.6+) reject assistant message prefill" (a client's live 400s). */
  prefill46Plus: 'https://github.com/vertesia/llumiverse/pull/562',
  /** "When using tools, pre-filling the `assistant` response is not supported." on Converse. */
  prefillWithToolsConverse: 'https://github.com/langchain-ai/langchain-aws/issues/124',
  /** The same refusal in Claude's body on InvokeModel. */
  prefillWithToolsInvoke: 'https://github.com/langchain-ai/langgraph/issues/4940',
  /**
   * Nova 2 Lite on Converse, a cachePoint after the blocks of a tool-result turn: "Malformed input request:
   * #/messages/6/content/0: extraneous key [cachePoint] is not permitted, please reformat your input and try again."
   */
  novaCachePointAfterToolResult: 'https://github.com/zeroclaw-labs/zeroclaw/issues/8720',
  /**
   * Claude on Converse, a cachePoint right after a reasoningContent block: "Cache point cannot be inserted after
   * reasoning block. Please remove the invalid cache point and try again." (with thinking; Sonnet 4.6 in the second).
   */
  cachePointAfterReasoning: 'https://github.com/anomalyco/opencode/issues/36517',
  cachePointAfterReasoningSonnet46: 'https://github.com/strands-agents/harness-sdk/issues/1820',
  /**
   * Converse with thinking, the last tool-use turn without its reasoning first: "The model returned the following
   * errors: messages.1.content.0.type: Expected `thinking` or `redacted_thinking`, but found `text`. When `thinking` is
   * enabled, a final `assistant` message must start with a thinking block …" (Claude Sonnet 4; Converse and
   * ConverseStream; `tool_use` found in the third).
   */
  thinkingFirstConverse: 'https://github.com/pydantic/pydantic-ai/issues/2453',
  thinkingFirstConverseStream: 'https://github.com/langchain-ai/langchain-aws/issues/844',
  thinkingFirstToolUse: 'https://github.com/anomalyco/opencode/issues/3077',
  /**
   * Sonnet 5 and Fable 5.1 on Converse, an assistant turn of only reasoningContent before a user turn: "This model does
   * not support assistant message prefill. The conversation must end with a user message." (Sonnet 4.6 takes it.)
   */
  reasoningOnlyTurn: 'https://github.com/NousResearch/hermes-agent/issues/105780',
  /** Claude Sonnet 4.5 on Converse, [cachePoint, text] in one message: "There is nothing available to cache." */
  cachePointFirstInMessage: 'https://github.com/strands-agents/harness-sdk/pull/3677',
  /** Anthropic's answer to a thinking block with cache_control: "messages.5.content.0.thinking.cache_control: Extra inputs are not permitted". */
  thinkingCacheControl: 'https://github.com/BerriAI/litellm/pull/39815',
  thinkingCacheControlLookback: 'https://github.com/UKGovernmentBEIS/inspect_ai/pull/3967',
  /**
   * "Value at 'messages.14.member.content.1.member.toolUse.name' failed to satisfy constraint: Member must satisfy
   * regular expression pattern: [a-zA-Z0-9_-]+" on ConverseStream, on every request after the call entered the history.
   */
  toolUseNamePattern: 'https://github.com/NousResearch/hermes-agent/issues/90008',
  /** A live Converse call (Claude Sonnet 5): an empty toolSpec.description answered 400, minimum length 1. */
  emptyToolDescription: 'https://github.com/anomalyco/opencode/pull/48582',
  /**
   * Nova 2 while reasoning: maxTokens must be unset at maxReasoningEffort "high" (an AWS engineer's report; the
   * @ai-sdk/amazon-bedrock fix), temperature and topP whenever reasoning is enabled (promptfoo's Nova 2 support).
   */
  nova2ReasoningMaxTokens: 'https://github.com/UKGovernmentBEIS/inspect_ai/issues/3767',
  nova2ReasoningMaxTokensPeer: 'https://github.com/vercel/ai/releases/tag/@ai-sdk%2Famazon-bedrock@5.0.98',
  nova2ReasoningSampling: 'https://github.com/promptfoo/promptfoo/pull/6531',
  /** Fable 5.2 on Bedrock: the capabilities of Fable 5.1 (no sampling parameters, no forced tool use). */
  fable52Release: 'https://github.com/vercel/ai/releases/tag/@ai-sdk%2Famazon-bedrock@3.0.145',
  /** "Conversation blocks and tool result blocks cannot be provided in the same turn" (Llama 3.3, Mistral Large). */
  toolResultsAloneLlama33MistralLarge: 'https://github.com/browser-use/browser-use/issues/710',
  /** The same for Llama 4 Maverick. */
  toolResultsAloneLlama4: 'https://github.com/strands-agents/harness-sdk/issues/1223',
  /** Anthropic's PDF-support page, quoted: PDFs on Bedrock "through both the Converse API and InvokeModel API". */
  claudePdfBothApis: 'https://github.com/anthropics/claude-code/issues/18725',
  /** Nova Micro on Converse, temperature 1.5: "Value '1.5' at 'inferenceConfig.temperature' failed to satisfy … 1". */
  converseTemperatureMax: 'https://github.com/stdapi-ai/stdapi.ai/issues/224',
  /** gpt-oss: Bedrock's streaming (with tool calls) for it, refused at launch, announced as working from 2025-08. */
  gptOssStreaming: 'https://github.com/langchain-ai/langchain-aws/pull/588',
  /** Llama 3.3 on ConverseStream with tools: the same "… tool use in streaming mode" error. */
  llama33NoStreamingTools: 'https://github.com/n8n-io/n8n/issues/14206',
  /** Llama 4 Maverick / Scout on ConverseStream with tools: "This model doesn't support tool use in streaming mode." */
  llama4NoStreamingTools: 'https://github.com/earendil-works/pi/issues/3739',
  /** Mistral models: no streaming tool use on ConverseStream ("tested and confirmed" by a maintainer). */
  mistralNoStreamingTools: 'https://github.com/strands-agents/harness-sdk/issues/32',
  /** Palmyra X5 on Converse: "This model doesn't support the status field" and "… tool use in streaming mode." */
  palmyraX5Tools: 'https://github.com/strands-agents/harness-sdk/issues/393',
  /** Palmyra X5: no tool use on ConverseStream (the fix that stopped streaming with tools). */
  palmyraX5StreamTools: 'https://github.com/langchain-ai/langchain-aws/pull/466',
  /** Qwen3 235B A22B on Converse: "This model doesn't support the stopSequences field". */
  qwen235bStopSequences: 'https://github.com/langgenius/dify-official-plugins/issues/1767',
  /** "This model doesn't support system messages…" on Converse for mistral-7b-instruct / mixtral-8x7b-instruct. */
  mistralNoSystem: 'https://github.com/567-labs/instructor/issues/1753',
  /** The same error for Titan Text on Converse. */
  titanNoSystem: 'https://github.com/Mintplex-Labs/anything-llm/issues/2486',
  /** "The model returned the following errors: `temperature` and `top_p` cannot both be specified…" (Converse, Sonnet 4.5). */
  samplingExclusiveSonnet45: 'https://github.com/mem0ai/mem0/issues/3891',
  /** The same on ConverseStream with Haiku 4.5. */
  samplingExclusiveHaiku45: 'https://github.com/aws-samples/bedrock-access-gateway/issues/191',
  /** The same for Opus 4.1. */
  samplingExclusiveOpus41: 'https://github.com/aws-samples/bedrock-chat/pull/979',
  /** The same for Opus 4.5. */
  samplingExclusiveOpus45: 'https://github.com/aws-samples/bedrock-access-gateway/pull/208',
  /** "The model returned the following errors: temperature is deprecated for this model." (Opus 4.7 / 4.8, Converse). */
  temperatureDeprecatedOpus47: 'https://github.com/DayuanJiang/next-ai-draw-io/issues/861',
  /** "`temperature` is deprecated for this model." (Opus 4.7 / 4.8 on InvokeModelWithResponseStream). */
  temperatureDeprecatedOpus48: 'https://github.com/logancyang/obsidian-copilot/pull/2601',
  /** "ValidationException: `temperature` is deprecated for this model." (us.anthropic.claude-opus-5, InvokeModel). */
  temperatureDeprecatedOpus5: 'https://github.com/promptfoo/promptfoo/issues/10307',
  /** "ResourceNotFoundException: This model version has reached the end of its life." for Claude 3.5 Haiku (Converse). */
  eolClaude35Haiku:
    'https://github.com/aws-solutions-library-samples/accelerated-intelligent-document-processing-on-aws/issues/708',
  /** The same answer for Claude 3.5 Sonnet v1 / v2 and Claude 3.7 Sonnet. */
  eolClaude35And37Sonnet: 'https://github.com/gsd-build/gsd-2/issues/5425',
  /** AWS lifecycle dates past EOL in September 2026 (Claude 3 Haiku, Nova Premier v1). */
  eolClaude3Haiku: 'https://github.com/awslabs/startups/pull/307',
  /** Sonnet 5.5 on Bedrock: `between_tools` thinking; rejects disabled thinking, budgets and forced tool use. */
  sonnet55Release: 'https://github.com/vercel/ai/releases/tag/@ai-sdk%2Famazon-bedrock@5.0.99',
  /** Haiku 5.5 on Bedrock: no thinking budgets (converted to adaptive). */
  haiku55Release: 'https://github.com/vercel/ai/releases/tag/@ai-sdk%2Famazon-bedrock@5.0.109',
  /** A release using `global.anthropic.claude-opus-4-8` on Bedrock (no AWS page for Opus 4.8 was found). */
  opus48GlobalProfile: 'https://github.com/andisearch/airun/releases/tag/v2.5.5',
  /** Nova with toolChoice `tool` confirmed to work by a real test (after an older rejection). */
  novaToolChoiceWorks: 'https://github.com/pydantic/pydantic-ai/issues/2802',
  /** The older real rejection: "Nova doesn't support the toolConfig.toolChoice.any field" (Jan 2025). */
  novaToolChoiceOldError: 'https://github.com/aws-samples/bedrock-access-gateway/issues/92',
  /** "The toolConfig field must be defined when using toolUse and toolResult content blocks." */
  toolConfigRequired: 'https://github.com/vxcontrol/pentagi/issues/160',
  /** `tool_choice: Input tag 'none' … does not match any of the expected tags: 'auto', 'any', 'tool'` (InvokeModel). */
  toolChoiceNoneInvoke: 'https://github.com/boto/botocore/issues/3458',
} as const;

/**
 * The legacy wrapper's committed logs of its own runs against real Bedrock (jparkerweb/bedrock-wrapper at 2173035,
 * 2026-05-16): per model, the answer or the error real Bedrock gave.
 */
const LEGACY = 'https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3';
export const LEGACY_RUN = {
  /** Invoke and Converse run over the 57 models of v2.8.0 (2025-12-04), each through the id or profile of its catalog. */
  v1Models:
    'https://github.com/jparkerweb/bedrock-wrapper/blob/55f9b8ea2fea007d681bc0e466d5cb25a2d8f11b/test-models-output.txt',
  v1Catalog:
    'https://github.com/jparkerweb/bedrock-wrapper/blob/55f9b8ea2fea007d681bc0e466d5cb25a2d8f11b/bedrock-models.js',
  /** Invoke run over all 61 catalog models (HEAD). */
  models: `${LEGACY}/test-models-output.txt`,
  /** "Invocation of model ID writer.palmyra-x4-v1:0 with on-demand throughput isn’t supported. …" */
  onDemandUnsupported: `${LEGACY}/test-models-output.txt#L478`,
  /** Opus 4.7 as `anthropic.claude-opus-4-7-v1`: "The provided model identifier is invalid." */
  opus47InvalidId: `${LEGACY}/test-models-output.txt#L11-L18`,
  /** The catalog: which models it sends through Converse only (`converse_api_only`). */
  catalog: `${LEGACY}/bedrock-models.js`,
  vision: `${LEGACY}/test-vision-models-output.txt`,
  /** OpenAI-chat backend refusing Anthropic-style image blocks ("did not match any expected variant"). */
  mantleImageVariant: `${LEGACY}/test-vision-models-output.txt#L261`,
  /** OpenAI-chat backend: "unknown variant `stop_sequences`, expected one of `audio`, …" (the accepted keys). */
  mantleUnknownKey:
    'https://github.com/jparkerweb/bedrock-wrapper/blob/d9ac9ab2ef6a0a2bb07644ed55b7e46d43e59459/test-stop-sequences-output.txt#L640',
  /** New Mistral models: "Cannot set `add_generation_prompt` to True when the last message is from the assistant." */
  mantleTrailingAssistant:
    'https://github.com/jparkerweb/bedrock-wrapper/blob/756a5f39a859b592bcc588047b9c0d81e715eaad/test-run-output.txt#L5216',
  stopSequences: `${LEGACY}/test-stop-sequences-output.txt`,
  /**
   * The README's "Stop Sequences" section: Nova "up to 4 sequences", Mistral "up to 10", Claude "up to 8,191". The
   * wrapper's claim, not an AWS page: the Nova request schema lists `stopSequences` without a count.
   */
  stopSequenceCounts:
    'https://github.com/jparkerweb/bedrock-wrapper/blob/036cd731e3643186935e6b172ad039d8cfc74c5f/README.md#stop-sequences',
} as const;

/** Recorded real responses in fixtures/bedrock-recorded (see PROVENANCE.md there). */
export const FIXTURE = {
  invalidModelInvoke: 'fixture:error-invoke-invalid-model-400.json',
  invalidModelConverseStream: 'fixture:error-converse-stream-invalid-model-400.json',
  emptyContent: 'fixture:error-converse-nova-2-empty-content-400.json',
  claudeReasoning: 'fixture:converse-claude-reasoning.json',
  claudeToolUse: 'fixture:invoke-claude-3-5-sonnet-tool-use.json',
  llamaInvoke: 'fixture:invoke-meta-llama3-1-70b.json',
  mistralInvoke: 'fixture:invoke-mistral-7b-prompt-style.json',
  novaInvoke: 'fixture:invoke-nova-micro.json',
  novaConverseTools: 'fixture:converse-nova-micro-tool-use.json',
  titanConverseStream: 'fixture:converse-stream-titan-text-raw.json',
  qwenConverse: 'fixture:converse-qwen3-32b-structured-output.json',
  gemmaConverse: 'fixture:converse-gemma-3-27b-structured-output.json',
  minimaxConverse: 'fixture:converse-minimax-m2-structured-output.json',
  kimiConverse: 'fixture:converse-kimi-k2-thinking-tool-call.json',
  gptOssConverse: 'fixture:converse-gpt-oss-20b-reasoning-tooluse.json',
  deepseekR1Converse: 'fixture:converse-deepseek-r1-reasoning.json',
  sonnet46Stream: 'fixture:converse-stream-claude-sonnet-4-6-raw.json',
  claude37Redacted: 'fixture:converse-stream-claude-3-7-redacted-thinking.json',
  claude3SonnetStream: 'fixture:converse-stream-claude-3-sonnet-tool-use.json',
  claudeV2Stream: 'fixture:imwrs-claude-v2-messages-stream.json',
  claude35HaikuCache: 'fixture:invoke-claude-3-5-haiku-prompt-cache.json',
} as const;

export const unsourced = (why: string) => `unsourced: ${why}`;
