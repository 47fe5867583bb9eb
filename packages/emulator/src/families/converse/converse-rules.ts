import { defineRules } from '../../knowledge/rules';
import { AWS, FIXTURE, LEGACY_RUN, REAL, unsourced } from '../../knowledge/sources';
import { PREFILL_RULE_SPECS } from '../shared/assistant-prefill';

/** Converse / ConverseStream, for every model: each rule with its sources. */
export const CONVERSE = defineRules('converse', {
  bodyObject: {
    says: 'The body must be a JSON object.',
    source: [AWS.converseApi],
  },
  maxTokensMin: {
    says: 'inferenceConfig.maxTokens is at least 1.',
    source: [AWS.converseApi],
  },
  samplingRange: {
    says: 'inferenceConfig.temperature and topP are within 0..1, for every model.',
    source: [
      AWS.inferenceConfiguration,
      REAL.converseTemperatureMax,
      unsourced('the wording below 0, written like the recorded one above 1'),
    ],
  },
  maxTokensCap: {
    says: "inferenceConfig.maxTokens may not exceed the model's max output tokens.",
    source: [
      AWS.claudeOpus47Card,
      unsourced("the message wording; the limit is the model row's (docs/bedrock-models.md)"),
    ],
  },
  stopSequencesUnsupported: {
    says: 'gpt-oss takes no stopSequences on Converse.',
    source: [
      'https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/test-stop-sequences-output.txt',
    ],
  },
  stopSequencesApiMax: {
    says: 'inferenceConfig.stopSequences holds at most 2500 items, each at least 1 character long, for every model.',
    source: [
      AWS.inferenceConfiguration,
      unsourced('the message wording, written like the recorded constraint errors of the same validator'),
    ],
  },
  stopSequencesMax: {
    says: "At most the model's number of stop sequences (4 for Nova, 10 for Mistral and DeepSeek).",
    source: [
      AWS.mistralTextCompletion,
      AWS.deepseekParams,
      LEGACY_RUN.stopSequenceCounts,
      unsourced("Nova's 4: the legacy wrapper's README, not an AWS page"),
    ],
  },
  systemUnsupported: {
    says: 'Models without system prompts on Converse (Mistral 7B, Mixtral, Titan) reject a system field.',
    source: [AWS.converseFeatures, REAL.mistralNoSystem, REAL.titanNoSystem],
  },
  systemBlank: {
    says: 'A system text block may not be blank.',
    source: [
      unsourced(
        'message shape of the blank-content errors (see converse.contentEmpty); not seen for system itself',
      ),
    ],
  },
  toolsUnsupported: {
    says: 'Models without Converse tool use reject toolConfig.',
    source: [AWS.converseFeatures],
  },
  streamingToolsUnsupported: {
    says: 'Llama, Mistral Large and Palmyra X5 take tools on Converse but not on ConverseStream.',
    source: [
      AWS.converseFeatures,
      REAL.llama33NoStreamingTools,
      REAL.llama4NoStreamingTools,
      REAL.mistralNoStreamingTools,
      REAL.palmyraX5Tools,
      REAL.palmyraX5StreamTools,
    ],
  },
  toolChoiceUnsupported: {
    says: 'toolChoice any/tool only where the model supports it (Claude but Opus/Sonnet 5.5 and Fable 5.1, Nova); Mistral Large takes any, not tool.',
    source: [
      AWS.toolChoiceApi,
      AWS.novaToolChoice,
      'https://github.com/strands-agents/harness-sdk/issues/1241',
      REAL.sonnet55Release,
    ],
  },
  ...PREFILL_RULE_SPECS,
  thinkingFirstInToolTurn: {
    says: 'With thinking, the last assistant tool-use turn starts with its reasoningContent.',
    source: [REAL.thinkingFirstConverse, REAL.thinkingFirstConverseStream, REAL.thinkingFirstToolUse],
  },
  reasoningOnlyTurn: {
    says: 'Sonnet 5 and Fable 5.1 refuse an assistant turn of only reasoningContent, with the prefill refusal, even before a user turn.',
    source: [REAL.reasoningOnlyTurn, unsourced('the other Claude 5 models (unreported) take it here')],
  },
  cachePointUnsupported: {
    says: 'Only Claude and Nova take cachePoint blocks; any other model answers 403 AccessDeniedException.',
    source: [
      'https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html',
      'https://github.com/BerriAI/litellm/pull/39210',
      'https://github.com/maximhq/bifrost/pull/3754',
    ],
  },
  novaCachePointAfterText: {
    says: 'Nova takes a cachePoint block only right after a text block; after a tool result it is an extraneous key of that block.',
    source: [
      REAL.novaCachePointAfterToolResult,
      AWS.novaCachePointAfterToolResultSample,
      AWS.novaInvokeCachingSample,
      unsourced('after an image, a document or a tool call, and at the start of a message'),
    ],
  },
  cachePointAfterReasoning: {
    says: 'A cachePoint block may not come right after a reasoningContent block.',
    source: [REAL.cachePointAfterReasoning, REAL.cachePointAfterReasoningSonnet46],
  },
  cachePointFirstInMessage: {
    says: 'A cachePoint block needs a block before it in its message.',
    source: [
      REAL.cachePointFirstInMessage,
      unsourced('for models other than Claude (Nova refuses it under converse.novaCachePointAfterText)'),
    ],
  },
  cachePointsMax: {
    says: 'At most 4 cachePoint blocks in one request (system, messages and tools together).',
    source: [
      'https://github.com/UKGovernmentBEIS/inspect_ai/pull/5131',
      unsourced("the message wording, Anthropic's for cache_control blocks"),
    ],
  },
  toolDescriptionEmpty: {
    says: 'A toolSpec.description, when given, is at least 1 character long.',
    source: [
      AWS.toolSpecification,
      REAL.emptyToolDescription,
      unsourced('the message wording, written like the recorded constraint errors of the same validator'),
    ],
  },
  toolsEmpty: {
    says: 'toolConfig.tools must hold at least one tool.',
    source: ['https://github.com/Portkey-AI/gateway/issues/1124'],
  },
  thinkingUnsupported: {
    says: 'Only Claude models with reasoning take additionalModelRequestFields.thinking.',
    source: [AWS.claudeExtendedThinking],
  },
  thinkingEnabledUnsupported: {
    says: 'Adaptive-only Claude models (Opus 4.7, Mythos, Fable, Sonnet 5) answer thinking.type "enabled" with a 400.',
    source: [AWS.claudeAdaptiveThinking, AWS.claudeOpus47Card],
  },
  thinkingAdaptiveUnsupported: {
    says: 'Claude models before 4.6 do not support thinking.type "adaptive".',
    source: [AWS.claudeAdaptiveThinking],
  },
  thinkingDisabledUnsupported: {
    says: 'Adaptive-only Claude models answer thinking.type "disabled" with a 400.',
    source: [AWS.claudeAdaptiveThinking],
  },
  thinkingBudgetMin: {
    says: 'thinking.budget_tokens is at least 1024.',
    source: [AWS.claudeExtendedThinking],
  },
  thinkingBudgetBelowMax: {
    says: 'maxTokens must be greater than thinking.budget_tokens.',
    source: [AWS.claudeExtendedThinking],
  },
  thinkingTemperature: {
    says: 'With thinking enabled, temperature may only be 1.',
    source: [AWS.claudeExtendedThinking],
  },
  effortValue: {
    says: 'output_config.effort is one of low, medium, high, xhigh, max.',
    source: [AWS.claudeAdaptiveThinking, unsourced('xhigh: named by Anthropic for Opus 4.7+ and Sonnet 5')],
  },
  samplingExclusive: {
    says: 'Claude 4.1 / 4.5 / 4.6 reject temperature together with topP (Converse and ConverseStream).',
    source: [
      REAL.samplingExclusiveSonnet45,
      REAL.samplingExclusiveHaiku45,
      REAL.samplingExclusiveOpus41,
      REAL.samplingExclusiveOpus45,
    ],
  },
  samplingRemoved: {
    says: 'Opus 4.7 and newer reject a non-default temperature, topP or top_k ("temperature is deprecated").',
    source: [AWS.claudeOpus47Parameters, REAL.temperatureDeprecatedOpus47, REAL.temperatureDeprecatedOpus5],
  },
  firstMessageUser: {
    says: 'The conversation starts with a user message.',
    source: [AWS.converseApi],
  },
  roleEnum: {
    says: 'A message role is user or assistant.',
    source: [AWS.converseApi],
  },
  contentEmpty: {
    says: 'A message has at least one content block.',
    source: [FIXTURE.emptyContent],
  },
  contentBlock: {
    says: 'A content block is an object.',
    source: [AWS.converseApi],
  },
  textBlank: {
    says: "A text content block may not be empty or whitespace only (Claude answers in Anthropic's words).",
    source: [
      'https://github.com/aws-samples/generative-ai-use-cases/issues/1685',
      unsourced('the wording for the other families follows the recorded empty-content error'),
    ],
  },
  imageUnsupported: {
    says: 'Models without vision reject image blocks.',
    source: [AWS.converseFeatures],
  },
  imageFormat: {
    says: 'Image formats: png, jpeg, gif, webp.',
    source: [AWS.converseApi],
  },
  documentUnsupported: {
    says: 'Models without document chat reject document blocks.',
    source: [AWS.converseFeatures],
  },
  documentSource: {
    says: 'A document source sets bytes or s3Location.',
    source: ['https://github.com/maximhq/bifrost/issues/7072'],
  },
  documentNamesUnique: {
    says: 'Document names are unique across the messages of a request.',
    source: ['https://github.com/aws-samples/generative-ai-use-cases/issues/1685'],
  },
  documentCount: {
    says: 'At most 5 documents in a request.',
    source: ['https://github.com/aws-samples/generative-ai-use-cases/issues/1685'],
  },
  documentNeedsText: {
    says: 'A message holding a document also holds a non-blank text block.',
    source: ['https://github.com/BerriAI/litellm/pull/36499', 'https://github.com/maximhq/bifrost/pull/5817'],
  },
  documentName: {
    says: 'A document name holds only alphanumerics, whitespace, hyphens, parentheses and square brackets.',
    source: [AWS.converseApi],
  },
  reasoningInUserTurn: {
    says: 'User messages cannot contain reasoning content.',
    source: ['https://github.com/vercel/ai/issues/7034', 'https://github.com/can1357/oh-my-pi/pull/9086'],
  },
  reasoningUnsigned: {
    says: 'Claude and Nova refuse reasoningContent without a signature in an assistant turn, with the same "User messages cannot contain reasoning content" answer (Nova never signs its reasoning, so it cannot be replayed).',
    source: ['https://github.com/vercel/ai/issues/7034', 'https://github.com/can1357/oh-my-pi/pull/9086'],
  },
  thinkingSignature: {
    says: 'A replayed Claude reasoning block must carry its unchanged signature.',
    source: [AWS.claudeExtendedThinking],
  },
  toolConfigRequired: {
    says: 'toolUse / toolResult blocks need a toolConfig.',
    source: [REAL.toolConfigRequired],
  },
  toolUseDuplicate: {
    says: 'toolUse ids in one message are unique.',
    source: [
      // "Bedrock `ValidationException: duplicate Ids`" after colliding ids were sent (the peer's bug).
      'https://github.com/vercel/ai/pull/16406',
      unsourced('the rest of the message wording'),
    ],
  },
  s3LocationUnsupported: {
    says: 'Only Nova models take an s3Location image or document source; Claude answers "source.type: Field required".',
    source: [
      // The Bedrock service team: "As of 2026-04, only Nova models support S3 as input source for documents".
      'https://github.com/aws/aws-sdk-js-v3/issues/7732',
      // Claude: "The model returned the following errors: messages.0.content.0.document.source.type: Field required".
      'https://github.com/strands-agents/harness-sdk/issues/1744',
      // "Every other family (Claude, Llama, Mistral, Cohere) rejects it", confirmed live across seven families.
      'https://github.com/strands-agents/harness-sdk/pull/3647',
      unsourced('the wording for families other than Claude, written like the generic validation errors'),
    ],
  },
  toolUseIdFormat: {
    says: 'A toolUseId (in toolUse and toolResult blocks) is 1 to 64 characters of letters, digits, "_" and "-".',
    source: [
      AWS.toolUseBlock,
      // "Value at 'messages.X.member.content.Y.member.toolUse.toolUseId' failed to satisfy constraint: Member must
      // have length less than or equal to 64" (real, through LiteLLM).
      'https://github.com/RooCodeInc/Roo-Code/pull/10990',
      unsourced('the pattern message, written like the length one'),
    ],
  },
  toolUseNameFormat: {
    says: 'A toolUse.name in the conversation is 1 to 64 characters of letters, digits, "_" and "-".',
    source: [
      AWS.toolUseBlock,
      REAL.toolUseNamePattern,
      unsourced('the length message, written like the real one for toolUseId'),
    ],
  },
  toolResultsAlone: {
    says: 'Llama and Mistral Large: a user turn holds tool results or other blocks, not both.',
    source: [REAL.toolResultsAloneLlama33MistralLarge, REAL.toolResultsAloneLlama4],
  },
  toolResultErrorEmpty: {
    says: 'A toolResult with status "error" has content.',
    source: ['https://github.com/aws-samples/sample-multi-agent-orchestration-chat-on-agentcore/issues/15'],
  },
  toolResultStatusUnsupported: {
    says: 'toolResult.status is taken by Claude and Nova only; other models reject it.',
    source: [AWS.toolResultBlock, REAL.palmyraX5Tools],
  },
  toolResultUnmatched: {
    says: 'A toolResult answers a toolUse of the previous turn.',
    source: [
      unsourced('Claude rejects unmatched tool results (Anthropic tool-use rules) and Converse passes it on'),
    ],
  },
  toolResultCount: {
    says: 'There are no more toolResult blocks than toolUse blocks of the previous turn.',
    source: [unsourced('as converse.toolResultUnmatched')],
  },
});
