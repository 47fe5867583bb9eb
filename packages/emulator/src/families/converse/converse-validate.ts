import type { BedrockOperation } from '../../emulator-types';
import type { BedrockError, EmulatedModel } from '../../models/emulated-model';
import { validation } from '../shared/bedrock-errors';
import { isObject, isPositiveInteger, type Json, thinkingSignature } from '../shared/body-checks';

/**
 * Converse / ConverseStream as Bedrock validates them, for every model. Sources: the Converse API reference
 * (API_runtime_Converse.html), the "supported models and model features" page, and real error messages recorded in
 * bedrock-wire.md §1.5, legacy-wrapper.md §5–§6 and ai-sdk-contracts.md §5; each message below is one of those.
 */
export function validateConverseBody(
  body: unknown,
  model: EmulatedModel,
  operation: BedrockOperation,
): BedrockError | undefined {
  if (!isObject(body))
    return validation('Malformed input request, please reformat your input and try again.');
  const inference = isObject(body.inferenceConfig) ? body.inferenceConfig : {};
  if (inference.maxTokens !== undefined) {
    if (!isPositiveInteger(inference.maxTokens))
      return validation('The value at inferenceConfig.maxTokens must be greater than or equal to 1.');
    if (inference.maxTokens > model.maxOutputTokens) {
      return validation(
        `The maximum tokens you requested exceeds the model limit of ${model.maxOutputTokens}. Try again with a maximum tokens value that is lower than ${model.maxOutputTokens}.`,
      );
    }
  }
  if (Array.isArray(inference.stopSequences) && inference.stopSequences.length > 0) {
    if (!model.stopSequences.converse)
      return validation(
        "This model doesn't support the stopSequences field. Remove stopSequences and try again.",
      );
    if (inference.stopSequences.length > model.stopSequences.max) {
      return validation(
        `The number of stop sequences exceeds the limit of ${model.stopSequences.max} for this model.`,
      );
    }
  }
  const toolConfig = isObject(body.toolConfig) ? body.toolConfig : undefined;
  if (toolConfig) {
    if (!model.tools.converse) return validation("This model doesn't support tool use.");
    if (operation === 'ConverseStream' && !model.tools.converseStream)
      return validation("This model doesn't support tool use in streaming mode.");
    const choice = isObject(toolConfig.toolChoice) ? toolConfig.toolChoice : undefined;
    for (const forced of ['any', 'tool']) {
      if (choice && forced in choice && !model.tools.forcedChoice) {
        return validation(
          `This model doesn't support the toolConfig.toolChoice.${forced} field. Remove toolConfig.toolChoice.${forced} and try again.`,
        );
      }
    }
    if (!Array.isArray(toolConfig.tools) || toolConfig.tools.length === 0)
      return validation('The toolConfig.tools field must contain at least one tool.');
  }
  const thinking = isObject(body.additionalModelRequestFields)
    ? body.additionalModelRequestFields.thinking
    : undefined;
  if (isObject(thinking) && thinking.type === 'enabled') {
    if (model.reasoning !== 'claude-thinking')
      return validation('The model returned the following errors: thinking: Extra inputs are not permitted');
    const budget = thinking.budget_tokens;
    const maxTokens = typeof inference.maxTokens === 'number' ? inference.maxTokens : model.maxOutputTokens;
    if (!isPositiveInteger(budget) || budget < 1024)
      return validation(
        'The model returned the following errors: thinking.enabled.budget_tokens: Input should be greater than or equal to 1024',
      );
    if (budget >= maxTokens)
      return validation(
        'The model returned the following errors: `max_tokens` must be greater than `thinking.budget_tokens`.',
      );
    if (inference.temperature !== undefined && inference.temperature !== 1) {
      return validation(
        'The model returned the following errors: `temperature` may only be set to 1 when thinking is enabled.',
      );
    }
  }
  if (Array.isArray(body.system)) {
    for (const [index, block] of body.system.entries()) {
      if (isObject(block) && typeof block.text === 'string' && block.text.trim() === '') {
        return validation(
          `The text field in the SystemContentBlock object at system.${index} is blank. Add text to the text field, and try again.`,
        );
      }
    }
  }
  return validateConverseMessages(body, model, Boolean(toolConfig));
}

