import { type BedrockRule, reject } from '../../knowledge/rules';
import type { BedrockError, EmulatedModel } from '../../models/emulated-model';
import { PREFILL_REFUSALS, prefillRefusal } from '../shared/assistant-prefill';
import {
  isNumberIn,
  isObject,
  isPositiveInteger,
  type Json,
  thinkingSignature,
  unknownKey,
} from '../shared/body-checks';
import { CACHE_POINTS_MAX, countMarked } from '../shared/cache-points';
import { checkClaudeSampling, checkClaudeThinking } from '../shared/claude-rules';
import { ANTHROPIC } from './anthropic-rules';

/**
 * Anthropic Messages on InvokeModel, as Bedrock validates it. Each rejection names its rule in `anthropic-rules.ts`,
 * where its sources are. Schema errors use Bedrock's "Malformed input request: …" wording; model errors Anthropic's.
 */
const TOP_LEVEL = [
  'anthropic_version',
  'anthropic_beta',
  'max_tokens',
  'messages',
  'system',
  'temperature',
  'top_p',
  'top_k',
  'stop_sequences',
  'tools',
  'tool_choice',
  'thinking',
  'output_config',
  'metadata',
];
const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
const malformed = (rule: BedrockRule, detail: string) =>
  reject(rule, `Malformed input request: ${detail}, please reformat your input and try again.`);
const fail = reject;

