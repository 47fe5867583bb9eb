import type { EmulatedModel } from './emulated-model';

/**
 * The emulator's own table of Bedrock models. Sources: the model ids in legacy-wrapper.md §1.2 and §1.3 (both
 * catalogs, with what real Bedrock answered for them), the ids in shared/fixtures/bedrock-recorded, and the AWS pages
 * "Supported foundation models", "Supported Regions and models for inference profiles", "models-api-compatibility"
 * and "conversation-inference-supported-models-features". It is deliberately written apart from the provider's
 * catalog: where the two disagree, a test fails and someone has to look at the evidence.
 */
type Spec = Partial<Omit<EmulatedModel, 'id' | 'family'>>;

const both = (value: boolean) => ({ invoke: value, converse: value });

function model(id: string, family: EmulatedModel['family'], spec: Spec): EmulatedModel {
  return {
    id,
    family,
    operations: both(true),
    streaming: both(true),
    vision: both(false),
    documents: { invoke: false, converse: false },
    tools: { invoke: false, converse: false, converseStream: false, forcedChoice: false },
    reasoning: 'none',
    stopSequences: { invoke: true, converse: true, max: 4 },
    maxOutputTokens: 4096,
    access: 'on-demand',
    profiles: [],
    ...spec,
  };
}

// Claude: Messages API on InvokeModel; tools and forced tool choice on both APIs; PDFs on both (Anthropic
// "PDF support" and the Converse features page). Claude 3.7+/4.x need a cross-region profile on demand.
const claudeTools = { invoke: true, converse: true, converseStream: true, forcedChoice: true };
function claude(id: string, spec: Spec & { thinking?: boolean }): EmulatedModel {
  const { thinking, ...rest } = spec;
  return model(id, 'anthropic', {
    vision: both(true),
    documents: both(true),
    tools: claudeTools,
    reasoning: thinking ? 'claude-thinking' : 'none',
    stopSequences: { invoke: true, converse: true, max: 8191 },
    ...rest,
  });
}
const claude4Profiles: EmulatedModel['profiles'] = ['us', 'eu', 'apac', 'global'];

// Llama: prompt bodies on InvokeModel (no tools, no stop field); Converse with tools but not while streaming
// ("This model doesn't support tool use in streaming mode", ai-sdk-contracts.md §5).
const llamaTools = { invoke: false, converse: true, converseStream: false, forcedChoice: false };
function llama(id: string, family: 'llama3' | 'llama4', spec: Spec): EmulatedModel {
  return model(id, family, {
    tools: llamaTools,
    stopSequences: { invoke: false, converse: true, max: 4 },
    maxOutputTokens: 2048,
    ...spec,
  });
}

// The OpenAI chat-completions backend ("Mantle", legacy-wrapper.md §2.5): tools on both APIs.
const chatTools = { invoke: true, converse: true, converseStream: true, forcedChoice: false };
function chat(id: string, variant: string, spec: Spec): EmulatedModel {
  return model(id, 'openai-chat', { variant, tools: chatTools, maxOutputTokens: 32768, ...spec });
}
const chatVision = both(true);

