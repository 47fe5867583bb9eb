import type { BedrockOperation } from '../../emulator-types';
import { reject } from '../../knowledge/rules';
import type { BedrockError, EmulatedModel } from '../../models/emulated-model';
import { checkMistralConverseToolUseId } from '../mistral/mistral-tool-call-id';
import { misplacedNovaCachePoint } from '../nova/nova-cache-points';
import { checkNovaReasoning } from '../nova/nova-reasoning-rules';
import { PREFILL_REFUSALS, prefillRefusal } from '../shared/assistant-prefill';
import { isObject, isPositiveInteger, type Json, thinkingSignature } from '../shared/body-checks';
import { CACHE_POINTS_MAX, countMarked, takesCachePoints } from '../shared/cache-points';
import { checkClaudeSampling, checkClaudeThinking } from '../shared/claude-rules';
import { CONVERSE } from './converse-rules';

/**
 * Converse / ConverseStream as Bedrock validates them, for every model. Each rejection names its rule in
 * `converse-rules.ts`, where the rule's sources are (docs/emulator-rules.md lists them all).
 */
export function validateConverseBody(
  body: unknown,
  model: EmulatedModel,
  operation: BedrockOperation,
): BedrockError | undefined {
  if (!isObject(body))
    return reject(CONVERSE.bodyObject, 'Malformed input request, please reformat your input and try again.');
  const prefill = prefillRefusal(model, body.messages, isObject(body.toolConfig));
  if (prefill)
    return reject(
      prefill === 'never' ? CONVERSE.prefillUnsupported : CONVERSE.prefillWithToolsUnsupported,
      `The model returned the following errors: ${PREFILL_REFUSALS[prefill]}`,
    );
  const cachePoints = [
    body.system,
    ...(Array.isArray(body.messages)
      ? body.messages.map(message => (isObject(message) ? message.content : []))
      : []),
    isObject(body.toolConfig) ? body.toolConfig.tools : [],
  ].reduce<number>((sum, blocks) => sum + countMarked(blocks, block => 'cachePoint' in block), 0);
  if (cachePoints > 0 && !takesCachePoints(model))
    return reject(
      CONVERSE.cachePointUnsupported,
      'You invoked an unsupported model or your request did not allow prompt caching. See the documentation for more information.',
      'AccessDeniedException',
      403,
    );
  const misplaced = model.family === 'nova' ? misplacedNovaCachePoint(body.messages, false) : undefined;
  if (misplaced)
    return reject(
      CONVERSE.novaCachePointAfterText,
      `The model returned the following errors: Malformed input request: #/messages/${misplaced.message}/content/${misplaced.block}: extraneous key [cachePoint] is not permitted, please reformat your input and try again.`,
    );
  if (cachePoints > CACHE_POINTS_MAX)
    return reject(
      CONVERSE.cachePointsMax,
      `The model returned the following errors: A maximum of ${CACHE_POINTS_MAX} blocks with cache_control may be provided. Found ${cachePoints}.`,
    );
  const inference = isObject(body.inferenceConfig) ? body.inferenceConfig : {};
  if (inference.maxTokens !== undefined) {
    if (!isPositiveInteger(inference.maxTokens))
      return reject(
        CONVERSE.maxTokensMin,
        'The value at inferenceConfig.maxTokens must be greater than or equal to 1.',
      );
    if (inference.maxTokens > model.maxOutputTokens) {
      return reject(
        CONVERSE.maxTokensCap,
        `The maximum tokens you requested exceeds the model limit of ${model.maxOutputTokens}. Try again with a maximum tokens value that is lower than ${model.maxOutputTokens}.`,
      );
    }
  }
  if (model.variant === 'nova-2') {
    const extra = isObject(body.additionalModelRequestFields) ? body.additionalModelRequestFields : {};
    const reasoningRefusal = checkNovaReasoning(inference, extra.reasoningConfig);
    if (reasoningRefusal) return reasoningRefusal;
  }
  for (const field of ['temperature', 'topP'] as const) {
    const value = inference[field];
    if (typeof value !== 'number') continue;
    if (value > 1 || value < 0)
      return reject(
        CONVERSE.samplingRange,
        `Value '${value}' at 'inferenceConfig.${field}' failed to satisfy constraint: Member must have value ${value > 1 ? 'less than or equal to 1' : 'greater than or equal to 0'}`,
      );
  }
  if (Array.isArray(inference.stopSequences)) {
    if (inference.stopSequences.length > 2500)
      return reject(
        CONVERSE.stopSequencesApiMax,
        "1 validation error detected: Value at 'inferenceConfig.stopSequences' failed to satisfy constraint: Member must have length less than or equal to 2500",
      );
    const empty = inference.stopSequences.findIndex(stop => typeof stop === 'string' && stop.length === 0);
    if (empty >= 0)
      return reject(
        CONVERSE.stopSequencesApiMax,
        `1 validation error detected: Value at 'inferenceConfig.stopSequences.${empty + 1}.member' failed to satisfy constraint: Member must have length greater than or equal to 1`,
      );
  }
  if (Array.isArray(inference.stopSequences) && inference.stopSequences.length > 0) {
    if (!model.stopSequences.converse)
      return reject(
        CONVERSE.stopSequencesUnsupported,
        "This model doesn't support the stopSequences field. Remove stopSequences and try again.",
      );
    if (inference.stopSequences.length > model.stopSequences.max) {
      return reject(
        CONVERSE.stopSequencesMax,
        `The number of stop sequences exceeds the limit of ${model.stopSequences.max} for this model.`,
      );
    }
  }
  const toolConfig = isObject(body.toolConfig) ? body.toolConfig : undefined;
  if (toolConfig) {
    if (!model.tools.converse)
      return reject(CONVERSE.toolsUnsupported, "This model doesn't support tool use.");
    if (operation === 'ConverseStream' && !model.tools.converseStream)
      return reject(
        CONVERSE.streamingToolsUnsupported,
        "This model doesn't support tool use in streaming mode.",
      );
    const choice = isObject(toolConfig.toolChoice) ? toolConfig.toolChoice : undefined;
    const specificChoice = model.tools.specificChoice ?? model.tools.forcedChoice;
    for (const forced of ['any', 'tool']) {
      if (choice && forced in choice && !(forced === 'any' ? model.tools.forcedChoice : specificChoice)) {
        return reject(
          CONVERSE.toolChoiceUnsupported,
          `This model doesn't support the toolConfig.toolChoice.${forced} field. Remove toolConfig.toolChoice.${forced} and try again.`,
        );
      }
    }
    if (!Array.isArray(toolConfig.tools) || toolConfig.tools.length === 0)
      return reject(
        CONVERSE.toolsEmpty,
        // Real wording (Portkey-AI/gateway#1124).
        "1 validation error detected: Value at 'toolConfig.tools' failed to satisfy constraint: Member must have length greater than or equal to 1",
      );
    const emptyDescription = toolConfig.tools.findIndex(
      tool => isObject(tool) && isObject(tool.toolSpec) && tool.toolSpec.description === '',
    );
    if (emptyDescription >= 0)
      return reject(
        CONVERSE.toolDescriptionEmpty,
        `1 validation error detected: Value at 'toolConfig.tools.${emptyDescription + 1}.member.toolSpec.description' failed to satisfy constraint: Member must have length greater than or equal to 1`,
      );
  }
  const extra = isObject(body.additionalModelRequestFields) ? body.additionalModelRequestFields : {};
  const thinkingError = checkClaudeThinking(model, extra.thinking, extra.output_config, {
    maxTokens: typeof inference.maxTokens === 'number' ? inference.maxTokens : model.maxOutputTokens,
    temperature: inference.temperature,
    prefix: 'The model returned the following errors: ',
    rules: CONVERSE,
  });
  if (thinkingError) return thinkingError;
  const samplingError = checkClaudeSampling(
    model,
    { temperature: inference.temperature, topP: inference.topP, topK: extra.top_k },
    { prefix: 'The model returned the following errors: ', rules: CONVERSE },
  );
  if (samplingError) return samplingError;
  if (
    body.system !== undefined &&
    !model.systemPrompt &&
    !(Array.isArray(body.system) && body.system.length === 0)
  ) {
    // Real wording (instructor#1753, anything-llm#2486).
    return reject(
      CONVERSE.systemUnsupported,
      "This model doesn't support system messages. Try again without a system message or use a model that supports system messages.",
    );
  }
  if (Array.isArray(body.system)) {
    for (const [index, block] of body.system.entries()) {
      if (isObject(block) && typeof block.text === 'string' && block.text.trim() === '') {
        return reject(
          CONVERSE.systemBlank,
          `The text field in the SystemContentBlock object at system.${index} is blank. Add text to the text field, and try again.`,
        );
      }
    }
  }
  const thinkingOn =
    isObject(extra.thinking) && (extra.thinking.type === 'enabled' || extra.thinking.type === 'adaptive');
  return validateConverseMessages(body, model, Boolean(toolConfig), thinkingOn);
}

