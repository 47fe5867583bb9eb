import { AWS, FIXTURE, LEGACY_RUN, REAL, unsourced } from '../knowledge/sources';
import type { EmulatedModel, ModelSources } from './emulated-model';

/**
 * The emulator's own table of Bedrock models. Every row carries its sources as data (`sources`: the id, the
 * features, the limits, the access and profiles; see docs/bedrock-models.md for the list with URLs). It is written
 * apart from the provider's catalog: where the two disagree, a test fails and someone has to look at the evidence.
 */
type Spec = Partial<Omit<EmulatedModel, 'id' | 'family' | 'sources'>> & { sources: Partial<ModelSources> };

const both = (value: boolean) => ({ invoke: value, converse: value });
const NO_SOURCE_LIMITS = unsourced(
  'the limit the emulator had before sources were required; no AWS page with it was found',
);

function model(id: string, family: EmulatedModel['family'], spec: Spec): EmulatedModel {
  const { sources, ...rest } = spec;
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
    systemPrompt: true,
    sampling: 'free',
    maxOutputTokens: 4096,
    access: 'on-demand',
    profiles: [],
    ...rest,
    sources: {
      id: sources.id ?? [unsourced('no source recorded for this id')],
      features: sources.features ?? [AWS.converseFeatures],
      limits: sources.limits ?? [NO_SOURCE_LIMITS],
      profiles: sources.profiles ?? [AWS.inferenceProfiles],
    },
  };
}

// Claude: Messages API on InvokeModel; tools and forced tool choice on both APIs; documents and images on Converse
// (Converse features table; Claude Messages request page).
const claudeTools = { invoke: true, converse: true, converseStream: true, forcedChoice: true };
type Thinking = NonNullable<EmulatedModel['thinking']>;
/** Budget thinking only (Claude 3.7 – 4.5; "Older models … require thinking.type: enabled", adaptive page). */
const BUDGET: Thinking = { enabled: true, adaptive: false, disabled: true };
/** Adaptive and (deprecated) budget thinking: Opus 4.6, Sonnet 4.6 (adaptive page). */
const BOTH: Thinking = { enabled: true, adaptive: true, disabled: true };
/** Adaptive only: enabled and disabled are a 400 (adaptive page note; Opus 4.7 model card). */
const ADAPTIVE_ONLY: Thinking = { enabled: false, adaptive: true, disabled: false };
function claude(id: string, spec: Spec & { thinking?: Thinking }): EmulatedModel {
  return model(id, 'anthropic', {
    vision: both(true),
    documents: both(true),
    tools: claudeTools,
    reasoning: spec.thinking ? 'claude-thinking' : 'none',
    stopSequences: { invoke: true, converse: true, max: 8191 },
    // Assistant prefill: never on the adaptive-thinking models (4.6 and later), not with tools on the older ones (the
    // prefillUnsupported / prefillWithToolsUnsupported rules' sources).
    assistantPrefill: spec.thinking?.adaptive ? 'never' : 'without-tools',
    ...spec,
    sources: {
      features: [AWS.converseFeatures, AWS.claudeMessages, REAL.claudePdfBothApis],
      ...spec.sources,
    },
  });
}
const claude4Profiles: EmulatedModel['profiles'] = ['us', 'eu', 'apac', 'global'];
const ADAPTIVE = [AWS.claudeAdaptiveThinking, AWS.converseFeatures, AWS.claudeMessages];
const EXCLUSIVE_SAMPLING = [
  REAL.samplingExclusiveSonnet45,
  REAL.samplingExclusiveHaiku45,
  REAL.samplingExclusiveOpus41,
  REAL.samplingExclusiveOpus45,
];
const SAMPLING_REMOVED = [
  AWS.claudeOpus47Parameters,
  REAL.temperatureDeprecatedOpus47,
  REAL.temperatureDeprecatedOpus48,
  REAL.temperatureDeprecatedOpus5,
];
const NEW_CLAUDE_LIMIT = unsourced(
  "128K output as Anthropic's own model pages state for its 4.6+ models; the AWS card was not found for this id",
);
const NEW_CLAUDE_PROFILES = unsourced(
  'profiles as for Opus 4.7 (us, eu, apac, global); no AWS profile table listing this id was found',
);

