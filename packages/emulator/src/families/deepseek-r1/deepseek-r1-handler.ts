import { defineRules } from '../../knowledge/rules';
import { AWS } from '../../knowledge/sources';
import { lastBetween, promptFamilyHandler, promptStopReason } from '../shared/prompt-families';

const DEEPSEEK_R1 = defineRules('deepseek-r1', {
  bodyObject: { says: 'The body is a JSON object.', source: [AWS.deepseekParams] },
  unknownKey: { says: 'Keys: prompt, max_tokens, stop, temperature, top_p.', source: [AWS.deepseekParams] },
  promptRequired: { says: 'prompt is required.', source: [AWS.deepseekParams] },
  maxTokens: { says: 'max_tokens is 1..32768.', source: [AWS.deepseekParams] },
  temperature: { says: 'temperature is within 0..1.', source: [AWS.deepseekParams] },
  topP: { says: 'top_p is within 0..1.', source: [AWS.deepseekParams] },
  stop: { says: 'stop is an array of at most 10 strings.', source: [AWS.deepseekParams] },
});

/**
 * DeepSeek-R1 on InvokeModel: `{prompt, max_tokens (<= 32768), stop (<= 10), temperature (<= 1), top_p (<= 1)}`;
 * response `{choices: [{text, stop_reason}]}` (AWS "DeepSeek models" parameters page). The prompt ends with
 * `<｜Assistant｜><think>\n`, so the completion is the reasoning, `</think>`, then the answer.
 */
export const deepseekR1Handler = promptFamilyHandler({
  rules: DEEPSEEK_R1,
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
