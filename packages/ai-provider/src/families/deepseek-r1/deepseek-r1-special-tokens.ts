import type { SpecialTokens } from '../../prompt/special-tokens';

/**
 * DeepSeek-R1's chat template and tokenizer (https://huggingface.co/deepseek-ai/DeepSeek-R1, `tokenizer_config.json`):
 * `<｜begin▁of▁sentence｜>`, `<｜end▁of▁sentence｜>`, `<｜User｜>`, `<｜Assistant｜>`, the tool tokens
 * (`<｜tool▁calls▁begin｜>` …) and `<think>` / `</think>`, which delimit the reasoning the prompt opens. Every token
 * written `<｜…｜>` (full-width bars, U+FF5C) is taken as one, so the tool and fill-in-the-middle tokens are covered.
 */
export const DEEPSEEK_R1_SPECIAL_TOKENS: SpecialTokens = {
  tokens: [
    '<｜begin▁of▁sentence｜>',
    '<｜end▁of▁sentence｜>',
    '<｜User｜>',
    '<｜Assistant｜>',
    '<｜tool▁calls▁begin｜>',
    '<｜tool▁calls▁end｜>',
    '<｜tool▁call▁begin｜>',
    '<｜tool▁call▁end｜>',
    '<｜tool▁sep｜>',
    '<｜tool▁outputs▁begin｜>',
    '<｜tool▁outputs▁end｜>',
    '<｜tool▁output▁begin｜>',
    '<｜tool▁output▁end｜>',
    '<think>',
    '</think>',
  ],
  shapes: ['<｜[^｜<>]{1,40}｜>'],
  source: ['https://huggingface.co/deepseek-ai/DeepSeek-R1'],
};