// Llama: prompt bodies on InvokeModel (no tools, no stop field); Converse with tools but not while streaming
// ("This model doesn't support tool use in streaming mode": features table rows of Llama 3.1 / 3.2, the real error
// for Llama 3.3 and 4); document chat on Converse (features table).
const llamaTools = { invoke: false, converse: true, converseStream: false, forcedChoice: false };
function llama(id: string, family: 'llama3' | 'llama4', spec: Spec): EmulatedModel {
  return model(id, family, {
    tools: llamaTools,
    documents: { invoke: false, converse: true },
    stopSequences: { invoke: false, converse: true, max: 4 },
    maxOutputTokens: 2048,
    toolResultsAlone: true,
    ...spec,
    sources: {
      features: [
        AWS.converseFeatures,
        AWS.metaParams,
        REAL.toolResultsAloneLlama33MistralLarge,
        REAL.toolResultsAloneLlama4,
        REAL.llama33NoStreamingTools,
        REAL.llama4NoStreamingTools,
      ],
      limits: [AWS.metaParams],
      ...spec.sources,
    },
  });
}

// The OpenAI chat-completions backend ("Mantle"): tools on both APIs.
const chatTools = { invoke: true, converse: true, converseStream: true, forcedChoice: false };
function chat(id: string, variant: string, spec: Spec): EmulatedModel {
  return model(id, 'openai-chat', {
    variant,
    tools: chatTools,
    maxOutputTokens: 32768,
    ...spec,
    sources: { id: [LEGACY_RUN.models], ...spec.sources },
  });
}
const chatVision = both(true);