export function validateAnthropicBody(body: unknown, model: EmulatedModel): BedrockError | undefined {
  if (!isObject(body)) return malformed(ANTHROPIC.bodyObject, '#: expected type: JSONObject');
  const extra = unknownKey(body, TOP_LEVEL);
  if (extra) return malformed(ANTHROPIC.unknownKey, `#: extraneous key [${extra}] is not permitted`);
  if (body.anthropic_version === undefined)
    return malformed(ANTHROPIC.versionRequired, '#: required key [anthropic_version] not found');
  if (body.anthropic_version !== 'bedrock-2023-05-31')
    return fail(ANTHROPIC.versionValue, 'Invalid anthropic_version: must be "bedrock-2023-05-31".');
  if (body.max_tokens === undefined)
    return malformed(ANTHROPIC.maxTokensRequired, '#: required key [max_tokens] not found');
  if (!isPositiveInteger(body.max_tokens))
    return malformed(ANTHROPIC.maxTokensRequired, '#/max_tokens: expected minimum: 1');
  const betas = Array.isArray(body.anthropic_beta) ? body.anthropic_beta : [];
  // Claude 3.7 writes up to 128k tokens with the extended-output beta (Anthropic "extended output" docs).
  const cap =
    model.variant === 'claude-3-7' && betas.includes('output-128k-2025-02-19')
      ? 128000
      : model.maxOutputTokens;
  if (body.max_tokens > cap) {
    return fail(
      ANTHROPIC.maxTokensCap,
      `max_tokens: ${body.max_tokens} > ${cap}, which is the maximum allowed number of output tokens for this model`,
    );
  }
  if (body.temperature !== undefined && !isNumberIn(body.temperature, 0, 1))
    return malformed(ANTHROPIC.temperatureRange, '#/temperature: must be between 0 and 1');
  if (body.top_p !== undefined && !isNumberIn(body.top_p, 0, 1))
    return malformed(ANTHROPIC.topPRange, '#/top_p: must be between 0 and 1');
  const samplingError = checkClaudeSampling(
    model,
    { temperature: body.temperature, topP: body.top_p, topK: body.top_k },
    { prefix: '', rules: ANTHROPIC },
  );
  if (samplingError) return samplingError;
  if (body.stop_sequences !== undefined) {
    if (!Array.isArray(body.stop_sequences) || body.stop_sequences.some(s => typeof s !== 'string'))
      return malformed(ANTHROPIC.stopSequences, '#/stop_sequences: expected type: JSONArray of strings');
    if (body.stop_sequences.length > 8191)
      return fail(ANTHROPIC.stopSequencesMax, 'stop_sequences: too many stop sequences (at most 8191).');
  }
  const prefill = prefillRefusal(model, body.messages, Array.isArray(body.tools) && body.tools.length > 0);
  if (prefill)
    return fail(
      prefill === 'never' ? ANTHROPIC.prefillUnsupported : ANTHROPIC.prefillWithToolsUnsupported,
      PREFILL_REFUSALS[prefill],
    );
  const cacheControls = [
    body.system,
    body.tools,
    ...(Array.isArray(body.messages)
      ? body.messages.map(message => (isObject(message) ? message.content : []))
      : []),
  ].reduce<number>((sum, blocks) => sum + countMarked(blocks, block => block.cache_control !== undefined), 0);
  if (cacheControls > CACHE_POINTS_MAX)
    return fail(
      ANTHROPIC.cacheControlMax,
      `A maximum of ${CACHE_POINTS_MAX} blocks with cache_control may be provided. Found ${cacheControls}.`,
    );
  const toolNames = new Set<string>();
  if (body.tools !== undefined) {
    if (!Array.isArray(body.tools)) return malformed(ANTHROPIC.toolName, '#/tools: expected type: JSONArray');
    if (!model.tools.invoke) return fail(ANTHROPIC.toolsUnsupported, 'This model does not support tools.');
    for (const tool of body.tools) {
      if (!isObject(tool) || typeof tool.name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(tool.name)) {
        return fail(ANTHROPIC.toolName, "tools.name: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'");
      }
      if (!isObject(tool.input_schema))
        return malformed(ANTHROPIC.toolSchema, '#/tools: required key [input_schema] not found');
      toolNames.add(tool.name);
    }
  }
  const choice = body.tool_choice;
  if (choice !== undefined) {
    // 'none' is refused on Bedrock (real error, botocore#3458).
    if (!isObject(choice) || !['auto', 'any', 'tool'].includes(String(choice.type)))
      return fail(
        ANTHROPIC.toolChoiceType,
        `tool_choice: Input tag '${isObject(choice) ? String(choice.type) : ''}' found using 'type' does not match any of the expected tags: 'auto', 'any', 'tool'`,
      );
    if ((choice.type === 'any' || choice.type === 'tool') && !model.tools.forcedChoice)
      return fail(
        ANTHROPIC.toolChoiceForcedUnsupported,
        `tool_choice: forced tool use (type '${String(choice.type)}') is not supported for this model.`,
      );
    if (toolNames.size === 0)
      return fail(
        ANTHROPIC.toolChoiceWithoutTools,
        'tool_choice may only be specified while providing tools.',
      );
    if (choice.type === 'tool' && !toolNames.has(String(choice.name)))
      return fail(
        ANTHROPIC.toolChoiceUnknownTool,
        `tool_choice: tool "${String(choice.name)}" not found in tools`,
      );
  }
  const thinking = body.thinking;
  const thinkingError = checkClaudeThinking(model, thinking, body.output_config, {
    maxTokens: body.max_tokens,
    temperature: body.temperature,
    prefix: '',
    rules: ANTHROPIC,
    unsupported:
      model.reasoning === 'claude-thinking'
        ? undefined
        : malformed(ANTHROPIC.thinkingUnsupported, '#: extraneous key [thinking] is not permitted'),
  });
  if (thinkingError) return thinkingError;
  const thinkingOn = isObject(thinking) && (thinking.type === 'enabled' || thinking.type === 'adaptive');
  if (thinkingOn) {
    if (body.top_k !== undefined)
      return fail(ANTHROPIC.thinkingTopK, '`top_k` is not supported when thinking is enabled.');
    if (body.top_p !== undefined && !isNumberIn(body.top_p, 0.95, 1))
      return fail(
        ANTHROPIC.thinkingTopP,
        '`top_p` must be greater than or equal to 0.95 or unset when thinking is enabled.',
      );
    if (isObject(choice) && (choice.type === 'any' || choice.type === 'tool'))
      return fail(
        ANTHROPIC.thinkingForcedTool,
        'Thinking may not be enabled when tool_choice forces tool use.',
      );
  }
  if (body.system !== undefined && typeof body.system !== 'string') {
    if (
      !Array.isArray(body.system) ||
      body.system.some(block => !isObject(block) || block.type !== 'text' || typeof block.text !== 'string')
    ) {
      return malformed(ANTHROPIC.system, '#/system: expected a string or text blocks');
    }
  }
  return validateMessages(body, model, thinkingOn);
}

