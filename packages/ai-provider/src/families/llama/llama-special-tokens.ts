import type { SpecialTokens } from '../../prompt/special-tokens';

/**
 * Special tokens of the Llama 3.x prompt format: `<|begin_of_text|>`, `<|end_of_text|>`, `<|start_header_id|>`,
 * `<|end_header_id|>`, `<|eot_id|>` (https://www.llama.com/docs/model-cards-and-prompt-formats/meta-llama-3/),
 * `<|eom_id|>`, `<|python_tag|>`, `<|finetune_right_pad_id|>` (Llama 3.1,
 * https://www.llama.com/docs/model-cards-and-prompt-formats/llama3_1/) and `<|image|>` (Llama 3.2 vision,
 * https://www.llama.com/docs/model-cards-and-prompt-formats/llama3_2/). The tokenizer also reserves 248
 * `<|reserved_special_token_N|>`; every `<|word|>` is taken as a token, so none of them is missed.
 */
export const LLAMA3_SPECIAL_TOKENS: SpecialTokens = {
  tokens: [
    '<|begin_of_text|>',
    '<|end_of_text|>',
    '<|start_header_id|>',
    '<|end_header_id|>',
    '<|eot_id|>',
    '<|eom_id|>',
    '<|python_tag|>',
    '<|finetune_right_pad_id|>',
    '<|image|>',
  ],
  shapes: ['<\\|[A-Za-z0-9_]+\\|>'],
  source: [
    'https://www.llama.com/docs/model-cards-and-prompt-formats/meta-llama-3/',
    'https://www.llama.com/docs/model-cards-and-prompt-formats/llama3_1/',
    'https://www.llama.com/docs/model-cards-and-prompt-formats/llama3_2/',
  ],
};

/**
 * Special tokens of the Llama 4 prompt format: `<|begin_of_text|>`, `<|end_of_text|>`, `<|header_start|>`,
 * `<|header_end|>`, `<|eot|>`, `<|eom|>`, the image tokens `<|image_start|>`, `<|image_end|>`, `<|image|>`, `<|patch|>`,
 * `<|tile_x_separator|>`, `<|tile_y_separator|>` (https://www.llama.com/docs/model-cards-and-prompt-formats/llama4/).
 * The Llama 3 tokens are kept too (Maverick has been seen echoing `<|eot_id|>`), and every `<|word|>` is taken as a
 * token, like Llama 3's reserved ones.
 */
export const LLAMA4_SPECIAL_TOKENS: SpecialTokens = {
  tokens: [
    '<|begin_of_text|>',
    '<|end_of_text|>',
    '<|header_start|>',
    '<|header_end|>',
    '<|eot|>',
    '<|eom|>',
    '<|image_start|>',
    '<|image_end|>',
    '<|image|>',
    '<|patch|>',
    '<|tile_x_separator|>',
    '<|tile_y_separator|>',
    ...LLAMA3_SPECIAL_TOKENS.tokens,
  ],
  shapes: ['<\\|[A-Za-z0-9_]+\\|>'],
  source: [
    'https://www.llama.com/docs/model-cards-and-prompt-formats/llama4/',
    ...LLAMA3_SPECIAL_TOKENS.source,
  ],
};
