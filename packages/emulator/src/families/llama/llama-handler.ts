import { defineRules } from '../../knowledge/rules';
import { AWS, FIXTURE } from '../../knowledge/sources';
import { lastBetween, malformed, promptFamilyHandler, promptStopReason } from '../shared/prompt-families';

const LLAMA = defineRules('llama', {
  bodyObject: { says: 'The body is a JSON object.', source: [AWS.metaParams] },
  unknownKey: {
    says: 'Keys: prompt, temperature, top_p, max_gen_len, images (no stop field).',
    source: [AWS.metaParams, FIXTURE.llamaInvoke],
  },
  promptRequired: { says: 'prompt is required.', source: [AWS.metaParams] },
  maxTokens: {
    says: "max_gen_len is 1..the model's max output (2048 on Llama 3).",
    source: [AWS.metaParams],
  },
  temperature: { says: 'temperature is within 0..1.', source: [AWS.metaParams] },
  topP: { says: 'top_p is within 0..1.', source: [AWS.metaParams] },
  stop: { says: 'Llama takes no stop sequences on InvokeModel.', source: [AWS.metaParams] },
  images: {
    says: 'images (base64 strings) only on the vision models (Llama 3.2 11B/90B, Llama 4).',
    source: [AWS.metaParams],
  },
});

/**
 * Meta Llama on InvokeModel: `{prompt, temperature, top_p, max_gen_len, images}`; `images` (base64 strings) only for
 * the vision models (Llama 3.2 11B/90B, Llama 4). Response `{generation, prompt_token_count, generation_token_count,
 * stop_reason}` (AWS "Meta Llama models" parameters page; invoke-meta-llama3-1-70b.json).
 */
function llamaHandler(userOpen: string, turnEnd: string) {
  return promptFamilyHandler({
    rules: LLAMA,
    keys: ['prompt', 'temperature', 'top_p', 'max_gen_len', 'images'],
    maxTokensKey: 'max_gen_len',
    temperatureMax: 1,
    lastUserText: prompt => lastBetween(prompt, userOpen, turnEnd).replace(/<\|image\|>/g, ''),
    extraCheck(body, vision) {
      if (body.images === undefined) return undefined;
      if (!vision) return malformed(LLAMA.images, '#: extraneous key [images] is not permitted');
      if (!Array.isArray(body.images) || body.images.some(image => typeof image !== 'string')) {
        return malformed(LLAMA.images, '#/images: expected type: JSONArray of base64 strings');
      }
      return undefined;
    },
    imageCount: body => (Array.isArray(body.images) ? body.images.length : 0),
    completion: reply => reply.text,
    render: (text, reply) => ({
      generation: text,
      prompt_token_count: reply.usage.inputTokens,
      generation_token_count: reply.usage.outputTokens,
      stop_reason: promptStopReason(reply),
    }),
    renderChunk: (piece, index, reply) => ({
      generation: piece,
      prompt_token_count: index === 0 ? reply.usage.inputTokens : null,
      generation_token_count: index + 1,
      stop_reason: null,
    }),
    renderLastChunk: reply => ({
      generation: '',
      prompt_token_count: null,
      generation_token_count: reply.usage.outputTokens,
      stop_reason: promptStopReason(reply),
    }),
  });
}

export const llama3Handler = llamaHandler('<|start_header_id|>user<|end_header_id|>', '<|eot_id|>');
export const llama4Handler = llamaHandler('<|header_start|>user<|header_end|>', '<|eot|>');
