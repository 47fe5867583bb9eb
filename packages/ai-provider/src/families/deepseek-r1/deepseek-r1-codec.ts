import { createPromptTemplateCodec, type TemplateTurn } from '../prompt-template/prompt-template-codec';
import { DEEPSEEK_R1_SPECIAL_TOKENS } from './deepseek-r1-special-tokens';

/**
 * DeepSeek-R1's chat template: `<｜begin▁of▁sentence｜>{system}<｜User｜>{u}<｜Assistant｜>{a}<｜end▁of▁sentence｜>…
 * <｜User｜>{u}<｜Assistant｜><think>\n` (DeepSeek-R1 tokenizer chat template). Earlier answers go back without their
 * reasoning; the completion starts inside `<think>`, so what comes before `</think>` is reasoning. The legacy wrapper
 * sent the bare text and got garbage back (https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/bedrock-wrapper.js).
 */
export function renderDeepSeekR1Prompt(system: string[], turns: TemplateTurn[]): string {
  let prompt = `<｜begin▁of▁sentence｜>${system.join('\n\n')}`;
  for (const turn of turns) {
    prompt +=
      turn.role === 'user' ? `<｜User｜>${turn.text}` : `<｜Assistant｜>${turn.text}<｜end▁of▁sentence｜>`;
  }
  return `${prompt}<｜Assistant｜><think>\n`;
}

/** `{prompt, max_tokens, stop, temperature, top_p}`, answer `choices[].text` (AWS "DeepSeek models" page). */
export const deepseekR1Codec = createPromptTemplateCodec({
  render: renderDeepSeekR1Prompt,
  specialTokens: DEEPSEEK_R1_SPECIAL_TOKENS,
  maxTokensKey: 'max_tokens',
  stopKey: 'stop',
  // https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-deepseek.html (response).
  shape: { choices: [{ text: 'string', stop_reason: 'string' }] },
  read: body => {
    const choice = (body as { choices?: Array<{ text?: string; stop_reason?: string | null }> }).choices?.[0];
    return { text: choice?.text, stopReason: choice?.stop_reason };
  },
});