function validateMessages(body: Json, model: EmulatedModel, thinkingOn: boolean): BedrockError | undefined {
  const messages = body.messages;
  if (!Array.isArray(messages))
    return malformed(ANTHROPIC.messagesRequired, '#: required key [messages] not found');
  if (messages.length === 0)
    return fail(ANTHROPIC.messagesRequired, 'messages: at least one message is required');
  let previousRole: string | undefined;
  let pendingToolUses = new Set<string>();
  for (const [index, message] of messages.entries()) {
    if (!isObject(message) || (message.role !== 'user' && message.role !== 'assistant')) {
      return malformed(
        ANTHROPIC.roleEnum,
        `#/messages/${index}/role: ${isObject(message) ? String(message.role) : 'message'} is not a valid enum value`,
      );
    }
    if (index === 0 && message.role !== 'user')
      return fail(ANTHROPIC.firstMessageUser, 'messages: first message must use the "user" role');
    if (message.role === previousRole)
      return fail(
        ANTHROPIC.rolesAlternate,
        'messages: roles must alternate between "user" and "assistant", but found multiple "' +
          message.role +
          '" roles in a row',
      );
    previousRole = message.role;
    const content = message.content;
    if (typeof content === 'string') {
      if (content.length === 0 && index < messages.length - 1)
        return fail(
          ANTHROPIC.contentNonEmpty,
          `messages.${index}: all messages must have non-empty content except for the optional final assistant message`,
        );
      if (message.role === 'user' && pendingToolUses.size > 0) {
        return fail(
          ANTHROPIC.toolUseUnanswered,
          `messages.${index}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${[...pendingToolUses][0]}.`,
        );
      }
      pendingToolUses = new Set();
      continue;
    }
    if (!Array.isArray(content))
      return malformed(
        ANTHROPIC.contentNonEmpty,
        `#/messages/${index}/content: expected type: String or JSONArray`,
      );
    if (content.length === 0)
      return fail(
        ANTHROPIC.contentNonEmpty,
        `messages.${index}: all messages must have non-empty content except for the optional final assistant message`,
      );
    const toolUses = new Set<string>();
    for (const [blockIndex, block] of content.entries()) {
      const where = `messages.${index}.content.${blockIndex}`;
      if (!isObject(block))
        return malformed(
          ANTHROPIC.blockType,
          `#/messages/${index}/content/${blockIndex}: expected type: JSONObject`,
        );
      if ((block.type === 'thinking' || block.type === 'redacted_thinking') && 'cache_control' in block)
        return fail(
          ANTHROPIC.thinkingCacheControl,
          `${where}.${block.type}.cache_control: Extra inputs are not permitted`,
        );
      switch (block.type) {
        case 'text':
          // Real wording (anomalyco/opencode#15715; aws-samples/generative-ai-use-cases#1685).
          if (typeof block.text !== 'string' || block.text.length === 0)
            return fail(ANTHROPIC.textNonEmpty, 'messages: text content blocks must be non-empty');
          if (block.text.trim() === '')
            return fail(
              ANTHROPIC.textNonEmpty,
              'messages: text content blocks must contain non-whitespace text',
            );
          break;
        case 'image': {
          if (message.role !== 'user')
            return fail(ANTHROPIC.imageRole, `${where}: image blocks are only allowed in user messages`);
          if (!model.vision.invoke)
            return fail(
              ANTHROPIC.imageUnsupported,
              "This model doesn't support the image content block that you provided. Update the content block and try again.",
            );
          const source = block.source;
          if (!isObject(source) || source.type !== 'base64' || typeof source.data !== 'string')
            return malformed(ANTHROPIC.imageSource, `#/${where}/source: expected base64 source`);
          if (!MEDIA_TYPES.includes(String(source.media_type)))
            return fail(
              ANTHROPIC.imageSource,
              `${where}.source.media_type: Input should be 'image/jpeg', 'image/png', 'image/gif' or 'image/webp'`,
            );
          break;
        }
        case 'document':
          if (!model.documents.invoke)
            return fail(ANTHROPIC.documentUnsupported, "This model doesn't support documents.");
          if (!isObject(block.source))
            return malformed(ANTHROPIC.documentUnsupported, `#/${where}/source: required`);
          break;
        case 'tool_use':
          if (message.role !== 'assistant')
            return fail(
              ANTHROPIC.toolUseRole,
              `${where}: tool_use blocks are only allowed in assistant messages`,
            );
          if (typeof block.id !== 'string' || typeof block.name !== 'string' || !isObject(block.input))
            return malformed(ANTHROPIC.toolUseRole, `#/${where}: tool_use needs id, name and input`);
          if (!/^[a-zA-Z0-9_-]+$/.test(block.id))
            return fail(
              ANTHROPIC.toolUseIdPattern,
              `${where}.tool_use.id: String should match pattern '^[a-zA-Z0-9_-]+$'`,
            );
          toolUses.add(block.id);
          break;
        case 'tool_result':
          if (message.role !== 'user')
            return fail(
              ANTHROPIC.toolResultRole,
              `${where}: tool_result blocks are only allowed in user messages`,
            );
          if (!pendingToolUses.has(String(block.tool_use_id))) {
            return fail(
              ANTHROPIC.toolResultUnmatched,
              `${where}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${String(block.tool_use_id)}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`,
            );
          }
          break;
        case 'thinking':
          if (message.role !== 'assistant')
            return fail(
              ANTHROPIC.thinkingBlock,
              `${where}: thinking blocks are only allowed in assistant messages`,
            );
          if (
            typeof block.signature !== 'string' ||
            block.signature !== thinkingSignature(String(block.thinking))
          ) {
            return fail(ANTHROPIC.thinkingBlock, `${where}: Invalid \`signature\` in \`thinking\` block`);
          }
          break;
        case 'redacted_thinking':
          if (message.role !== 'assistant' || typeof block.data !== 'string')
            return fail(ANTHROPIC.redactedThinkingBlock, `${where}: invalid redacted_thinking block`);
          break;
        default:
          return malformed(
            ANTHROPIC.blockType,
            `#/${where}/type: ${String(block.type)} is not a valid enum value`,
          );
      }
    }
    // With thinking on, an assistant turn that used tools must start with its thinking block, or the tool loop
    // cannot continue (Anthropic "extended thinking with tool use").
    if (thinkingOn && message.role === 'assistant' && toolUses.size > 0 && index === messages.length - 2) {
      const first = content[0] as Json;
      if (first.type !== 'thinking' && first.type !== 'redacted_thinking') {
        return fail(
          ANTHROPIC.thinkingFirstInToolTurn,
          `messages.${index}.content.0.type: Expected \`thinking\` or \`redacted_thinking\`, but found \`${String(first.type)}\`. When \`thinking\` is enabled, a final \`assistant\` message must start with a thinking block (preceeding the lastmost set of \`tool_use\` and \`tool_result\` blocks).`,
        );
      }
    }
    // Every tool_use must be answered by a tool_result in the very next (user) message (Anthropic "tool use":
    // "tool_use ids were found without tool_result blocks immediately after").
    if (message.role === 'user' && pendingToolUses.size > 0) {
      const answered = new Set(
        content
          .filter(block => isObject(block) && block.type === 'tool_result')
          .map(block => String((block as Json).tool_use_id)),
      );
      const missing = [...pendingToolUses].find(id => !answered.has(id));
      if (missing) {
        return fail(
          ANTHROPIC.toolUseUnanswered,
          `messages.${index}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`,
        );
      }
    }
    pendingToolUses = toolUses;
  }
  return undefined;
}
