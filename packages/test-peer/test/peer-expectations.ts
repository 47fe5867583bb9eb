import type { BedrockWrapperModelInfo, ModelFamily } from '@bedrock-wrapper/ai-provider';
import type { Generation, Side } from './peer-runners';

/**
 * What the conformance matrix knows in advance, as data: every accepted difference between this provider's Converse
 * body and the peer's, every rejection a sourced rule explains, and every known defect of the emulator. Anything the
 * matrix sees that is not here fails the test, and an entry that no cell uses any more fails it too, so this file
 * and docs/converse-peer-differences.md (which lists every id) stay true.
 */

/** Which cells an entry is about; every field left out matches everything. */
export interface Scope {
  generations?: readonly Generation[];
  scenarios?: readonly string[];
  /** Friendly names. */
  models?: readonly string[];
  families?: readonly ModelFamily[];
  /** A condition on the catalog's description of the model. */
  when?: (model: BedrockWrapperModelInfo) => boolean;
}

export interface Entry extends Scope {
  id: string;
  reason: string;
  /** AWS documentation URL, recorded fixture, or a public issue quoting the real Bedrock error. */
  source: string;
}

/** A value on one side of a difference. */
export interface ValueMatch {
  describe: string;
  test(value: unknown): boolean;
}

export const ABSENT: ValueMatch = { describe: '(absent)', test: value => value === undefined };
export const PRESENT: ValueMatch = { describe: '(any value)', test: value => value !== undefined };
export const is = (expected: unknown): ValueMatch => ({
  describe: JSON.stringify(expected),
  test: value => JSON.stringify(value) === JSON.stringify(expected),
});
export const like = (pattern: RegExp): ValueMatch => ({
  describe: String(pattern),
  test: value => typeof value === 'string' && pattern.test(value),
});
const aNumber: ValueMatch = { describe: '(a number)', test: value => typeof value === 'number' };

export interface KnownDifference extends Entry {
  /** `ours-right`: the documented body; `equivalent`: both are accepted and mean the same; `provider-bug`: ours is wrong. */
  verdict: 'ours-right' | 'equivalent' | 'provider-bug';
  /** The fields that differ: globs over `operation`, `modelId` and `body.…` (`*` one segment, `**` any). */
  fields: readonly FieldDifference[];
}

export interface FieldDifference {
  path: string;
  ours: ValueMatch;
  peer: ValueMatch;
}

/** The same two values on several paths. */
const onPaths = (paths: readonly string[], ours: ValueMatch, peer: ValueMatch): FieldDifference[] =>
  paths.map(path => ({ path, ours, peer }));

/** The emulator rejects the body of `side` with `message` (a substring). */
export interface KnownRejection extends Entry {
  side: Side | 'both';
  message: string;
  /**
   * `bedrock-rule`: real Bedrock rejects it too (the source says so); `emulator-dispute`: the emulator rejects a body
   * that the source says Bedrock accepts, an emulator defect kept here until it is fixed.
   */
  kind: 'bedrock-rule' | 'emulator-dispute';
}

/** Real Bedrock rejects the body of `side` with `message` (the source quotes it) but the emulator accepts it. */
export interface EmulatorGap extends Entry {
  side: Side | 'both';
  message: string;
  /** Fields (globs, as in KnownDifference) the accepted body must contain: what Bedrock objects to. */
  offending: readonly string[];
}

/** Forced tool choice sent as auto: `auto: {}` instead of `any`/`tool`, and for a named tool only that tool. */
const FORCED_AS_AUTO: FieldDifference[] = [
  { path: 'body.toolConfig.toolChoice.auto', ours: is({}), peer: ABSENT },
  ...onPaths(['body.toolConfig.toolChoice.any', 'body.toolConfig.toolChoice.tool'], ABSENT, PRESENT),
  { path: 'body.toolConfig.tools.get_time', ours: ABSENT, peer: PRESENT },
];
const NO_STREAMED_TOOLS = (model: BedrockWrapperModelInfo) =>
  model.tools.converse && !model.tools.converseStream;
const NOT_FORCEABLE = (model: BedrockWrapperModelInfo) => !model.tools.forcedChoice;
/** Forced (`any`) but not to a named tool (`tool`): Mistral Large 24.02. */
const ANY_ONLY = (model: BedrockWrapperModelInfo) => model.tools.forcedChoice && !model.tools.specificChoice;
const TOOL_CHOICE_DOC = 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolChoice.html';
const TOOL_RESULT_DOC =
  'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolResultBlock.html';
