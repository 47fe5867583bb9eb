import { defineRules } from '../../knowledge/rules';
import { AWS, FIXTURE, REAL, unsourced } from '../../knowledge/sources';
import { PREFILL_RULE_SPECS } from '../shared/assistant-prefill';

/** Anthropic Messages on InvokeModel: each rule with its sources. */
export const ANTHROPIC = defineRules('anthropic', {
  bodyObject: { says: 'The body is a JSON object.', source: [AWS.claudeMessages] },
  unknownKey: {
    says: 'Top-level keys are those of the Messages request (incl. thinking, output_config); any other is rejected.',
    source: [AWS.claudeMessages, AWS.claudeAdaptiveThinking],
  },
  versionRequired: { says: 'anthropic_version is required.', source: [AWS.claudeMessages] },
  versionValue: { says: 'anthropic_version is "bedrock-2023-05-31".', source: [AWS.claudeMessages] },
  maxTokensRequired: { says: 'max_tokens is required and at least 1.', source: [AWS.claudeMessages] },
  maxTokensCap: {
    says: "max_tokens may not exceed the model's max output (128k on Claude 3.7 with the output-128k beta).",
    source: [AWS.claudeOpus47Card, AWS.claudeOpus46Card, unsourced('the per-model limits of older models')],
  },
  temperatureRange: { says: 'temperature is within 0..1.', source: [AWS.claudeMessages] },
  topPRange: { says: 'top_p is within 0..1.', source: [AWS.claudeMessages] },
  samplingExclusive: {
    says: 'Claude 4.1 / 4.5 / 4.6 reject temperature together with top_p.',
    source: [
      AWS.claudeMessages,
      REAL.samplingExclusiveSonnet45,
      REAL.samplingExclusiveOpus41,
      REAL.samplingExclusiveOpus45,
    ],
  },
  samplingRemoved: {
    says: 'Opus 4.7 and newer reject a non-default temperature, top_p or top_k ("`temperature` is deprecated").',
    source: [AWS.claudeOpus47Parameters, REAL.temperatureDeprecatedOpus48, REAL.temperatureDeprecatedOpus5],
  },
  stopSequences: { says: 'stop_sequences is an array of strings.', source: [AWS.claudeMessages] },
  ...PREFILL_RULE_SPECS,
  cacheControlMax: {
    says: 'At most 4 blocks with cache_control in one request (system, messages and tools together).',
    source: [
      'https://github.com/Wei-Shaw/sub2api/issues/176',
      'https://github.com/UKGovernmentBEIS/inspect_ai/pull/5131',
    ],
  },
  stopSequencesMax: {
    says: 'At most 8191 stop sequences.',
    source: [AWS.claudeMessages],
  },
  toolsUnsupported: { says: 'Claude 2 takes no tools.', source: [AWS.claudeMessages] },
  toolName: { says: "A tool name matches '^[a-zA-Z0-9_-]{1,64}$'.", source: [AWS.claudeMessages] },
  toolSchema: { says: 'A tool has an input_schema.', source: [AWS.claudeMessages, FIXTURE.claudeToolUse] },
  toolChoiceType: {
    says: "tool_choice.type is 'auto', 'any' or 'tool' ('none' is rejected on Bedrock).",
    source: [REAL.toolChoiceNoneInvoke],
  },
  toolChoiceForcedUnsupported: {
    says: 'Opus 5.5, Sonnet 5.5 and Fable 5.1 refuse forced tool use (tool_choice any / tool).',
    source: [
      REAL.sonnet55Release,
      unsourced(
        "the message wording; Anthropic's Opus 5.5 page lists forced tool use among its breaking changes",
      ),
    ],
  },
  toolChoiceWithoutTools: {
    says: 'tool_choice needs tools.',
    source: [unsourced("Anthropic's API rule, passed through by Bedrock")],
  },
  toolChoiceUnknownTool: {
    says: 'tool_choice names one of the tools.',
    source: [unsourced("Anthropic's API rule, passed through by Bedrock")],
  },
  thinkingUnsupported: {
    says: 'Only Claude models with reasoning take `thinking`.',
    source: [AWS.claudeExtendedThinking],
  },
  thinkingEnabledUnsupported: {
    says: 'Adaptive-only models answer thinking.type "enabled" with a 400.',
    source: [AWS.claudeAdaptiveThinking, AWS.claudeOpus47Card],
  },
  thinkingAdaptiveUnsupported: {
    says: 'Models before 4.6 do not support thinking.type "adaptive".',
    source: [AWS.claudeAdaptiveThinking],
  },
  thinkingDisabledUnsupported: {
    says: 'Adaptive-only models answer thinking.type "disabled" with a 400.',
    source: [AWS.claudeAdaptiveThinking],
  },
  thinkingBudgetMin: { says: 'budget_tokens is at least 1024.', source: [AWS.claudeExtendedThinking] },
  thinkingBudgetBelowMax: { says: 'max_tokens > budget_tokens.', source: [AWS.claudeExtendedThinking] },
  thinkingTemperature: {
    says: 'With thinking, temperature may only be 1.',
    source: [AWS.claudeExtendedThinking],
  },
  thinkingTopK: { says: 'With thinking, top_k is not supported.', source: [AWS.claudeExtendedThinking] },
  thinkingTopP: { says: 'With thinking, top_p is between 0.95 and 1.', source: [AWS.claudeExtendedThinking] },
  thinkingForcedTool: {
    says: 'Thinking is not compatible with tool_choice any/tool.',
    source: [AWS.claudeExtendedThinking],
  },
  effortValue: {
    says: 'output_config.effort is one of low, medium, high, xhigh, max.',
    source: [AWS.claudeAdaptiveThinking, unsourced('xhigh: named by Anthropic for Opus 4.7+ and Sonnet 5')],
  },
  system: { says: 'system is a string or text blocks.', source: [AWS.claudeMessages] },
  messagesRequired: { says: 'messages is a non-empty array.', source: [AWS.claudeMessages] },
  roleEnum: { says: 'A role is user or assistant.', source: [AWS.claudeMessages] },
  firstMessageUser: { says: 'The first message is a user message.', source: [AWS.claudeMessages] },
  rolesAlternate: { says: 'Roles alternate.', source: [AWS.claudeMessages] },
  contentNonEmpty: {
    says: 'Every message but an optional final assistant message has content.',
    source: [AWS.claudeMessages],
  },
  blockType: {
    says: 'Content blocks are text, image, document, tool_use, tool_result, thinking, redacted_thinking.',
    source: [AWS.claudeMessages],
  },
  textNonEmpty: {
    says: 'Text blocks are non-empty and not whitespace only.',
    source: [
      'https://github.com/anomalyco/opencode/issues/15715',
      'https://github.com/aws-samples/generative-ai-use-cases/issues/1685',
    ],
  },
  imageRole: { says: 'Images only in user messages.', source: [AWS.claudeMessages] },
  imageUnsupported: { says: 'Models without vision reject images.', source: [AWS.converseFeatures] },
  imageSource: {
    says: 'An image source is base64 with media type jpeg, png, gif or webp.',
    source: [AWS.claudeMessages],
  },
  documentUnsupported: {
    says: 'Models without documents reject document blocks.',
    source: [AWS.converseFeatures],
  },
  toolUseRole: {
    says: 'tool_use blocks only in assistant messages, with id, name and input.',
    source: [AWS.claudeMessages, FIXTURE.claudeToolUse],
  },
  toolResultRole: { says: 'tool_result blocks only in user messages.', source: [AWS.claudeMessages] },
  toolUseIdPattern: {
    says: "A tool_use id matches '^[a-zA-Z0-9_-]+$'.",
    source: [
      // Anthropic's answer: "messages.1.content.1.tool_use.id: String should match pattern '^[a-zA-Z0-9_-]+$'".
      'https://github.com/CommandCodeAI/command-code/issues/323',
      'https://github.com/awsl-project/maxx/pull/557',
      unsourced('the same answer on Bedrock: the quoted one came through another platform'),
    ],
  },
  toolResultUnmatched: {
    says: 'Each tool_result answers a tool_use of the previous message.',
    source: [FIXTURE.claudeToolUse, unsourced("the error wording is Anthropic's API message")],
  },
  toolUseUnanswered: {
    says: 'Each tool_use is answered by a tool_result in the next message.',
    source: [unsourced("Anthropic's API rule and message, passed through by Bedrock")],
  },
  thinkingBlock: {
    says: 'Thinking blocks only in assistant messages, with their unchanged signature.',
    source: [AWS.claudeExtendedThinking],
  },
  thinkingCacheControl: {
    says: 'A thinking or redacted_thinking block takes no cache_control.',
    source: [
      REAL.thinkingCacheControl,
      REAL.thinkingCacheControlLookback,
      unsourced("Bedrock's wording: Anthropic's is used, as for the other content errors"),
    ],
  },
  redactedThinkingBlock: {
    says: 'redacted_thinking blocks carry data.',
    source: [AWS.claudeExtendedThinking],
  },
  thinkingFirstInToolTurn: {
    says: 'With thinking, the last assistant tool-use turn starts with its thinking block.',
    source: [AWS.claudeExtendedThinking],
  },
});
