import { type BedrockRule, defineRules, reject } from '../../knowledge/rules';
import { AWS, LEGACY_RUN, unsourced } from '../../knowledge/sources';
import type { BedrockError, EmulatedModel } from '../../models/emulated-model';
import { checkMistralChatToolCallId } from '../mistral/mistral-tool-call-id';
import { isNumberIn, isObject, isPositiveInteger, type Json } from '../shared/body-checks';

/**
 * Bedrock's OpenAI chat-completions backend ("Mantle") on InvokeModel. The accepted top-level keys and the error
 * texts are the ones real Bedrock returned in the legacy wrapper's committed runs; errors come back as a JSON string
 * in the ValidationException message, `{"error":{…}}` as recorded in 2026. Each rejection names its rule below.
 */
const MANTLE_GUESS = unsourced(
  'OpenAI chat-completions semantics; the exact Bedrock wording was not recorded for this case',
);
const MANTLE = defineRules('openai-chat', {
  bodyObject: {
    says: 'The body deserializes into a ChatCompletionRequest.',
    source: [LEGACY_RUN.mantleUnknownKey],
  },
  unknownKey: {
    says: 'Only the chat-completions keys are accepted (e.g. `stop_sequences` is an unknown variant).',
    source: [LEGACY_RUN.mantleUnknownKey],
  },
  // The AWS OpenAI models page states these three for gpt-oss ("The value in the model field must match the one in
  // the header", "The value in the stream field must match the API operation you use", and the body's parameters as
  // OpenAI's Create chat completion gives them: temperature "between 0 and 2"); the other models on this backend are
  // assumed to behave alike, and the wording of each error stays a guess.
  stream: {
    says: 'InvokeModel answers in one body: stream must not be true.',
    source: [AWS.openaiParams, MANTLE_GUESS],
  },
  model: { says: 'model, when given, matches the path model id.', source: [AWS.openaiParams, MANTLE_GUESS] },
  maxTokens: {
    says: "max_tokens / max_completion_tokens are positive and at most the model's output limit.",
    source: [MANTLE_GUESS],
  },
  temperature: { says: 'temperature is within 0..2.', source: [AWS.openaiParams, MANTLE_GUESS] },
  stop: { says: 'At most 4 stop sequences.', source: [MANTLE_GUESS] },
  reasoningEffort: {
    says: 'reasoning_effort is low, medium or high.',
    source: [MANTLE_GUESS],
  },
  tools: { says: "Tools are {type:'function', function:{name}}.", source: [MANTLE_GUESS] },
  toolChoice: {
    says: 'tool_choice is auto, none, required or a named function of tools.',
    source: [MANTLE_GUESS],
  },
  messages: {
    says: 'messages is a non-empty array of system/developer/user/assistant/tool turns.',
    source: [MANTLE_GUESS],
  },
  imageUnsupported: { says: 'Models without vision reject image input.', source: [LEGACY_RUN.vision] },
  imageUrl: {
    says: 'image_url takes base64 data URLs of png, jpeg, gif or webp.',
    source: [LEGACY_RUN.vision, MANTLE_GUESS],
  },
  userContentVariant: {
    says: 'User content parts are text or image_url; Anthropic-style image blocks do not deserialize.',
    source: [LEGACY_RUN.mantleImageVariant],
  },
  assistantContent: { says: 'An assistant message has content or tool_calls.', source: [MANTLE_GUESS] },
  toolCallId: {
    says: 'A tool message answers a tool call of the preceding assistant message.',
    source: [MANTLE_GUESS],
  },
  trailingAssistant: {
    says: 'The new Mistral models refuse a final assistant message (`add_generation_prompt`).',
    source: [LEGACY_RUN.mantleTrailingAssistant],
  },
});
export const OPENAI_CHAT_KEYS = [
  'audio',
  'frequency_penalty',
  'function_call',
  'functions',
  'include_reasoning',
  'logit_bias',
  'logprobs',
  'max_completion_tokens',
  'max_tokens',
  'messages',
  'metadata',
  'modalities',
  'model',
  'n',
  'parallel_tool_calls',
  'prediction',
  'presence_penalty',
  'prompt_cache_key',
  'reasoning_effort',
  'response_format',
  'safety_identifier',
  'seed',
  'service_tier',
  'stop',
  'store',
  'stream',
  'stream_options',
  'temperature',
  'text',
  'tool_choice',
  'tools',
  'top_k',
  'top_logprobs',
  'top_p',
  'user',
  'verbosity',
  'web_search_options',
] as const;