const FEATURES_DOC =
  'https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html';
const TEMPERATURE_TOP_P_ERROR = 'https://github.com/BerriAI/litellm/issues/15070';
/** Real Converse / ConverseStream answers of Claude 4.5 to temperature with top_p. */
const TEMPERATURE_TOP_P_CONVERSE = `${TEMPERATURE_TOP_P_ERROR} ; https://github.com/mem0ai/mem0/issues/3891 ; https://github.com/aws-samples/bedrock-access-gateway/issues/191`;
const TEMPERATURE_TOP_P_MESSAGE =
  '`temperature` and `top_p` cannot both be specified for this model. Please use only one.';

export const KNOWN_REJECTIONS: readonly KnownRejection[] = [
  {
    id: 'forced-tool-choice-any-unsupported',
    side: 'peer',
    kind: 'bedrock-rule',
    scenarios: ['tools-required'],
    when: NOT_FORCEABLE,
    message: "This model doesn't support the toolConfig.toolChoice.any field",
    reason:
      'toolChoice `any` is for Claude, Nova and Mistral Large only; the peer sends it to every model for toolChoice required.',
    source: `${TOOL_CHOICE_DOC} ; real error: https://github.com/strands-agents/harness-sdk/issues/1241`,
  },
  {
    id: 'forced-tool-choice-tool-unsupported',
    side: 'peer',
    kind: 'bedrock-rule',
    scenarios: ['tools-tool'],
    when: model => !model.tools.specificChoice,
    message: "This model doesn't support the toolConfig.toolChoice.tool field",
    reason:
      'toolChoice `tool` is "only supported by Anthropic Claude 3 and Amazon Nova models" (Mistral Large takes `any` only); the peers send it for a named tool to every model.',
    source: TOOL_CHOICE_DOC,
  },
  {
    id: 'streaming-tool-use-unsupported',
    side: 'peer',
    kind: 'bedrock-rule',
    scenarios: ['tools-auto-streamed'],
    when: NO_STREAMED_TOOLS,
    message: "This model doesn't support tool use in streaming mode",
    reason:
      'Llama, Mistral Large and Palmyra X5 take tools on Converse but not on ConverseStream; the peers stream with tools anyway.',
    source: `${FEATURES_DOC} ; real errors: https://github.com/n8n-io/n8n/issues/14206 (Llama 3.3), https://github.com/earendil-works/pi/issues/3739 (Llama 4), https://github.com/strands-agents/harness-sdk/issues/32 (Mistral), https://github.com/strands-agents/harness-sdk/issues/393 and https://github.com/langchain-ai/langchain-aws/pull/466 (Palmyra X5)`,
  },
  {
    id: 'qwen-stop-sequences',
    side: 'peer',
    kind: 'bedrock-rule',
    models: ['Qwen3-235B-A22B-2507'],
    scenarios: ['stop-sequences'],
    message: "This model doesn't support the stopSequences field",
    reason:
      'Qwen3 235B on Converse rejects stopSequences; both peers send them (ours: qwen-stop-sequences-dropped).',
    source: 'https://github.com/langgenius/dify-official-plugins/issues/1767',
  },
  {
    id: 'gpt-oss-stop-sequences',
    side: 'peer',
    kind: 'bedrock-rule',
    generations: ['ai4'],
    models: ['GPT-OSS-120B'],
    scenarios: ['stop-sequences'],
    message: "This model doesn't support the stopSequences field",
    reason:
      'gpt-oss on Converse rejects stopSequences; @ai-sdk/amazon-bedrock 2.2.12 sends them (the latest drops them).',
    source:
      'https://github.com/crewAIInc/crewAI/issues/3317 ; https://github.com/langchain4j/langchain4j/issues/3650',
  },
  {
    id: 'claude4-temperature-with-top-p',
    side: 'peer',
    kind: 'bedrock-rule',
    models: ['Claude-4-5-Sonnet'],
    scenarios: ['temperature-and-top-p'],
    message: TEMPERATURE_TOP_P_MESSAGE,
    reason:
      'Claude 4.x on Converse rejects temperature with topP; both peers send both (ours drops topP with a warning: claude4-top-p-dropped).',
    source: TEMPERATURE_TOP_P_CONVERSE,
  },
  {
    id: 'claude4-top-p-with-ai4-default-temperature',
    side: 'peer',
    kind: 'bedrock-rule',
    generations: ['ai4'],
    models: ['Claude-4-5-Sonnet'],
    scenarios: ['top-p-top-k'],
    message: TEMPERATURE_TOP_P_MESSAGE,
    reason:
      'ai@4 sends temperature 0 when none is set, so @ai-sdk/amazon-bedrock 2.2.12 sends it with any topP and is rejected (ours leaves the default out: claude4-ai4-default-temperature-left-out).',
    source: TEMPERATURE_TOP_P_CONVERSE,
  },
  {
    id: 'documents-other-families-rejected',
    side: 'both',
    kind: 'emulator-dispute',
    families: [
      'deepseek-r1',
      'gpt-oss',
      'qwen',
      'gemma',
      'kimi',
      'minimax',
      'deepseek-v3',
      'mistral-chat',
      'nemotron',
      'glm',
      'palmyra',
    ],
    scenarios: ['document'],
    message: "This model doesn't support the document content block",
    reason:
      'unsourced: the catalog gives these models documents on Converse and the emulator refuses them; neither cites a page for these models. Section 1 of issue #13 must settle which is right.',
    source: 'unsourced',
  },
];