function validateConverseMessages(
  body: Json,
  model: EmulatedModel,
  hasToolConfig: boolean,
): BedrockError | undefined {
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0)
    return validation(
      'A conversation must start with a user message. Try again with a conversation that starts with a user message.',
    );
  let previousToolUses = new Set<string>();
  for (const [index, message] of messages.entries()) {
    if (!isObject(message) || (message.role !== 'user' && message.role !== 'assistant')) {
      return validation(
        `1 validation error detected: Value at 'messages.${index + 1}.member.role' failed to satisfy constraint: Member must satisfy enum value set: [user, assistant]`,
      );
    }
    if (index === 0 && message.role !== 'user')
      return validation(
        'A conversation must start with a user message. Try again with a conversation that starts with a user message.',
      );
    const content = message.content;
    if (!Array.isArray(content) || content.length === 0) {
      // Recorded: error-converse-nova-2-empty-content-400.json.
      return validation(
        `The content field in the Message object at messages.${index} is empty. Add a ContentBlock object to the content field and try again.`,
      );
    }
    const toolUses = new Set<string>();
    let toolResults = 0;
    for (const [blockIndex, block] of content.entries()) {
      const where = `messages.${index}.content.${blockIndex}`;
      if (!isObject(block))
        return validation('Malformed input request, please reformat your input and try again.');
      if ('text' in block && typeof block.text === 'string' && block.text.trim() === '') {
        return validation(
          `The text field in the ContentBlock object at ${where} is blank. Add text to the text field, and try again.`,
        );
      }
      if ('image' in block) {
        if (!model.vision.converse)
          return validation(
            "This model doesn't support the image content block that you provided. Update the content block and try again.",
          );
        const image = block.image as Json;
        if (!['png', 'jpeg', 'gif', 'webp'].includes(String(image?.format)))
          return validation(`The format of the image at ${where} is not supported.`);
      }
      if ('document' in block) {
        if (!model.documents.converse)
          return validation(
            "This model doesn't support the document content block that you provided. Update the content block and try again.",
          );
        const document = block.document as Json;
        if (typeof document?.name !== 'string' || !/^[a-zA-Z0-9\s\-()[\]]+$/.test(document.name)) {
          return validation(
            `The document name at ${where} can only contain alphanumeric characters, whitespace characters, hyphens, parentheses, and square brackets.`,
          );
        }
      }
      if ('reasoningContent' in block) {
        // Recorded in vercel/ai fixtures (bedrock-wire.md §1.5) and langchain-aws#401.
        if (message.role === 'user')
          return validation(
            'User messages cannot contain reasoning content. Please remove the reasoning content and try again.',
          );
        const text = (block.reasoningContent as Json)?.reasoningText as Json | undefined;
        if (
          model.reasoning === 'claude-thinking' &&
          text &&
          text.signature !== thinkingSignature(String(text.text))
        ) {
          return validation(
            'The model returned the following errors: Invalid `signature` in `thinking` block',
          );
        }
      }
      if ('toolUse' in block || 'toolResult' in block) {
        if (!hasToolConfig)
          return validation(
            'The toolConfig field must be defined when using toolUse and toolResult content blocks.',
          );
      }
      if ('toolUse' in block) {
        const id = String((block.toolUse as Json)?.toolUseId);
        if (toolUses.has(id))
          return validation(`The toolUse blocks at messages.${index}.content contain duplicate Ids: ${id}`);
        toolUses.add(id);
      }
      if ('toolResult' in block) {
        toolResults++;
        const id = String((block.toolResult as Json)?.toolUseId);
        if (!previousToolUses.has(id)) {
          return validation(
            `The toolResult block at ${where} has a toolUseId (${id}) that does not match any toolUse block of the previous turn.`,
          );
        }
      }
    }
    if (toolResults > previousToolUses.size) {
      return validation(
        `The number of toolResult blocks at messages.${index}.content exceeds the number of toolUse blocks of previous turn.`,
      );
    }
    previousToolUses = message.role === 'assistant' ? toolUses : new Set();
  }
  return undefined;
}
