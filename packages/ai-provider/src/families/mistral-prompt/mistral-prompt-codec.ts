import { createPromptTemplateCodec, type TemplateTurn } from '../prompt-template/prompt-template-codec';
import { MISTRAL_SPECIAL_TOKENS } from './mistral-special-tokens';

/**
 * Mistral's instruct template: `<s>[INST] {system}\n\n{user} [/INST] {assistant}</s>[INST] … [/INST]`, the system
 * prompt folded into the first instruction (Mistral's documented template; the legacy wrapper dropped it and put
 * `</s>` before `[INST]`, https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/bedrock-wrapper.js).
 */
export function renderMistralPrompt(system: string[], turns: TemplateTurn[]): string {
  let prompt = '<s>';
  let systemText = system.join('\n\n');
  turns.forEach((turn, index) => {
    if (turn.role === 'user') {
      const text = systemText ? `${systemText}\n\n${turn.text}` : turn.text;
      systemText = '';
      prompt += `[INST] ${text} [/INST]`;
    } else {
      const prefill = index === turns.length - 1;
      prompt += prefill ? ` ${turn.text}` : ` ${turn.text}</s>`;
    }
  });
  return prompt;
}

/** Mistral 7B, Mixtral 8x7B, Mistral Large (24.02): `{prompt, max_tokens, stop, temperature, top_p, top_k}`, answer `outputs[].text`. */
export const mistralPromptCodec = createPromptTemplateCodec({
  render: renderMistralPrompt,
  specialTokens: MISTRAL_SPECIAL_TOKENS,
  maxTokensKey: 'max_tokens',
  stopKey: 'stop',
  acceptsTopK: true,
  // https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-text-completion.html (response);
  // fixture invoke-mistral-7b-prompt-style.json.
  shape: { outputs: [{ text: 'string', stop_reason: 'string' }] },
  read: body => {
    const output = (body as { outputs?: Array<{ text?: string; stop_reason?: string | null }> }).outputs?.[0];
    return { text: output?.text, stopReason: output?.stop_reason };
  },
});
