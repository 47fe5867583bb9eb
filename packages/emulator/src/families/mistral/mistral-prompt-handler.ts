import { defineRules } from '../../knowledge/rules';
import { AWS, FIXTURE } from '../../knowledge/sources';
import { lastBetween, promptFamilyHandler, promptStopReason } from '../shared/prompt-families';

const MISTRAL = defineRules('mistral-prompt', {
  bodyObject: { says: 'The body is a JSON object.', source: [AWS.mistralTextCompletion] },
  unknownKey: {
    says: 'Keys: prompt, max_tokens, stop, temperature, top_p, top_k.',
    source: [AWS.mistralTextCompletion, FIXTURE.mistralInvoke],
  },
  promptRequired: { says: 'prompt is required.', source: [AWS.mistralTextCompletion] },
  maxTokens: { says: "max_tokens is 1..the model's max output.", source: [AWS.mistralTextCompletion] },
  temperature: { says: 'temperature is within 0..1.', source: [AWS.mistralTextCompletion] },
  topP: { says: 'top_p is within 0..1.', source: [AWS.mistralTextCompletion] },
  stop: { says: 'stop is an array of at most 10 strings.', source: [AWS.mistralTextCompletion] },
});

/**
 * Mistral text completion on InvokeModel: `{prompt, max_tokens, stop (<= 10), temperature, top_p, top_k}`;
 * response `{outputs: [{text, stop_reason}]}` (AWS "Mistral AI text completion"; invoke-mistral-7b-prompt-style.json).
 */
export const mistralPromptHandler = promptFamilyHandler({
  rules: MISTRAL,
  keys: ['prompt', 'max_tokens', 'stop', 'temperature', 'top_p', 'top_k'],
  maxTokensKey: 'max_tokens',
  stopKey: 'stop',
  maxStop: 10,
  temperatureMax: 1,
  lastUserText: prompt => lastBetween(prompt, '[INST]', '[/INST]'),
  completion: reply => reply.text,
  render: (text, reply) => ({ outputs: [{ text, stop_reason: promptStopReason(reply) }] }),
  renderChunk: piece => ({ outputs: [{ text: piece, stop_reason: null }] }),
  renderLastChunk: reply => ({ outputs: [{ text: '', stop_reason: promptStopReason(reply) }] }),
});
