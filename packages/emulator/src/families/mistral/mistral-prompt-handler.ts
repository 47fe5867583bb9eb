import { lastBetween, promptFamilyHandler, promptStopReason } from '../shared/prompt-families';

/**
 * Mistral text completion on InvokeModel: `{prompt, max_tokens, stop (<= 10), temperature, top_p, top_k}`;
 * response `{outputs: [{text, stop_reason}]}` (AWS "Mistral AI text completion"; invoke-mistral-7b-prompt-style.json).
 */
export const mistralPromptHandler = promptFamilyHandler({
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
