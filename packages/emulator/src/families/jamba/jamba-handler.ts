import { defineRules } from '../../knowledge/rules';
import { AWS, unsourced } from '../../knowledge/sources';
import type { BedrockError, FamilyHandler } from '../../models/emulated-model';
import { openAIChatHandler } from '../openai-chat/openai-chat-handler';
import { isNumberIn, isObject, unknownKey } from '../shared/body-checks';
import { malformed } from '../shared/prompt-families';

const WORDING = unsourced(
  "message wording: Bedrock's schema wording for the other native bodies; no Jamba error was found quoted",
);
const JAMBA = defineRules('jamba', {
  bodyObject: { says: 'The body is a JSON object.', source: [AWS.jambaParams, WORDING] },
  unknownKey: {
    says: 'Keys: messages, max_tokens, temperature, top_p, stop, n, frequency_penalty, presence_penalty.',
    source: [AWS.jambaParams, WORDING],
  },
  messages: {
    says: 'messages is a non-empty array of system / user / assistant messages with string content.',
    source: [AWS.jambaParams, WORDING],
  },
  maxTokens: {
    says: 'max_tokens is a whole number within 0..4096 ("Default: 4096, Range: 0 – 4096").',
    source: [AWS.jambaParams, WORDING],
  },
  temperature: { says: 'temperature is within 0..2.', source: [AWS.jambaParams, WORDING] },
  topP: {
    says: 'top_p is within 0..1.',
    source: [
      AWS.jambaParams,
      unsourced('the page describes top_p from 0.01 to 1.0 but states no range; only 0..1 is checked'),
      WORDING,
    ],
  },
});

const KEYS = [
  'messages',
  'max_tokens',
  'temperature',
  'top_p',
  'stop',
  'n',
  'frequency_penalty',
  'presence_penalty',
] as const;

function validateJambaBody(body: unknown, maxOutputTokens: number): BedrockError | undefined {
  if (!isObject(body)) return malformed(JAMBA.bodyObject, '#: expected type: JSONObject');
  const extra = unknownKey(body, KEYS);
  if (extra) return malformed(JAMBA.unknownKey, `#: extraneous key [${extra}] is not permitted`);
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0)
    return malformed(JAMBA.messages, '#/messages: expected a non-empty array');
  for (const [index, message] of messages.entries()) {
    if (!isObject(message) || !['system', 'user', 'assistant'].includes(String(message.role)))
      return malformed(JAMBA.messages, `#/messages/${index}/role: not one of system, user, assistant`);
    if (typeof message.content !== 'string')
      return malformed(JAMBA.messages, `#/messages/${index}/content: expected type: String`);
  }
  if (
    body.max_tokens !== undefined &&
    !(Number.isInteger(body.max_tokens) && isNumberIn(body.max_tokens, 0, maxOutputTokens))
  )
    return malformed(
      JAMBA.maxTokens,
      `#/max_tokens: ${String(body.max_tokens)} is not within 0..${maxOutputTokens}`,
    );
  if (body.temperature !== undefined && !isNumberIn(body.temperature, 0, 2))
    return malformed(JAMBA.temperature, `#/temperature: ${String(body.temperature)} is not within 0..2`);
  if (body.top_p !== undefined && !isNumberIn(body.top_p, 0, 1))
    return malformed(JAMBA.topP, `#/top_p: ${String(body.top_p)} is not within 0..1`);
  return undefined;
}

/**
 * AI21 Labs Jamba 1.5 on InvokeModel: its own chat body (AWS Jamba parameters page: the keys above, string message
 * content, no tools or images), answered in the chat-completions shapes of AI21's response reference
 * (https://docs.ai21.com/reference/jamba-api-response), which the OpenAI-chat handler already renders.
 */
export const jambaHandler: FamilyHandler = {
  ...openAIChatHandler,
  validate: (body, ctx) => validateJambaBody(body, ctx.model.maxOutputTokens),
};
