import { validation } from '../shared/bedrock-errors';
import { lastBetween, promptFamilyHandler, promptStopReason } from '../shared/prompt-families';

/**
 * Meta Llama on InvokeModel: `{prompt, temperature, top_p, max_gen_len, images}`; `images` (base64 strings) only for
 * the vision models (Llama 3.2 11B/90B, Llama 4). Response `{generation, prompt_token_count, generation_token_count,
 * stop_reason}` (AWS "Meta Llama models" parameters page; invoke-meta-llama3-1-70b.json).
 */
function llamaHandler(userOpen: string, turnEnd: string) {
  return promptFamilyHandler({
    keys: ['prompt', 'temperature', 'top_p', 'max_gen_len', 'images'],
    maxTokensKey: 'max_gen_len',
    temperatureMax: 1,
    lastUserText: prompt => lastBetween(prompt, userOpen, turnEnd).replace(/<\|image\|>/g, ''),
    extraCheck(body, vision) {
      if (body.images === undefined) return undefined;
      if (!vision)
        return validation(
          'Malformed input request: #: extraneous key [images] is not permitted, please reformat your input and try again.',
        );
      if (!Array.isArray(body.images) || body.images.some(image => typeof image !== 'string')) {
        return validation(
          'Malformed input request: #/images: expected type: JSONArray of base64 strings, please reformat your input and try again.',
        );
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
