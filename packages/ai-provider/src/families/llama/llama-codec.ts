import type { LanguageModelV1Prompt } from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import type { Shape } from '../../core/response-shape';
import { imageData } from '../../prompt/image-data';
import { createPromptTemplateCodec, type TemplateTurn } from '../prompt-template/prompt-template-codec';
import { LLAMA3_SPECIAL_TOKENS, LLAMA4_SPECIAL_TOKENS } from './llama-special-tokens';

/**
 * Meta Llama on InvokeModel: `{prompt, max_gen_len, temperature, top_p, images}`, answer `{generation,
 * prompt_token_count, generation_token_count, stop_reason}` (AWS "Meta Llama models" parameters page). The prompt
 * follows Meta's chat templates exactly — unlike the legacy wrapper (https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/bedrock-wrapper.js), the system prompt is
 * kept and every turn ends with its end-of-turn token.
 */
function llamaImages(prompt: LanguageModelV1Prompt): Record<string, unknown> {
  const images: string[] = [];
  for (const message of prompt) {
    if (message.role !== 'user') continue;
    for (const part of message.content) {
      if (part.type === 'image') {
        const image = imageData(part);
        if (image.kind === 'bytes') images.push(convertUint8ArrayToBase64(image.bytes));
      }
    }
  }
  // Vision models take base64 images in `images`, one `<|image|>` token each in the prompt (Meta Llama parameters page).
  return images.length > 0 ? { images } : {};
}

/**
 * Llama's answer and stream chunk fields (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html,
 * response body; fixture invoke-meta-llama3-1-70b.json).
 */
const LLAMA_SHAPE: Shape = {
  generation: 'string',
  stop_reason: 'string',
  prompt_token_count: 'number',
  generation_token_count: 'number',
};

function readLlama(body: unknown) {
  const b = body as {
    generation?: string;
    stop_reason?: string | null;
    prompt_token_count?: number | null;
    generation_token_count?: number;
  };
  return {
    text: b.generation,
    stopReason: b.stop_reason,
    promptTokens: b.prompt_token_count ?? undefined,
    completionTokens: b.generation_token_count,
  };
}

/** Llama 3.x: `<|begin_of_text|><|start_header_id|>role<|end_header_id|>\n\n…<|eot_id|>` (Meta Llama 3 prompt format). */
export function renderLlama3Prompt(system: string[], turns: TemplateTurn[]): string {
  const header = (role: string) => `<|start_header_id|>${role}<|end_header_id|>\n\n`;
  let prompt = '<|begin_of_text|>';
  if (system.length > 0) prompt += `${header('system')}${system.join('\n\n')}<|eot_id|>`;
  turns.forEach((turn, index) => {
    const prefill = turn.role === 'assistant' && index === turns.length - 1;
    prompt += `${header(turn.role)}${'<|image|>'.repeat(turn.images)}${turn.text}${prefill ? '' : '<|eot_id|>'}`;
  });
  return turns.at(-1)?.role === 'assistant' ? prompt : `${prompt}${header('assistant')}`;
}

/** Llama 4: `<|begin_of_text|><|header_start|>role<|header_end|>\n\n…<|eot|>` (Meta Llama 4 prompt format). */
export function renderLlama4Prompt(system: string[], turns: TemplateTurn[]): string {
  const header = (role: string) => `<|header_start|>${role}<|header_end|>\n\n`;
  let prompt = '<|begin_of_text|>';
  if (system.length > 0) prompt += `${header('system')}${system.join('\n\n')}<|eot|>`;
  turns.forEach((turn, index) => {
    const prefill = turn.role === 'assistant' && index === turns.length - 1;
    prompt += `${header(turn.role)}${'<|image|>'.repeat(turn.images)}${turn.text}${prefill ? '' : '<|eot|>'}`;
  });
  return turns.at(-1)?.role === 'assistant' ? prompt : `${prompt}${header('assistant')}`;
}

export const llama3Codec = createPromptTemplateCodec({
  render: renderLlama3Prompt,
  specialTokens: LLAMA3_SPECIAL_TOKENS,
  maxTokensKey: 'max_gen_len',
  extraFields: llamaImages,
  shape: LLAMA_SHAPE,
  read: readLlama,
  trailingTokens: ['<|eot_id|>'],
});

// Maverick echoed a literal end-of-turn token at the end of its answer (https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/test-models-output.txt).
export const llama4Codec = createPromptTemplateCodec({
  render: renderLlama4Prompt,
  specialTokens: LLAMA4_SPECIAL_TOKENS,
  maxTokensKey: 'max_gen_len',
  extraFields: llamaImages,
  shape: LLAMA_SHAPE,
  read: readLlama,
  trailingTokens: ['<|eot|>', '<|eot_id|>'],
});