function mantleError(rule: BedrockRule, message: string): BedrockError {
  return reject(
    rule,
    JSON.stringify({
      error: { code: 'validation_error', message, param: null, type: 'invalid_request_error' },
    }),
  );
}

export function validateOpenAIChatBody(body: unknown, model: EmulatedModel): BedrockError | undefined {
  if (!isObject(body))
    return mantleError(
      MANTLE.bodyObject,
      'Failed to deserialize the JSON body into the target type: invalid type: expected struct ChatCompletionRequest',
    );
  for (const key of Object.keys(body)) {
    if (!(OPENAI_CHAT_KEYS as readonly string[]).includes(key)) {
      return mantleError(
        MANTLE.unknownKey,
        `Failed to deserialize the JSON body into the target type: unknown variant \`${key}\`, expected one of ${OPENAI_CHAT_KEYS.map(k => `\`${k}\``).join(', ')}`,
      );
    }
  }
  // InvokeModel answers in one body: `stream` must be false or absent (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html).
  if (body.stream === true)
    return mantleError(
      MANTLE.stream,
      'stream must be false on InvokeModel; use InvokeModelWithResponseStream.',
    );
  if (body.model !== undefined && body.model !== model.id)
    return mantleError(MANTLE.model, `model must match the model id of the request path (${model.id}).`);
  for (const key of ['max_tokens', 'max_completion_tokens'] as const) {
    if (body[key] === undefined) continue;
    if (!isPositiveInteger(body[key]))
      return mantleError(MANTLE.maxTokens, `Invalid '${key}': must be a positive integer.`);
    if ((body[key] as number) > model.maxOutputTokens)
      return mantleError(
        MANTLE.maxTokens,
        `Invalid '${key}': ${String(body[key])} exceeds the model limit of ${model.maxOutputTokens}.`,
      );
  }
  if (body.temperature !== undefined && !isNumberIn(body.temperature, 0, 2))
    return mantleError(MANTLE.temperature, "Invalid 'temperature': must be between 0 and 2.");
  if (body.stop !== undefined) {
    const stop = typeof body.stop === 'string' ? [body.stop] : body.stop;
    if (!Array.isArray(stop) || stop.length > 4)
      return mantleError(MANTLE.stop, "Invalid 'stop': at most 4 stop sequences.");
  }
  if (
    body.reasoning_effort !== undefined &&
    !['low', 'medium', 'high'].includes(String(body.reasoning_effort))
  ) {
    return mantleError(
      MANTLE.reasoningEffort,
      "Invalid 'reasoning_effort': expected one of low, medium, high.",
    );
  }
  const toolNames = new Set<string>();
  if (body.tools !== undefined) {
    if (!Array.isArray(body.tools)) return mantleError(MANTLE.tools, "Invalid 'tools': expected an array.");
    for (const tool of body.tools) {
      const fn = isObject(tool) ? (tool.function as Json | undefined) : undefined;
      if (!isObject(tool) || tool.type !== 'function' || !isObject(fn) || typeof fn.name !== 'string') {
        return mantleError(
          MANTLE.tools,
          "Invalid 'tools': each tool needs type 'function' and a function name.",
        );
      }
      toolNames.add(fn.name);
    }
  }
  const choice = body.tool_choice;
  if (choice !== undefined && !['auto', 'none', 'required'].includes(String(choice))) {
    const name = isObject(choice) && isObject(choice.function) ? String(choice.function.name) : undefined;
    if (!name || !toolNames.has(name))
      return mantleError(MANTLE.toolChoice, "Invalid 'tool_choice': unknown tool.");
  }
  return validateMessages(body, model);
}

function validateMessages(body: Json, model: EmulatedModel): BedrockError | undefined {
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0)
    return mantleError(MANTLE.messages, "Invalid 'messages': must be a non-empty array.");
  let openToolCalls = new Set<string>();
  for (const [index, message] of messages.entries()) {
    if (
      !isObject(message) ||
      !['system', 'developer', 'user', 'assistant', 'tool'].includes(String(message.role))
    ) {
      return mantleError(MANTLE.messages, `Invalid 'messages[${index}].role'.`);
    }
    if (message.role === 'user' && Array.isArray(message.content)) {
      for (const part of message.content) {
        const type = isObject(part) ? part.type : undefined;
        if (type === 'text' && typeof (part as Json).text === 'string') continue;
        if (type === 'image_url') {
          if (!model.vision.invoke)
            return mantleError(MANTLE.imageUnsupported, 'This model does not support image input.');
          const url = ((part as Json).image_url as Json | undefined)?.url;
          if (typeof url !== 'string' || !/^data:image\/(png|jpeg|gif|webp);base64,/.test(url)) {
            return mantleError(
              MANTLE.imageUrl,
              "Invalid 'image_url': only base64 data URLs of png, jpeg, gif or webp images are accepted.",
            );
          }
          continue;
        }
        // Anthropic-style image blocks (what the legacy wrapper sent) do not deserialize (https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/test-vision-models-output.txt#L261).
        return mantleError(
          MANTLE.userContentVariant,
          `Failed to deserialize the JSON body into the target type: messages[${index}]: Invalid 'messages': Invalid 'content': value did not match any expected variant of untagged enum ChatCompletionRequestUserMessageContent`,
        );
      }
    } else if (
      message.role !== 'assistant' &&
      message.role !== 'tool' &&
      typeof message.content !== 'string' &&
      !Array.isArray(message.content)
    ) {
      return mantleError(MANTLE.messages, `Invalid 'messages[${index}].content'.`);
    }
    if (message.role === 'assistant') {
      openToolCalls = new Set(
        (Array.isArray(message.tool_calls) ? message.tool_calls : []).map(call => String((call as Json).id)),
      );
      if (message.content == null && openToolCalls.size === 0)
        return mantleError(
          MANTLE.assistantContent,
          `Invalid 'messages[${index}]': assistant messages need content or tool_calls.`,
        );
    }
    if (model.variant === 'mistral-new') {
      const ids =
        message.role === 'tool'
          ? [String(message.tool_call_id)]
          : message.role === 'assistant'
            ? [...openToolCalls]
            : [];
      for (const id of ids) {
        const refusal = checkMistralChatToolCallId(id);
        if (refusal) return refusal;
      }
    }
    if (message.role === 'tool' && !openToolCalls.has(String(message.tool_call_id))) {
      return mantleError(
        MANTLE.toolCallId,
        `Invalid 'messages[${index}].tool_call_id': no tool call with this id in the preceding assistant message.`,
      );
    }
  }
  const last = messages.at(-1) as Json;
  // The new Mistral models refuse to continue a final assistant turn (real error: https://github.com/jparkerweb/bedrock-wrapper/blob/756a5f39a859b592bcc588047b9c0d81e715eaad/test-run-output.txt#L5216).
  if (model.variant === 'mistral-new' && last.role === 'assistant') {
    return mantleError(
      MANTLE.trailingAssistant,
      'Cannot set `add_generation_prompt` to True when the last message is from the assistant. Consider using `continue_final_message` instead.',
    );
  }
  return undefined;
}
