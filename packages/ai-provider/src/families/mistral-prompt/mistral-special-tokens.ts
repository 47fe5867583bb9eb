import type { SpecialTokens } from '../../prompt/special-tokens';

/**
 * Mistral's instruct template on InvokeModel: "Text for the user role is inside the [INST]...[/INST] tokens", the
 * string starts with `<s>` and turns end with `</s>`
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-text-completion.html).
 */
export const MISTRAL_SPECIAL_TOKENS: SpecialTokens = {
  tokens: ['<s>', '</s>', '[INST]', '[/INST]'],
  source: [
    'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-text-completion.html',
  ],
};