export const EMULATED_MODELS: readonly EmulatedModel[] = [
  // ---- Anthropic -------------------------------------------------------------------------------------------------
  // The Claude 5.5 family (AWS model cards for Opus 5.5 and Haiku 5.5; Sonnet 5.5 from the SDK release that added
  // it for Bedrock). No sampling parameters; forced tool use is refused on Opus / Sonnet 5.5.
  claude('anthropic.claude-opus-5-5', {
    thinking: ADAPTIVE_ONLY,
    sampling: 'removed',
    tools: { ...claudeTools, forcedChoice: false },
    maxOutputTokens: 128000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
    sources: {
      id: [AWS.claudeOpus55Card],
      features: [
        AWS.claudeOpus55Card,
        unsourced(
          "forced tool use refused: Anthropic's Opus 5.5 overview lists it among the breaking changes",
        ),
      ],
      limits: [AWS.claudeOpus55Card, ...SAMPLING_REMOVED],
      profiles: [NEW_CLAUDE_PROFILES],
    },
  }),
  claude('anthropic.claude-sonnet-5-5', {
    thinking: { enabled: false, adaptive: true, disabled: false, betweenTools: true },
    sampling: 'removed',
    tools: { ...claudeTools, forcedChoice: false },
    maxOutputTokens: 128000,
    access: 'profile-only',
    profiles: ['us', 'eu', 'apac', 'global'],
    variant: 'claude-4',
    sources: {
      id: [
        REAL.sonnet55Release,
        unsourced('no AWS model card for Sonnet 5.5 was found in the stored copies'),
      ],
      features: [REAL.sonnet55Release],
      limits: [NEW_CLAUDE_LIMIT, ...SAMPLING_REMOVED],
      profiles: [REAL.sonnet55Release, NEW_CLAUDE_PROFILES],
    },
  }),
  claude('anthropic.claude-haiku-5-5', {
    thinking: { enabled: false, adaptive: true, disabled: true },
    sampling: 'removed',
    maxOutputTokens: 128000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
    sources: {
      id: [AWS.claudeHaiku55Card, REAL.haiku55Release],
      features: [AWS.claudeHaiku55Card, REAL.haiku55Release],
      limits: [AWS.claudeHaiku55Card, ...SAMPLING_REMOVED],
      profiles: [REAL.haiku55Release, NEW_CLAUDE_PROFILES],
    },
  }),
  // Fable 5.2: its AWS card (id, 128K output, always-on adaptive thinking, sampling rules); forced tool use refused as on
  // Fable 5.1 (the SDK release that added it for Bedrock).
  claude('anthropic.claude-fable-5-2', {
    thinking: ADAPTIVE_ONLY,
    sampling: 'removed',
    tools: { ...claudeTools, forcedChoice: false },
    maxOutputTokens: 128000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
    sources: {
      id: [AWS.claudeFable52Card, REAL.fable52Release],
      features: [AWS.claudeFable52Card, REAL.fable52Release, ...ADAPTIVE],
      limits: [AWS.claudeFable52Card, ...SAMPLING_REMOVED],
      profiles: [NEW_CLAUDE_PROFILES],
    },
  }),
  // Mythos 5.2: its AWS card (Nov 2026) gives the id, 128K output, temperature 1.0 or unset, always-on adaptive thinking;
  // it is newer than the adaptive-thinking page's table, so the rules are the card's and those of its generation.
  claude('anthropic.claude-mythos-5-2', {
    thinking: ADAPTIVE_ONLY,
    sampling: 'removed',
    maxOutputTokens: 128000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
    sources: {
      id: [AWS.claudeMythos52Card],
      features: [AWS.claudeMythos52Card, ...ADAPTIVE],
      limits: [AWS.claudeMythos52Card, ...SAMPLING_REMOVED],
      profiles: [NEW_CLAUDE_PROFILES],
    },
  }),
  // Newer than Opus 4.7, all on the adaptive-thinking page's model table (the ids below are that page's).
  ...(
    [
      ['anthropic.claude-fable-5-1', 'Fable 5.1'],
      ['anthropic.claude-mythos-5-1', 'Mythos 5.1'],
      ['anthropic.claude-mythos-5', 'Mythos 5'],
      ['anthropic.claude-fable-5', 'Fable 5'],
      ['anthropic.claude-mythos-preview', 'Mythos Preview'],
    ] as const
  ).map(([id]) =>
    claude(id, {
      thinking: ADAPTIVE_ONLY,
      sampling: 'removed',
      // Fable 5.1 shares Opus 5.5's breaking changes, forced tool use refused among them (Anthropic's Opus 5.5 page).
      tools: { ...claudeTools, forcedChoice: id !== 'anthropic.claude-fable-5-1' },
      // Reported for Fable 5.1 (rule converse.reasoningOnlyTurn); the others are unreported.
      reasoningOnlyTurnRefused: id === 'anthropic.claude-fable-5-1',
      maxOutputTokens: 128000,
      access: 'profile-only',
      profiles: claude4Profiles,
      variant: 'claude-4',
      sources: {
        id: [AWS.claudeAdaptiveThinking],
        features: [...ADAPTIVE, AWS.claudeExtendedThinking],
        limits: [NEW_CLAUDE_LIMIT, ...SAMPLING_REMOVED],
        profiles: [NEW_CLAUDE_PROFILES],
      },
    }),
  ),
  // Opus 5 and Sonnet 5: on the adaptive page, but not in its "adaptive only" note (which also forbids `disabled`).
  // Budget thinking is a 400 on them as on every Claude 4.7+ (observed on Sonnet 5; docs/emulator-rules.md).
  claude('anthropic.claude-opus-5', {
    thinking: { enabled: false, adaptive: true, disabled: true },
    sampling: 'removed',
    maxOutputTokens: 128000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
    sources: {
      id: [AWS.claudeAdaptiveThinking, REAL.temperatureDeprecatedOpus5],
      features: [
        ...ADAPTIVE,
        unsourced(
          "budget thinking rejected as on every Claude 4.7+ (Anthropic's extended-thinking page); disabled accepted (OpenRouter's Opus 5.5 migration guide)",
        ),
      ],
      limits: [NEW_CLAUDE_LIMIT, ...SAMPLING_REMOVED],
      profiles: [REAL.temperatureDeprecatedOpus5, NEW_CLAUDE_PROFILES],
    },
  }),
  claude('anthropic.claude-sonnet-5', {
    thinking: { enabled: false, adaptive: true, disabled: true },
    sampling: 'removed',
    reasoningOnlyTurnRefused: true,
    maxOutputTokens: 128000,
    access: 'profile-only',
    profiles: ['us', 'eu', 'global'],
    variant: 'claude-4',
    sources: {
      id: [AWS.claudeAdaptiveThinking],
      features: [
        ...ADAPTIVE,
        unsourced(
          'enabled thinking rejected: a public client library documents the 400 it observed on claude-sonnet-5 (docs.memberjunction.org, UsesAdaptiveThinking)',
        ),
      ],
      limits: [
        NEW_CLAUDE_LIMIT,
        unsourced(
          'non-default sampling rejected: Anthropic describes Sonnet 5 as having no sampling parameters',
        ),
      ],
      profiles: [
        unsourced('us, eu and global profiles: a public agent release wires these for Sonnet 5 on Bedrock'),
      ],
    },
  }),
  // Opus 4.8: no AWS page found; real Bedrock errors for it ("temperature is deprecated") and a global profile id.
  claude('anthropic.claude-opus-4-8', {
    thinking: ADAPTIVE_ONLY,
    sampling: 'removed',
    maxOutputTokens: 128000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
    sources: {
      id: [REAL.temperatureDeprecatedOpus47, REAL.opus48GlobalProfile],
      features: [
        ...ADAPTIVE,
        unsourced(
          'adaptive only as Opus 4.7, which it upgrades; not on the AWS adaptive page read on 2026-12-01',
        ),
      ],
      limits: [NEW_CLAUDE_LIMIT, REAL.temperatureDeprecatedOpus48],
      profiles: [REAL.opus48GlobalProfile, NEW_CLAUDE_PROFILES],
    },
  }),
  // Opus 4.7: the id has no `-v1` ("...-opus-4-7-v1" -> "The provided model identifier is invalid.", legacy run).
  claude('anthropic.claude-opus-4-7', {
    thinking: ADAPTIVE_ONLY,
    sampling: 'removed',
    maxOutputTokens: 128000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
    sources: {
      id: [AWS.claudeOpus47Card, AWS.claudeAdaptiveThinking, LEGACY_RUN.opus47InvalidId],
      features: [AWS.claudeOpus47Card, ...ADAPTIVE],
      limits: [AWS.claudeOpus47Card, ...SAMPLING_REMOVED],
      profiles: [
        unsourced('us, eu, apac and global profiles as for Opus 4.6; the AWS profile table was not read'),
      ],
    },
  }),
  claude('anthropic.claude-opus-4-6-v1', {
    thinking: BOTH,
    sampling: 'exclusive',
    maxOutputTokens: 128000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
    sources: {
      id: [AWS.claudeOpus46Card, AWS.claudeAdaptiveThinking],
      features: [AWS.claudeOpus46Card, ...ADAPTIVE],
      limits: [AWS.claudeOpus46Card, ...EXCLUSIVE_SAMPLING],
      profiles: [unsourced('us, eu, apac and global profiles; the AWS profile table was not read')],
    },
  }),
  claude('anthropic.claude-sonnet-4-6', {
    thinking: BOTH,
    sampling: 'exclusive',
    maxOutputTokens: 64000,
    access: 'profile-only',
    profiles: claude4Profiles,
    variant: 'claude-4',
    sources: {
      id: [AWS.claudeAdaptiveThinking, FIXTURE.sonnet46Stream],
      features: ADAPTIVE,
      limits: [NO_SOURCE_LIMITS, ...EXCLUSIVE_SAMPLING],
      profiles: [FIXTURE.sonnet46Stream, unsourced('us, apac and global besides the recorded eu profile')],
    },
  }),
  ...(
    [
      ['anthropic.claude-opus-4-5-20251101-v1:0', 64000, claude4Profiles],
      ['anthropic.claude-sonnet-4-5-20250929-v1:0', 64000, claude4Profiles],
      ['anthropic.claude-haiku-4-5-20251001-v1:0', 64000, claude4Profiles],
      ['anthropic.claude-opus-4-1-20250805-v1:0', 32000, ['us']],
    ] as const
  ).map(([id, maxOutputTokens, profiles]) =>
    claude(id, {
      thinking: BUDGET,
      sampling: 'exclusive',
      maxOutputTokens,
      access: 'profile-only',
      profiles: [...profiles],
      variant: 'claude-4',
      sources: {
        id: [LEGACY_RUN.models, LEGACY_RUN.v1Models],
        features: [
          AWS.converseFeatures,
          AWS.claudeMessages,
          AWS.claudeExtendedThinking,
          AWS.claudeAdaptiveThinking,
        ],
        limits: [NO_SOURCE_LIMITS, ...EXCLUSIVE_SAMPLING],
        profiles: [LEGACY_RUN.v1Catalog, unsourced('geographies besides the one the legacy run used')],
      },
    }),
  ),
  ...(['anthropic.claude-opus-4-20250514-v1:0', 'anthropic.claude-sonnet-4-20250514-v1:0'] as const).map(id =>
    claude(id, {
      thinking: BUDGET,
      // No real error found for both temperature and top_p on Claude 4.0 (the reports start with Opus 4.1).
      sampling: 'free',
      maxOutputTokens: id.includes('opus') ? 32000 : 64000,
      access: 'profile-only',
      profiles: id.includes('opus') ? ['us'] : ['us', 'eu', 'apac', 'global'],
      variant: 'claude-4',
      sources: {
        id: [LEGACY_RUN.v1Models],
        features: [AWS.converseFeatures, AWS.claudeMessages, AWS.claudeExtendedThinking],
        limits: [
          NO_SOURCE_LIMITS,
          unsourced('temperature with top_p accepted: no real rejection was found for 4.0'),
        ],
        profiles: [LEGACY_RUN.v1Catalog, unsourced('geographies besides the us profile the legacy run used')],
      },
    }),
  ),
  // Claude 3.7: 64k output, 128k with the `output-128k-2025-02-19` beta.
  claude('anthropic.claude-3-7-sonnet-20250219-v1:0', {
    endOfLife: true,
    thinking: BUDGET,
    maxOutputTokens: 64000,
    access: 'profile-only',
    profiles: ['us', 'eu', 'apac'],
    variant: 'claude-3-7',
    sources: {
      id: [LEGACY_RUN.v1Models, FIXTURE.claude37Redacted],
      features: [AWS.converseFeatures, AWS.claudeMessages, AWS.claudeExtendedThinking],
      profiles: [REAL.eolClaude35And37Sonnet, LEGACY_RUN.v1Catalog, FIXTURE.claude37Redacted],
    },
  }),
  claude('anthropic.claude-3-5-sonnet-20241022-v2:0', {
    endOfLife: true,
    maxOutputTokens: 8192,
    access: 'profile-only',
    profiles: ['us', 'apac'],
    sources: { id: [LEGACY_RUN.v1Models], profiles: [REAL.eolClaude35And37Sonnet, LEGACY_RUN.v1Catalog] },
  }),
  claude('anthropic.claude-3-5-sonnet-20240620-v1:0', {
    endOfLife: true,
    maxOutputTokens: 8192,
    profiles: ['us', 'eu', 'apac'],
    sources: {
      id: [LEGACY_RUN.v1Models, FIXTURE.claudeToolUse],
      profiles: [REAL.eolClaude35And37Sonnet, LEGACY_RUN.v1Catalog],
    },
  }),
  // 3.5 Haiku: no vision, but document chat on Converse (features table).
  claude('anthropic.claude-3-5-haiku-20241022-v1:0', {
    endOfLife: true,
    maxOutputTokens: 8192,
    vision: both(false),
    documents: { invoke: false, converse: true },
    profiles: ['us'],
    sources: {
      id: [LEGACY_RUN.v1Models, FIXTURE.claude35HaikuCache],
      profiles: [REAL.eolClaude35Haiku, AWS.claude35HaikuCard, LEGACY_RUN.v1Catalog],
    },
  }),
  claude('anthropic.claude-3-haiku-20240307-v1:0', {
    endOfLife: true,
    maxOutputTokens: 4096,
    profiles: ['us', 'eu', 'apac'],
    sources: { id: [LEGACY_RUN.v1Models], profiles: [REAL.eolClaude3Haiku, LEGACY_RUN.v1Catalog] },
  }),
  claude('anthropic.claude-3-sonnet-20240229-v1:0', {
    maxOutputTokens: 4096,
    profiles: ['us', 'eu', 'apac'],
    sources: { id: [FIXTURE.claude3SonnetStream] },
  }),
  // Claude 2.x: no vision, no tools; document chat on Converse (features table).
  claude('anthropic.claude-v2', {
    maxOutputTokens: 4096,
    vision: both(false),
    documents: { invoke: false, converse: true },
    tools: { invoke: false, converse: false, converseStream: false, forcedChoice: false },
    sources: { id: [FIXTURE.claudeV2Stream] },
  }),

  // ---- Meta Llama (legacy v1 run: every id below answered on both APIs) ------------------------------------------
  ...(
    [
      ['meta.llama3-3-70b-instruct-v1:0', ['us'], false],
      ['meta.llama3-2-1b-instruct-v1:0', ['us', 'eu'], false],
      ['meta.llama3-2-3b-instruct-v1:0', ['us', 'eu'], false],
      ['meta.llama3-2-11b-instruct-v1:0', ['us'], true],
      ['meta.llama3-2-90b-instruct-v1:0', ['us'], true],
    ] as const
  ).map(([id, profiles, vision]) =>
    llama(id, 'llama3', {
      access: 'profile-only',
      profiles: [...profiles],
      vision: both(vision),
      sources: { id: [LEGACY_RUN.v1Models], profiles: [LEGACY_RUN.v1Catalog] },
    }),
  ),
  llama('meta.llama3-1-8b-instruct-v1:0', 'llama3', {
    profiles: ['us'],
    sources: { id: [LEGACY_RUN.v1Models], profiles: [LEGACY_RUN.v1Catalog] },
  }),
  llama('meta.llama3-1-70b-instruct-v1:0', 'llama3', {
    profiles: ['us'],
    sources: { id: [LEGACY_RUN.v1Models, FIXTURE.llamaInvoke], profiles: [LEGACY_RUN.v1Catalog] },
  }),
  // 405B has no `us.` profile: "The provided model identifier is invalid." until the bare id was used (v1 catalog).
  llama('meta.llama3-1-405b-instruct-v1:0', 'llama3', {
    sources: { id: [LEGACY_RUN.v1Models], profiles: [LEGACY_RUN.v1Catalog] },
  }),
  // Llama 3 (not 3.1+): no tool use on Converse (features table).
  ...(['meta.llama3-8b-instruct-v1:0', 'meta.llama3-70b-instruct-v1:0'] as const).map(id =>
    llama(id, 'llama3', {
      tools: { ...llamaTools, converse: false },
      sources: { id: [LEGACY_RUN.v1Models], profiles: [LEGACY_RUN.v1Catalog] },
    }),
  ),
  ...(['meta.llama4-scout-17b-instruct-v1:0', 'meta.llama4-maverick-17b-instruct-v1:0'] as const).map(id =>
    llama(id, 'llama4', {
      access: 'profile-only',
      profiles: ['us'],
      vision: both(true),
      maxOutputTokens: 8192,
      sources: { id: [LEGACY_RUN.models], limits: [NO_SOURCE_LIMITS], profiles: [LEGACY_RUN.catalog] },
    }),
  ),

  // ---- Amazon Nova ---------------------------------------------------------------------------------------------
  // Stop sequences: at most 4 (the legacy wrapper's README; no AWS page gives a count). Tool choice `auto`, `any` and `tool` (Nova tool-choice page;
  // a real test confirmed it after an older rejection, see docs/emulator-rules.md).
  ...(['amazon.nova-pro-v1:0', 'amazon.nova-lite-v1:0', 'amazon.nova-micro-v1:0'] as const).map(id =>
    model(id, 'nova', {
      vision: both(id !== 'amazon.nova-micro-v1:0'),
      documents: { invoke: id !== 'amazon.nova-micro-v1:0', converse: id !== 'amazon.nova-micro-v1:0' },
      tools: { invoke: true, converse: true, converseStream: true, forcedChoice: true },
      maxOutputTokens: 10000,
      profiles: ['us', 'eu', 'apac'],
      sources: {
        id: [LEGACY_RUN.models, FIXTURE.novaInvoke],
        features: [AWS.converseFeatures, AWS.novaToolChoice, REAL.novaToolChoiceWorks],
        limits: [AWS.novaRequestSchema],
        profiles: [
          LEGACY_RUN.catalog,
          unsourced('eu and apac profiles besides the us one the legacy run used'),
        ],
      },
    }),
  ),
  model('amazon.nova-2-lite-v1:0', 'nova', {
    variant: 'nova-2',
    vision: both(true),
    documents: both(true),
    tools: { invoke: true, converse: true, converseStream: true, forcedChoice: true },
    reasoning: 'reasoning-content',
    maxOutputTokens: 65535,
    access: 'profile-only',
    profiles: ['us', 'eu', 'global'],
    sources: {
      id: [LEGACY_RUN.models, FIXTURE.emptyContent],
      features: [AWS.converseFeatures, AWS.novaToolChoice],
      profiles: [LEGACY_RUN.catalog, FIXTURE.emptyContent],
    },
  }),
  // Titan Text Lite appears in a recorded ConverseStream; Titan takes no system prompt on Converse (features table;
  // real error for Titan Text Express).
  model('amazon.titan-text-lite-v1', 'titan-text', {
    maxOutputTokens: 4096,
    systemPrompt: false,
    sources: { id: [FIXTURE.titanConverseStream], features: [AWS.converseFeatures, REAL.titanNoSystem] },
  }),

  // ---- AI21 Labs Jamba 1.5 --------------------------------------------------------------------------------------
  // Its own chat body on InvokeModel (Jamba parameters page: max_tokens up to 4096, no tools or images), streamed on
  // InvokeModelWithResponseStream (AI21 models page); Invoke and Converse both listed (API compatibility page). On
  // Converse: system prompt, document chat, tool use and streaming tool use, no vision (Converse features table, read
  // in its zh_tw copy, https://docs.aws.amazon.com/zh_tw/bedrock/latest/userguide/conversation-inference-supported-models-features.html).
  // Forced tool choice is Claude, Mistral Large and Nova only (ToolChoice reference).
  ...(['ai21.jamba-1-5-large-v1:0', 'ai21.jamba-1-5-mini-v1:0'] as const).map(id =>
    model(id, 'jamba', {
      maxOutputTokens: 4096,
      documents: { invoke: false, converse: true },
      tools: { invoke: false, converse: true, converseStream: true, forcedChoice: false },
      sources: {
        id: [AWS.supportedModels, AWS.apiCompatibility],
        features: [
          AWS.jambaParams,
          AWS.ai21Models,
          AWS.apiCompatibility,
          AWS.converseFeatures,
          AWS.toolChoiceApi,
        ],
        limits: [AWS.jambaParams],
        profiles: [unsourced('on-demand in its region; no inference profile lists a Jamba id')],
      },
    }),
  ),

  // ---- Mistral text completion ---------------------------------------------------------------------------------
  // `[INST]` prompt bodies, `stop` up to 10 (Mistral text-completion page). Mistral 7B and Mixtral take no system
  // prompt on Converse (features table; real error "This model doesn't support system messages"); all three take
  // document chat on Converse (features table).
  ...(
    [
      ['mistral.mistral-7b-instruct-v0:2', 8192],
      ['mistral.mixtral-8x7b-instruct-v0:1', 4096],
    ] as const
  ).map(([id, maxOutputTokens]) =>
    model(id, 'mistral-prompt', {
      stopSequences: { invoke: true, converse: true, max: 10 },
      documents: { invoke: false, converse: true },
      systemPrompt: false,
      maxOutputTokens,
      sources: {
        id: [LEGACY_RUN.v1Models, FIXTURE.mistralInvoke],
        features: [AWS.converseFeatures, REAL.mistralNoSystem],
        limits: [AWS.mistralTextCompletion],
        profiles: [LEGACY_RUN.v1Catalog],
      },
    }),
  ),
  // Mistral Large (24.02) takes the text-completion body and, on Converse, tools with toolChoice `any` but not
  // `tool` ("Only supported by Anthropic Claude 3 and Amazon Nova models", ToolChoice API).
  model('mistral.mistral-large-2402-v1:0', 'mistral-prompt', {
    stopSequences: { invoke: true, converse: true, max: 10 },
    documents: { invoke: false, converse: true },
    maxOutputTokens: 8192,
    tools: {
      invoke: false,
      converse: true,
      converseStream: false,
      forcedChoice: true,
      specificChoice: false,
    },
    toolResultsAlone: true,
    sources: {
      id: [LEGACY_RUN.v1Models],
      features: [
        AWS.converseFeatures,
        AWS.toolChoiceApi,
        REAL.toolResultsAloneLlama33MistralLarge,
        REAL.mistralNoStreamingTools,
      ],
      limits: [AWS.mistralTextCompletion],
      profiles: [LEGACY_RUN.v1Catalog],
    },
  }),

  // ---- DeepSeek-R1: inference profile only; prompt body; stop up to 10 (DeepSeek parameters page) ---------------
  model('deepseek.r1-v1:0', 'deepseek-r1', {
    reasoning: 'always',
    stopSequences: { invoke: true, converse: true, max: 10 },
    maxOutputTokens: 32768,
    access: 'profile-only',
    profiles: ['us'],
    sources: {
      id: [AWS.deepseekParams, LEGACY_RUN.models, FIXTURE.deepseekR1Converse],
      features: [AWS.converseFeatures, AWS.deepseekParams],
      limits: [AWS.deepseekParams],
      profiles: [AWS.deepseekParams, FIXTURE.deepseekR1Converse],
    },
  }),

  // ---- OpenAI-chat backend -------------------------------------------------------------------------------------
  // gpt-oss: `max_completion_tokens`, `<reasoning>` inline on InvokeModel, no stopSequences on Converse
  // ("This model doesn't support the stopSequences field", legacy runs).
  ...(['openai.gpt-oss-120b-1:0', 'openai.gpt-oss-20b-1:0'] as const).map(id =>
    chat(id, 'gpt-oss', {
      reasoning: 'inline-reasoning-tag',
      stopSequences: { invoke: true, converse: false, max: 4 },
      maxOutputTokens: 128000,
      sources: {
        id: [LEGACY_RUN.models, FIXTURE.gptOssConverse],
        features: [AWS.converseFeatures, REAL.gptOssStreaming],
        limits: [LEGACY_RUN.stopSequences, NO_SOURCE_LIMITS],
      },
    }),
  ),
  // New Mistral models reject a trailing assistant message (`add_generation_prompt`, legacy runs).
  chat('mistral.mistral-large-3-675b-instruct', 'mistral-new', { vision: chatVision, sources: {} }),
  chat('mistral.ministral-3-3b-instruct', 'mistral-new', {
    vision: chatVision,
    maxOutputTokens: 8192,
    sources: {},
  }),
  chat('mistral.ministral-3-8b-instruct', 'mistral-new', {
    vision: chatVision,
    maxOutputTokens: 8192,
    sources: {},
  }),
  chat('mistral.ministral-3-14b-instruct', 'mistral-new', {
    vision: chatVision,
    maxOutputTokens: 16384,
    sources: {},
  }),
  chat('mistral.pixtral-large-2502-v1:0', 'mistral-new', {
    vision: chatVision,
    access: 'profile-only',
    profiles: ['us', 'eu'],
    sources: { profiles: [LEGACY_RUN.catalog] },
  }),
  // Magistral: Converse only; its answer comes as reasoningContent (legacy catalog `converse_api_only`).
  chat('mistral.magistral-small-2509', 'mistral-new', {
    operations: { invoke: false, converse: true },
    vision: { invoke: false, converse: true },
    reasoning: 'reasoning-content',
    maxOutputTokens: 8192,
    sources: { id: [LEGACY_RUN.models, LEGACY_RUN.catalog] },
  }),
  chat('qwen.qwen3-32b-v1:0', 'qwen', { sources: { id: [LEGACY_RUN.models, FIXTURE.qwenConverse] } }),
  chat('qwen.qwen3-coder-30b-a3b-v1:0', 'qwen', { sources: {} }),
  // Qwen3 235B: no stopSequences on Converse (real error, REAL.qwen235bStopSequences).
  chat('qwen.qwen3-235b-a22b-2507-v1:0', 'qwen', {
    stopSequences: { invoke: true, converse: false, max: 4 },
    sources: { limits: [REAL.qwen235bStopSequences] },
  }),
  chat('qwen.qwen3-coder-480b-a35b-v1:0', 'qwen', { sources: {} }),
  chat('qwen.qwen3-next-80b-a3b', 'qwen', { sources: {} }),
  chat('qwen.qwen3-vl-235b-a22b', 'qwen', { vision: chatVision, sources: {} }),
  chat('qwen.qwen3-coder-next', 'qwen', {
    sources: {
      id: [
        LEGACY_RUN.catalog,
        unsourced(
          'the legacy run got "The provided model identifier is invalid." on InvokeModel in its region',
        ),
      ],
    },
  }),
  // DeepSeek-V3.1: Converse only. The DeepSeek page names InvokeModel for "R1 and V3.1" but shows only R1's prompt
  // body; the legacy wrapper (real runs) sends it through Converse only. Real error wins over the unshown body.
  chat('deepseek.v3-v1:0', 'deepseek-v3', {
    operations: { invoke: false, converse: true },
    maxOutputTokens: 8192,
    sources: { id: [AWS.deepseekParams, LEGACY_RUN.catalog, LEGACY_RUN.models] },
  }),
  chat('deepseek.v3.2', 'deepseek-v3', {
    maxOutputTokens: 8192,
    sources: { id: [AWS.deepseekV32Card, LEGACY_RUN.models], limits: [AWS.deepseekV32Card] },
  }),
  ...(['google.gemma-3-4b-it', 'google.gemma-3-12b-it', 'google.gemma-3-27b-it'] as const).map(id =>
    chat(id, 'gemma', {
      vision: chatVision,
      maxOutputTokens: 8192,
      sources: {
        id: [LEGACY_RUN.models, FIXTURE.gemmaConverse],
        features: [AWS.converseFeatures, LEGACY_RUN.vision],
      },
    }),
  ),
  // Kimi K2 Thinking wraps every streamed reasoning delta in `<reasoning>` tags on InvokeModel (legacy run).
  chat('moonshot.kimi-k2-thinking', 'kimi', {
    reasoning: 'inline-reasoning-tag',
    sources: { id: [LEGACY_RUN.models, FIXTURE.kimiConverse] },
  }),
  chat('moonshotai.kimi-k2.5', 'kimi', { vision: chatVision, reasoning: 'reasoning-content', sources: {} }),
  chat('minimax.minimax-m2', 'minimax', {
    reasoning: 'reasoning-content',
    sources: { id: [LEGACY_RUN.models, FIXTURE.minimaxConverse] },
  }),
  chat('minimax.minimax-m2.1', 'minimax', { reasoning: 'reasoning-content', sources: {} }),
  chat('minimax.minimax-m2.5', 'minimax', { reasoning: 'reasoning-content', sources: {} }),
  chat('nvidia.nemotron-super-3-120b', 'nemotron', { sources: {} }),
  chat('nvidia.nemotron-nano-12b-v2', 'nemotron', { vision: chatVision, maxOutputTokens: 8192, sources: {} }),
  // Nemotron Nano 9B v2 reasons by default and ends its reasoning with `</think>` without an opening tag (legacy run).
  chat('nvidia.nemotron-nano-9b-v2', 'nemotron', {
    reasoning: 'inline-think-tag',
    maxOutputTokens: 8192,
    sources: {},
  }),
  chat('nvidia.nemotron-nano-3-30b', 'nemotron', { maxOutputTokens: 8192, sources: {} }),
  chat('zai.glm-4.7', 'glm', { maxOutputTokens: 4096, sources: {} }),
  chat('zai.glm-4.7-flash', 'glm', { maxOutputTokens: 4096, sources: {} }),
  chat('zai.glm-5', 'glm', { maxOutputTokens: 131072, sources: {} }),
  // Palmyra X4/X5 need an inference profile (legacy run).
  // Palmyra X5: tools on Converse but not on ConverseStream (real errors, REAL.palmyraX5Tools / palmyraX5StreamTools).
  ...(['writer.palmyra-x4-v1:0', 'writer.palmyra-x5-v1:0'] as const).map(id =>
    chat(id, 'palmyra', {
      maxOutputTokens: 8192,
      access: 'profile-only',
      profiles: ['us'],
      ...(id === 'writer.palmyra-x5-v1:0' ? { tools: { ...chatTools, converseStream: false } } : {}),
      sources: {
        profiles: [LEGACY_RUN.catalog, LEGACY_RUN.models],
        ...(id === 'writer.palmyra-x5-v1:0'
          ? { features: [AWS.converseFeatures, REAL.palmyraX5Tools, REAL.palmyraX5StreamTools] }
          : {}),
      },
    }),
  ),
  chat('writer.palmyra-vision-7b', 'palmyra', { vision: chatVision, maxOutputTokens: 4096, sources: {} }),
];
