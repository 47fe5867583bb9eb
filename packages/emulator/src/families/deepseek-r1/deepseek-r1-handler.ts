import { lastBetween, promptFamilyHandler, promptStopReason } from '../shared/prompt-families';

/**
 * DeepSeek-R1 on InvokeModel: `{prompt, max_tokens (<= 32768), stop (<= 10), temperature (<= 1), top_p (<= 1)}`;
 * response `{choices: [{text, stop_reason}]}` (AWS "DeepSeek models" parameters page). The prompt ends with
 * `<｜Assistant｜><think>\n`, so the completion is the reasoning, `</think>`, then the answer.
 */
export const deepseekR1Handler = promptFamilyHandler({
  keys: ['prompt', 'max_tokens', 'stop', 'temperature', 'top_p'],
  maxTokensKey: 'max_tokens',
  stopKey: 'stop',
  maxStop: 10,
  temperatureMax: 1,
  reasoningAlways: true,
  lastUserText: prompt => lastBetween(prompt, '<｜User｜>', '<｜Assistant｜>'),
  completion: reply => (reply.reasoning ? `${reply.reasoning}\n</think>\n\n${reply.text}` : reply.text),
  render: (text, reply) => ({ choices: [{ text, stop_reason: promptStopReason(reply) }] }),
  renderChunk: piece => ({ choices: [{ text: piece, stop_reason: null }] }),
  renderLastChunk: reply => ({ choices: [{ text: '', stop_reason: promptStopReason(reply) }] }),
});