export const EMULATED_MODELS: readonly EmulatedModel[] = [
  // Anthropic (legacy-wrapper.md §1.2 rows 1–18, §1.3 rows 1–4; fixtures for claude-v2 and claude-3-sonnet).
  claude('anthropic.claude-opus-4-7-v1', {
    thinking: true,
    maxOutputTokens: 128000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
  }),
  claude('anthropic.claude-opus-4-6-v1', {
    thinking: true,
    maxOutputTokens: 128000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
  }),
  claude('anthropic.claude-sonnet-4-6', {
    thinking: true,
    maxOutputTokens: 64000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
  }),
  claude('anthropic.claude-opus-4-5-20251101-v1:0', {
    thinking: true,
    maxOutputTokens: 64000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
  }),
  claude('anthropic.claude-opus-4-1-20250805-v1:0', {
    thinking: true,
    maxOutputTokens: 32000,
    access: 'profile-only',
    profiles: ['us'],
    variant: 'claude-4',
  }),
  claude('anthropic.claude-opus-4-20250514-v1:0', {
    thinking: true,
    maxOutputTokens: 32000,
    access: 'profile-only',
    profiles: ['us'],
    variant: 'claude-4',
  }),
  claude('anthropic.claude-sonnet-4-5-20250929-v1:0', {
    thinking: true,
    maxOutputTokens: 64000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
  }),
  claude('anthropic.claude-haiku-4-5-20251001-v1:0', {
    thinking: true,
    maxOutputTokens: 64000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
  }),
  claude('anthropic.claude-sonnet-4-20250514-v1:0', {
    thinking: true,
    maxOutputTokens: 64000,
    access: 'profile-only',
    profiles: ['us', 'eu', 'apac', 'global'],
    variant: 'claude-4',
  }),
  // Claude 3.7: 64k output, 128k with the `output-128k-2025-02-19` beta (Anthropic extended-output docs).
  claude('anthropic.claude-3-7-sonnet-20250219-v1:0', {
    thinking: true,
    maxOutputTokens: 64000,
    access: 'profile-only',
    profiles: ['us', 'eu', 'apac'],
    variant: 'claude-3-7',
  }),
  claude('anthropic.claude-3-5-sonnet-20241022-v2:0', {
    maxOutputTokens: 8192,
    access: 'profile-only',
    profiles: ['us', 'apac'],
  }),
  claude('anthropic.claude-3-5-sonnet-20240620-v1:0', {
    maxOutputTokens: 8192,
    profiles: ['us', 'eu', 'apac'],
  }),
  claude('anthropic.claude-3-5-haiku-20241022-v1:0', {
    maxOutputTokens: 8192,
    vision: both(false),
    documents: both(false),
    profiles: ['us'],
  }),
  claude('anthropic.claude-3-haiku-20240307-v1:0', { maxOutputTokens: 4096, profiles: ['us', 'eu', 'apac'] }),
  claude('anthropic.claude-3-sonnet-20240229-v1:0', {
    maxOutputTokens: 4096,
    profiles: ['us', 'eu', 'apac'],
  }),
  claude('anthropic.claude-v2', {
    maxOutputTokens: 4096,
    vision: both(false),
    documents: both(false),
    tools: { ...claudeTools, invoke: false, converse: false, converseStream: false, forcedChoice: false },
  }),

  // Meta Llama (§1.2 rows 19–28, §1.3 rows 5–6). 3.2 11B/90B and Llama 4 see images (`images` on InvokeModel).
  llama('meta.llama3-3-70b-instruct-v1:0', 'llama3', { access: 'profile-only', profiles: ['us'] }),
  llama('meta.llama3-2-1b-instruct-v1:0', 'llama3', { access: 'profile-only', profiles: ['us', 'eu'] }),
  llama('meta.llama3-2-3b-instruct-v1:0', 'llama3', { access: 'profile-only', profiles: ['us', 'eu'] }),
  llama('meta.llama3-2-11b-instruct-v1:0', 'llama3', {
    access: 'profile-only',
    profiles: ['us'],
    vision: both(true),
  }),
  llama('meta.llama3-2-90b-instruct-v1:0', 'llama3', {
    access: 'profile-only',
    profiles: ['us'],
    vision: both(true),
  }),
  llama('meta.llama3-1-8b-instruct-v1:0', 'llama3', { profiles: ['us'] }),
  llama('meta.llama3-1-70b-instruct-v1:0', 'llama3', { profiles: ['us'] }),
  // 405B has no `us.` profile: "The provided model identifier is invalid." (legacy-wrapper.md §8).
  llama('meta.llama3-1-405b-instruct-v1:0', 'llama3', {}),
  llama('meta.llama3-8b-instruct-v1:0', 'llama3', { tools: { ...llamaTools, converse: false } }),
  llama('meta.llama3-70b-instruct-v1:0', 'llama3', { tools: { ...llamaTools, converse: false } }),
  llama('meta.llama4-scout-17b-instruct-v1:0', 'llama4', {
    access: 'profile-only',
    profiles: ['us'],
    vision: both(true),
    maxOutputTokens: 8192,
  }),
  llama('meta.llama4-maverick-17b-instruct-v1:0', 'llama4', {
    access: 'profile-only',
    profiles: ['us'],
    vision: both(true),
    maxOutputTokens: 8192,
  }),

  // Amazon Nova (§1.2 rows 29–32). Stop sequences: at most 4 (Nova request schema). Forced tool choice was
  // rejected for Nova ("This model doesn't support the toolConfig.toolChoice.tool field", ai-sdk-contracts.md §5 #9).
  ...(['amazon.nova-pro-v1:0', 'amazon.nova-lite-v1:0', 'amazon.nova-micro-v1:0'] as const).map(id =>
    model(id, 'nova', {
      vision: both(id !== 'amazon.nova-micro-v1:0'),
      documents: { invoke: id !== 'amazon.nova-micro-v1:0', converse: id !== 'amazon.nova-micro-v1:0' },
      tools: { invoke: true, converse: true, converseStream: true, forcedChoice: false },
      maxOutputTokens: 10000,
      profiles: ['us', 'eu', 'apac'],
    }),
  ),
  model('amazon.nova-2-lite-v1:0', 'nova', {
    variant: 'nova-2',
    vision: both(true),
    documents: both(true),
    tools: { invoke: true, converse: true, converseStream: true, forcedChoice: false },
    reasoning: 'reasoning-content',
    maxOutputTokens: 65535,
    access: 'profile-only',
    profiles: ['us', 'eu', 'global'],
  }),
  // Titan Text Lite appears only in a recorded ConverseStream fixture.
  model('amazon.titan-text-lite-v1', 'titan-text', { maxOutputTokens: 4096 }),

  // Mistral text completion (§1.2 rows 37–39): `[INST]` prompt bodies, `stop` up to 10 (Mistral parameters page).
  model('mistral.mistral-7b-instruct-v0:2', 'mistral-prompt', {
    stopSequences: { invoke: true, converse: true, max: 10 },
    maxOutputTokens: 8192,
  }),
  model('mistral.mixtral-8x7b-instruct-v0:1', 'mistral-prompt', {
    stopSequences: { invoke: true, converse: true, max: 10 },
    maxOutputTokens: 4096,
  }),
  // Mistral Large (24.02) takes the text-completion body and, on Converse, tools with forced choice.
  model('mistral.mistral-large-2402-v1:0', 'mistral-prompt', {
    stopSequences: { invoke: true, converse: true, max: 10 },
    maxOutputTokens: 8192,
    tools: { invoke: false, converse: true, converseStream: true, forcedChoice: true },
  }),

  // DeepSeek-R1: inference profile only; prompt body; stop up to 10 (DeepSeek parameters page).
  model('deepseek.r1-v1:0', 'deepseek-r1', {
    reasoning: 'always',
    stopSequences: { invoke: true, converse: true, max: 10 },
    maxOutputTokens: 32768,
    access: 'profile-only',
    profiles: ['us'],
  }),

  // OpenAI-chat backend (§1.2 rows 33–57, §1.3 rows 7–24).
  // gpt-oss: `max_completion_tokens`, `<reasoning>` inline on InvokeModel, no stopSequences on Converse
  // ("This model doesn't support the stopSequences field", legacy-wrapper.md §6).
  chat('openai.gpt-oss-120b-1:0', 'gpt-oss', {
    reasoning: 'inline-reasoning-tag',
    stopSequences: { invoke: true, converse: false, max: 4 },
    maxOutputTokens: 128000,
  }),
  chat('openai.gpt-oss-20b-1:0', 'gpt-oss', {
    reasoning: 'inline-reasoning-tag',
    stopSequences: { invoke: true, converse: false, max: 4 },
    maxOutputTokens: 128000,
  }),
  // New Mistral models reject a trailing assistant message (`add_generation_prompt`, legacy-wrapper.md §2.1).
  chat('mistral.mistral-large-3-675b-instruct', 'mistral-new', { vision: chatVision }),
  chat('mistral.ministral-3-3b-instruct', 'mistral-new', { vision: chatVision, maxOutputTokens: 8192 }),
  chat('mistral.ministral-3-8b-instruct', 'mistral-new', { vision: chatVision, maxOutputTokens: 8192 }),
  chat('mistral.ministral-3-14b-instruct', 'mistral-new', { vision: chatVision, maxOutputTokens: 16384 }),
  chat('mistral.pixtral-large-2502-v1:0', 'mistral-new', {
    vision: chatVision,
    access: 'profile-only',
    profiles: ['us', 'eu'],
  }),
  // Magistral: Converse only; its answer comes as reasoningContent (legacy-wrapper.md §3.4).
  chat('mistral.magistral-small-2509', 'mistral-new', {
    operations: { invoke: false, converse: true },
    vision: { invoke: false, converse: true },
    reasoning: 'reasoning-content',
    maxOutputTokens: 8192,
  }),
  chat('qwen.qwen3-32b-v1:0', 'qwen', {}),
  chat('qwen.qwen3-coder-30b-a3b-v1:0', 'qwen', {}),
  chat('qwen.qwen3-235b-a22b-2507-v1:0', 'qwen', {}),
  chat('qwen.qwen3-coder-480b-a35b-v1:0', 'qwen', {}),
  chat('qwen.qwen3-next-80b-a3b', 'qwen', {}),
  chat('qwen.qwen3-vl-235b-a22b', 'qwen', { vision: chatVision }),
  chat('qwen.qwen3-coder-next', 'qwen', {}),
  chat('deepseek.v3-v1:0', 'deepseek-v3', { maxOutputTokens: 8192 }),
  chat('deepseek.v3.2', 'deepseek-v3', { maxOutputTokens: 8192 }),
  chat('google.gemma-3-4b-it', 'gemma', { vision: chatVision, maxOutputTokens: 8192 }),
  chat('google.gemma-3-12b-it', 'gemma', { vision: chatVision, maxOutputTokens: 8192 }),
  chat('google.gemma-3-27b-it', 'gemma', { vision: chatVision, maxOutputTokens: 8192 }),
  // Kimi K2 Thinking wraps every streamed reasoning delta in `<reasoning>` tags on InvokeModel (legacy-wrapper.md §2.5).
  chat('moonshot.kimi-k2-thinking', 'kimi', { reasoning: 'inline-reasoning-tag' }),
  chat('moonshotai.kimi-k2.5', 'kimi', { vision: chatVision, reasoning: 'reasoning-content' }),
  chat('minimax.minimax-m2', 'minimax', { reasoning: 'reasoning-content' }),
  chat('minimax.minimax-m2.1', 'minimax', { reasoning: 'reasoning-content' }),
  chat('minimax.minimax-m2.5', 'minimax', { reasoning: 'reasoning-content' }),
  chat('nvidia.nemotron-super-3-120b', 'nemotron', {}),
  chat('nvidia.nemotron-nano-12b-v2', 'nemotron', { vision: chatVision, maxOutputTokens: 8192 }),
  // Nemotron Nano 9B v2 reasons by default and ends its reasoning with `</think>` without an opening tag
  // (legacy-wrapper.md §1.3 row 17).
  chat('nvidia.nemotron-nano-9b-v2', 'nemotron', { reasoning: 'inline-think-tag', maxOutputTokens: 8192 }),
  chat('nvidia.nemotron-nano-3-30b', 'nemotron', { maxOutputTokens: 8192 }),
  chat('zai.glm-4.7', 'glm', { maxOutputTokens: 4096 }),
  chat('zai.glm-4.7-flash', 'glm', { maxOutputTokens: 4096 }),
  chat('zai.glm-5', 'glm', { maxOutputTokens: 131072 }),
  // Palmyra X4/X5 need an inference profile (legacy-wrapper.md §1.3 rows 22–23).
  chat('writer.palmyra-x4-v1:0', 'palmyra', {
    maxOutputTokens: 8192,
    access: 'profile-only',
    profiles: ['us'],
  }),
  chat('writer.palmyra-x5-v1:0', 'palmyra', {
    maxOutputTokens: 8192,
    access: 'profile-only',
    profiles: ['us'],
  }),
  chat('writer.palmyra-vision-7b', 'palmyra', { vision: chatVision, maxOutputTokens: 4096 }),
];