/** Anthropic's name for a Converse block, as its refusals quote it. */
function anthropicBlockType(block: unknown): string {
  const key = isObject(block) ? Object.keys(block)[0] : undefined;
  return (
    { text: 'text', toolUse: 'tool_use', toolResult: 'tool_result', image: 'image', document: 'document' }[
      key ?? ''
    ] ?? String(key)
  );
}

function validateConverseMessages(
  body: Json,
  model: EmulatedModel,
  hasToolConfig: boolean,
  thinkingOn: boolean,
): BedrockError | undefined {
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0)
    return reject(
      CONVERSE.firstMessageUser,
      'A conversation must start with a user message. Try again with a conversation that starts with a user message.',
    );
  let previousToolUses = new Set<string>();
  const documentNames = new Set<string>();
  let documentCount = 0;
  for (const [index, message] of messages.entries()) {
    if (!isObject(message) || (message.role !== 'user' && message.role !== 'assistant')) {
      return reject(
        CONVERSE.roleEnum,
        `1 validation error detected: Value at 'messages.${index + 1}.member.role' failed to satisfy constraint: Member must satisfy enum value set: [user, assistant]`,
      );
    }
    if (index === 0 && message.role !== 'user')
      return reject(
        CONVERSE.firstMessageUser,
        'A conversation must start with a user message. Try again with a conversation that starts with a user message.',
      );
    const content = message.content;
    if (!Array.isArray(content) || content.length === 0) {
      // Recorded: error-converse-nova-2-empty-content-400.json.
      return reject(
        CONVERSE.contentEmpty,
        `The content field in the Message object at messages.${index} is empty. Add a ContentBlock object to the content field and try again.`,
      );
    }
    if (
      model.reasoningOnlyTurnRefused &&
      message.role === 'assistant' &&
      content.every(block => isObject(block) && ('reasoningContent' in block || 'cachePoint' in block))
    )
      return reject(
        CONVERSE.reasoningOnlyTurn,
        `The model returned the following errors: ${PREFILL_REFUSALS.never}`,
      );
    if (
      model.toolResultsAlone &&
      content.some(block => isObject(block) && 'toolResult' in block) &&
      content.some(block => isObject(block) && !('toolResult' in block) && !('cachePoint' in block))
    )
      return reject(
        CONVERSE.toolResultsAlone,
        `messages.${index}.content: Conversation blocks and tool result blocks cannot be provided in the same turn.`,
      );
    if (
      thinkingOn &&
      message.role === 'assistant' &&
      index === messages.length - 2 &&
      content.some(block => isObject(block) && 'toolUse' in block) &&
      !(isObject(content[0]) && 'reasoningContent' in content[0])
    )
      return reject(
        CONVERSE.thinkingFirstInToolTurn,
        `The model returned the following errors: messages.${index}.content.0.type: Expected \`thinking\` or \`redacted_thinking\`, but found \`${anthropicBlockType(content[0])}\`. When \`thinking\` is enabled, a final \`assistant\` message must start with a thinking block (preceeding the lastmost set of \`tool_use\` and \`tool_result\` blocks). We recommend you include thinking blocks from previous turns. To avoid this requirement, disable \`thinking\`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking`,
      );
    const toolUses = new Set<string>();
    let toolResults = 0;
    for (const [blockIndex, block] of content.entries()) {
      const where = `messages.${index}.content.${blockIndex}`;
      if (!isObject(block))
        return reject(
          CONVERSE.contentBlock,
          'Malformed input request, please reformat your input and try again.',
        );
      if ('text' in block && typeof block.text === 'string' && block.text.trim() === '') {
        // Claude passes Anthropic's own wording through (aws-samples/generative-ai-use-cases#1685).
        if (model.family === 'anthropic')
          return reject(
            CONVERSE.textBlank,
            `The model returned the following errors: messages: text content blocks must ${block.text === '' ? 'be non-empty' : 'contain non-whitespace text'}`,
          );
        return reject(
          CONVERSE.textBlank,
          `The text field in the ContentBlock object at ${where} is blank. Add text to the text field, and try again.`,
        );
      }
      if ('image' in block) {
        if (!model.vision.converse)
          return reject(
            CONVERSE.imageUnsupported,
            "This model doesn't support the image content block that you provided. Update the content block and try again.",
          );
        const image = block.image as Json;
        if (!['png', 'jpeg', 'gif', 'webp'].includes(String(image?.format)))
          return reject(CONVERSE.imageFormat, `The format of the image at ${where} is not supported.`);
        const s3Refusal = s3LocationRefusal(image?.source, model, `${where}.image`);
        if (s3Refusal) return s3Refusal;
      }
      if ('document' in block) {
        if (!model.documents.converse)
          return reject(
            CONVERSE.documentUnsupported,
            "This model doesn't support the document content block that you provided. Update the content block and try again.",
          );
        const document = block.document as Json;
        const source = isObject(document?.source) ? document.source : {};
        if (!('bytes' in source) && !('s3Location' in source))
          return reject(
            CONVERSE.documentSource,
            `DocumentSource object at ${where}.document.source must set one of the following keys: bytes, s3Location.`,
          );
        const s3Refusal = s3LocationRefusal(source, model, `${where}.document`);
        if (s3Refusal) return s3Refusal;
        if (typeof document?.name === 'string') {
          if (documentNames.has(document.name))
            return reject(CONVERSE.documentNamesUnique, "Messages can't contain duplicate document names.");
          documentNames.add(document.name);
        }
        if (++documentCount > 5)
          return reject(CONVERSE.documentCount, "You can't include more than 5 documents in a request.");
        if (
          !content.some(
            other => isObject(other) && typeof other.text === 'string' && other.text.trim() !== '',
          )
        )
          return reject(
            CONVERSE.documentNeedsText,
            'A text block must be included when using documents. Add a text block and retry your request.',
          );
        if (typeof document?.name !== 'string' || !/^[a-zA-Z0-9\s\-()[\]]+$/.test(document.name)) {
          return reject(
            CONVERSE.documentName,
            `The document name at ${where} can only contain alphanumeric characters, whitespace characters, hyphens, parentheses, and square brackets.`,
          );
        }
      }
      if ('cachePoint' in block) {
        if (blockIndex === 0)
          return reject(CONVERSE.cachePointFirstInMessage, 'There is nothing available to cache.');
        const before = content[blockIndex - 1];
        if (isObject(before) && 'reasoningContent' in before)
          return reject(
            CONVERSE.cachePointAfterReasoning,
            'Cache point cannot be inserted after reasoning block. Please remove the invalid cache point and try again.',
          );
      }
      if ('reasoningContent' in block) {
        const text = (block.reasoningContent as Json)?.reasoningText as Json | undefined;
        const unsigned = text !== undefined && (typeof text.signature !== 'string' || text.signature === '');
        // Real wording for reasoning in a user turn, and for unsigned reasoning replayed to Claude or Nova
        // (vercel/ai#7034, can1357/oh-my-pi#9086): Bedrock says "user messages" in both cases.
        if (message.role === 'user')
          return reject(
            CONVERSE.reasoningInUserTurn,
            'User messages cannot contain reasoning content. Please remove the reasoning content and try again.',
          );
        if (unsigned && (model.family === 'anthropic' || model.family === 'nova'))
          return reject(
            CONVERSE.reasoningUnsigned,
            'User messages cannot contain reasoning content. Please remove the reasoning content and try again.',
          );
        if (
          model.reasoning === 'claude-thinking' &&
          text &&
          text.signature !== thinkingSignature(String(text.text))
        ) {
          return reject(
            CONVERSE.thinkingSignature,
            'The model returned the following errors: Invalid `signature` in `thinking` block',
          );
        }
      }
      if ('toolUse' in block || 'toolResult' in block) {
        if (!hasToolConfig)
          return reject(
            CONVERSE.toolConfigRequired,
            'The toolConfig field must be defined when using toolUse and toolResult content blocks.',
          );
      }
      if ('toolUse' in block || 'toolResult' in block) {
        const field = 'toolUse' in block ? 'toolUse' : 'toolResult';
        const id = String((block[field] as Json)?.toolUseId);
        const refusal = toolUseIdRefusal(
          id,
          model,
          `messages.${index + 1}.member.content.${blockIndex + 1}.member.${field}.toolUseId`,
        );
        if (refusal) return refusal;
      }
      if ('toolUse' in block) {
        const name = (block.toolUse as Json)?.name;
        const at = `messages.${index + 1}.member.content.${blockIndex + 1}.member.toolUse.name`;
        if (typeof name !== 'string' || !/^[a-zA-Z0-9_-]+$/.test(name))
          return reject(
            CONVERSE.toolUseNameFormat,
            `1 validation error detected: Value at '${at}' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+`,
          );
        if (name.length > 64)
          return reject(
            CONVERSE.toolUseNameFormat,
            `1 validation error detected: Value at '${at}' failed to satisfy constraint: Member must have length less than or equal to 64`,
          );
        const id = String((block.toolUse as Json)?.toolUseId);
        if (toolUses.has(id))
          return reject(
            CONVERSE.toolUseDuplicate,
            `The toolUse blocks at messages.${index}.content contain duplicate Ids: ${id}`,
          );
        toolUses.add(id);
      }
      if ('toolResult' in block) {
        toolResults++;
        if (
          isObject(block.toolResult) &&
          'status' in block.toolResult &&
          model.family !== 'anthropic' &&
          model.family !== 'nova'
        )
          return reject(CONVERSE.toolResultStatusUnsupported, "This model doesn't support the status field.");
        const result = block.toolResult as Json;
        if (result?.status === 'error' && (!Array.isArray(result.content) || result.content.length === 0))
          return reject(
            CONVERSE.toolResultErrorEmpty,
            `The content field at ${where}.toolResult cannot be empty when status value is error.`,
          );
        const id = String((block.toolResult as Json)?.toolUseId);
        if (!previousToolUses.has(id)) {
          return reject(
            CONVERSE.toolResultUnmatched,
            `The toolResult block at ${where} has a toolUseId (${id}) that does not match any toolUse block of the previous turn.`,
          );
        }
      }
    }
    if (toolResults > previousToolUses.size) {
      return reject(
        CONVERSE.toolResultCount,
        `The number of toolResult blocks at messages.${index}.content exceeds the number of toolUse blocks of previous turn.`,
      );
    }
    previousToolUses = message.role === 'assistant' ? toolUses : new Set();
  }
  return undefined;
}

/** Bedrock's own toolUseId constraint, then the Mistral models' stricter one. */
function toolUseIdRefusal(id: string, model: EmulatedModel, at: string): BedrockError | undefined {
  if (id.length > 64)
    return reject(
      CONVERSE.toolUseIdFormat,
      `1 validation error detected: Value at '${at}' failed to satisfy constraint: Member must have length less than or equal to 64`,
    );
  if (!/^[a-zA-Z0-9_-]+$/.test(id))
    return reject(
      CONVERSE.toolUseIdFormat,
      `1 validation error detected: Value '${id}' at '${at}' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+`,
    );
  if (model.family === 'mistral-prompt' || model.variant === 'mistral-new')
    return checkMistralConverseToolUseId(id);
  return undefined;
}

/** An s3Location media source on a model other than Nova. */
function s3LocationRefusal(source: unknown, model: EmulatedModel, at: string): BedrockError | undefined {
  if (!isObject(source) || !('s3Location' in source) || model.family === 'nova') return undefined;
  return reject(
    CONVERSE.s3LocationUnsupported,
    model.family === 'anthropic'
      ? `The model returned the following errors: ${at}.source.type: Field required`
      : `The s3Location field at ${at}.source is not supported for this model.`,
  );
}