export const EMULATOR_GAPS: readonly EmulatorGap[] = [];

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    id: 'streamed-tools-answered-by-converse',
    verdict: 'ours-right',
    scenarios: ['tools-auto-streamed'],
    when: NO_STREAMED_TOOLS,
    fields: [{ path: 'operation', ours: is('Converse'), peer: is('ConverseStream') }],
    reason:
      'A model without streaming tool use gets one Converse call whose answer is streamed as parts; the peers call ConverseStream and are rejected.',
    source: FEATURES_DOC,
  },
  {
    id: 'empty-system-list',
    verdict: 'equivalent',
    fields: onPaths(['body.system'], ABSENT, is([])),
    reason: 'Without a system prompt the peer sends `system: []`, ours leaves the optional field out.',
    source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html',
  },
  {
    id: 'default-max-tokens',
    verdict: 'ours-right',
    scenarios: ['system'],
    fields: [
      // ai@4 sets temperature 0 when none is given, so both bodies have an inferenceConfig there.
      { path: 'body.inferenceConfig.maxTokens', ours: aNumber, peer: ABSENT },
      {
        path: 'body.inferenceConfig',
        ours: { describe: '{ maxTokens }', test: isMaxTokensOnly },
        peer: ABSENT,
      },
    ],
    reason:
      "Without maxTokens Converse uses the model's maximum; ours sends the catalog's bounded default (defaultMaxTokens) so an unset maxTokens never reserves the costly maximum.",
    source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InferenceConfiguration.html',
  },
  {
    id: 'forced-tool-choice-sent-as-auto',
    verdict: 'ours-right',
    scenarios: ['tools-required', 'tools-tool'],
    when: NOT_FORCEABLE,
    fields: FORCED_AS_AUTO,
    reason:
      'Models that cannot be forced get toolChoice auto with a warning (and, for a named tool, only that tool); the peer forces and is rejected.',
    source: TOOL_CHOICE_DOC,
  },
  {
    id: 'named-tool-sent-as-any',
    verdict: 'ours-right',
    scenarios: ['tools-tool'],
    when: ANY_ONLY,
    fields: [
      { path: 'body.toolConfig.toolChoice.any', ours: is({}), peer: ABSENT },
      { path: 'body.toolConfig.toolChoice.tool', ours: ABSENT, peer: PRESENT },
      { path: 'body.toolConfig.tools.get_time', ours: ABSENT, peer: PRESENT },
    ],
    reason:
      'Mistral Large takes toolChoice `any` but not `tool`: for a named tool ours sends `any` with only that tool, so the model must call it; the peers send `tool` and are rejected.',
    source: TOOL_CHOICE_DOC,
  },
  {
    id: 'specific-tool-choice-keeps-tool-list',
    verdict: 'equivalent',
    generations: ['ai-latest'],
    scenarios: ['tools-tool'],
    when: model => model.tools.specificChoice,
    fields: onPaths(['body.toolConfig.tools.get_time'], PRESENT, ABSENT),
    reason:
      'With toolChoice `tool` the latest peer sends only the named tool; ours keeps the caller\'s tool list. The model "must request the specified tool" either way.',
    source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_SpecificToolChoice.html',
  },
  {
    id: 'tool-result-object-as-json',
    verdict: 'ours-right',
    scenarios: ['tool-results'],
    fields: [
      {
        path: 'body.messages.*.content.*.toolResult.content.*.json',
        ours: is({ celsius: 21 }),
        peer: ABSENT,
      },
      {
        path: 'body.messages.*.content.*.toolResult.content.*.text',
        ours: ABSENT,
        peer: is('{"celsius":21}'),
      },
    ],
    reason:
      'An object result goes in the `json` member of the tool result content, made for it; the peers send it as JSON text. Ours uses `json` only for objects, which is all Bedrock accepts there.',
    source:
      'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolResultContentBlock.html ; real error for non-objects: https://github.com/aws/aws-sdk-js-v3/issues/7330',
  },
  {
    id: 'tool-result-error-status',
    verdict: 'ours-right',
    families: ['anthropic', 'nova'],
    scenarios: ['tool-results'],
    fields: onPaths(['body.messages.*.content.*.toolResult.status'], is('error'), ABSENT),
    reason:
      'A failed tool result carries status error where the field exists (Claude, Nova); the peers never send it.',
    source: TOOL_RESULT_DOC,
  },
  {
    id: 'tool-result-string-not-json-encoded',
    verdict: 'ours-right',
    generations: ['ai4'],
    scenarios: ['tool-results'],
    fields: onPaths(
      ['body.messages.*.content.*.toolResult.content.*.text'],
      is('time service unavailable'),
      is('"time service unavailable"'),
    ),
    reason:
      '@ai-sdk/amazon-bedrock 2.2.12 JSON-encodes a string result (quotes included); ours sends the text, as the latest peer does.',
    source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolResultContentBlock.html',
  },
  {
    id: 'mistral-tool-use-ids-hashed',
    verdict: 'equivalent',
    generations: ['ai-latest'],
    families: ['mistral-prompt', 'mistral-chat'],
    scenarios: ['tool-results'],
    fields: onPaths(
      ['body.messages.*.content.*.toolUse.toolUseId', 'body.messages.*.content.*.toolResult.toolUseId'],
      like(/^[a-zA-Z0-9]{9}$/),
      like(/^[a-zA-Z0-9]{9}$/),
    ),
    reason:
      'Both send Mistral 9-character alphanumeric tool-call ids, hashed from the original, the same for a call and its result; the two hash functions differ, so the values do.',
    source: 'https://github.com/anomalyco/opencode/pull/48843',
  },
  {
    id: 'mistral-tool-use-ids-nine-chars',
    verdict: 'ours-right',
    generations: ['ai4'],
    families: ['mistral-prompt', 'mistral-chat'],
    scenarios: ['tool-results'],
    fields: onPaths(
      ['body.messages.*.content.*.toolUse.toolUseId', 'body.messages.*.content.*.toolResult.toolUseId'],
      like(/^[a-zA-Z0-9]{9}$/),
      like(/^tooluse_/),
    ),
    reason:
      '@ai-sdk/amazon-bedrock 2.2.12 sends ids as given; Mistral models refuse ids that are not 9 letters and digits (live on Converse for short ids, "Tool call id was a but must be a-z, A-Z, 0-9, with a length of 9"), so ours sends the 9-character form, as the latest peer does.',
    source: 'https://github.com/anomalyco/opencode/pull/48843',
  },
  {
    id: 'claude-top-k-as-model-field',
    verdict: 'ours-right',
    families: ['anthropic'],
    scenarios: ['top-p-top-k'],
    fields: onPaths(['body.additionalModelRequestFields'], is({ top_k: 40 }), ABSENT),
    reason:
      "Claude's top_k goes in additionalModelRequestFields; @ai-sdk/amazon-bedrock 2.2.12 drops topK with a warning, the latest puts it in inferenceConfig (see top-k-not-in-inference-config).",
    source:
      'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html',
  },
  {
    id: 'nova-top-k-as-model-field',
    verdict: 'ours-right',
    families: ['nova'],
    scenarios: ['top-p-top-k'],
    fields: onPaths(['body.additionalModelRequestFields'], is({ inferenceConfig: { topK: 40 } }), ABSENT),
    reason: "Nova's topK goes in additionalModelRequestFields.inferenceConfig on Converse.",
    source: 'https://docs.aws.amazon.com/nova/latest/nova2-userguide/core-inference.html',
  },
  {
    id: 'top-k-not-in-inference-config',
    verdict: 'ours-right',
    generations: ['ai-latest'],
    scenarios: ['top-p-top-k'],
    fields: onPaths(['body.inferenceConfig.topK'], ABSENT, is(40)),
    reason:
      'InferenceConfiguration has maxTokens, stopSequences, temperature and topP only; the latest peer adds topK there for every model (the emulator ignores the unknown field). Ours sends topK where the model documents it and warns elsewhere.',
    source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InferenceConfiguration.html',
  },
  {
    id: 'claude4-top-p-dropped',
    verdict: 'ours-right',
    models: ['Claude-4-5-Sonnet'],
    scenarios: ['temperature-and-top-p'],
    fields: onPaths(['body.inferenceConfig.topP'], ABSENT, is(0.9)),
    reason:
      'Claude 4.x rejects temperature with topP; ours sends the temperature the caller set and drops topP with a warning.',
    source: TEMPERATURE_TOP_P_CONVERSE,
  },
  {
    id: 'claude4-ai4-default-temperature-left-out',
    verdict: 'ours-right',
    generations: ['ai4'],
    models: ['Claude-4-5-Sonnet'],
    scenarios: ['top-p-top-k'],
    fields: onPaths(['body.inferenceConfig.temperature'], ABSENT, is(0)),
    reason:
      "ai@4's default temperature (0) is not the caller's choice: with the caller's topP ours leaves it out without a warning, so Claude 4.x accepts the body; 2.2.12 sends both and is rejected.",
    source: TEMPERATURE_TOP_P_CONVERSE,
  },
  {
    id: 'claude-stop-sequence-requested',
    verdict: 'ours-right',
    generations: ['ai4'],
    families: ['anthropic'],
    scenarios: ['stop-sequences'],
    fields: onPaths(['body.additionalModelResponseFieldPaths'], is(['/delta/stop_sequence']), ABSENT),
    reason:
      'Converse returns the matched stop sequence only when asked through additionalModelResponseFieldPaths; with stop sequences ours asks (providerMetadata stopSequence), @ai-sdk/amazon-bedrock 2.2.12 never does.',
    source:
      'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html ; https://github.com/vercel/ai/pull/11286',
  },
  {
    id: 'claude-stop-sequence-path-without-stop-sequences',
    verdict: 'equivalent',
    generations: ['ai-latest'],
    families: ['anthropic'],
    fields: onPaths(['body.additionalModelResponseFieldPaths'], ABSENT, is(['/delta/stop_sequence'])),
    reason:
      'The latest peer asks Claude for the matched stop sequence on every call; ours only when stop sequences are set, since without them no stop sequence can match.',
    source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html',
  },
  {
    id: 'qwen-stop-sequences-dropped',
    verdict: 'ours-right',
    models: ['Qwen3-235B-A22B-2507'],
    scenarios: ['stop-sequences'],
    fields: onPaths(['body.inferenceConfig.stopSequences'], ABSENT, PRESENT),
    reason: 'Qwen3 235B on Converse rejects stopSequences; ours leaves them out with a warning.',
    source: 'https://github.com/langgenius/dify-official-plugins/issues/1767',
  },
  {
    id: 'gpt-oss-stop-sequences-dropped',
    verdict: 'ours-right',
    generations: ['ai4'],
    models: ['GPT-OSS-120B'],
    scenarios: ['stop-sequences'],
    fields: onPaths(['body.inferenceConfig.stopSequences'], ABSENT, PRESENT),
    reason: 'gpt-oss on Converse rejects stopSequences; ours leaves them out with a warning.',
    source: 'https://github.com/crewAIInc/crewAI/issues/3317',
  },
  {
    id: 'document-name',
    verdict: 'equivalent',
    scenarios: ['document'],
    fields: onPaths(
      ['body.messages.*.content.*.document.name'],
      is('report 1'),
      like(/^[a-zA-Z0-9\s\-()[\]]+$/),
    ),
    reason:
      'Any name of letters, digits, spaces, hyphens, parentheses and brackets is valid: 2.2.12 sends a random id, the latest the file name without extension, ours the file name and a counter (unique in the request).',
    source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_DocumentBlock.html',
  },
];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMaxTokensOnly(value: unknown): boolean {
  return isPlainObject(value) && Object.keys(value).join() === 'maxTokens' && aNumber.test(value.maxTokens);
}
