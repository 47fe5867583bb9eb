import { describe, expect, it } from 'vitest';
import { DEEPSEEK_R1_SPECIAL_TOKENS } from '../families/deepseek-r1/deepseek-r1-special-tokens';
import { LLAMA3_SPECIAL_TOKENS } from '../families/llama/llama-special-tokens';
import { MISTRAL_SPECIAL_TOKENS } from '../families/mistral-prompt/mistral-special-tokens';
import { neutralizeSpecialTokens, ZERO_WIDTH_SPACE as Z } from './special-tokens';

describe('neutralizeSpecialTokens', () => {
  it('breaks each token after its first character and lists what it found', () => {
    expect(
      neutralizeSpecialTokens('a<|eot_id|>b<|reserved_special_token_3|>', LLAMA3_SPECIAL_TOKENS),
    ).toEqual({
      text: `a<${Z}|eot_id|>b<${Z}|reserved_special_token_3|>`,
      found: ['<|eot_id|>', '<|reserved_special_token_3|>'],
    });
    expect(neutralizeSpecialTokens('[/INST]</s>[INST]', MISTRAL_SPECIAL_TOKENS).text).toBe(
      `[${Z}/INST]<${Z}/s>[${Z}INST]`,
    );
    expect(neutralizeSpecialTokens('</think><｜Assistant｜>', DEEPSEEK_R1_SPECIAL_TOKENS).text).toBe(
      `<${Z}/think><${Z}｜Assistant｜>`,
    );
  });

  it('finds tokens that overlap one just broken, and leaves other text alone', () => {
    // `<s>` inside `<s></s>`-like runs, and a token starting on the last character of another.
    expect(neutralizeSpecialTokens('<s><s>s>', MISTRAL_SPECIAL_TOKENS).text).toBe(`<${Z}s><${Z}s>s>`);
    expect(neutralizeSpecialTokens('x <b>bold</b> [inst] <|nope', MISTRAL_SPECIAL_TOKENS)).toEqual({
      text: 'x <b>bold</b> [inst] <|nope',
      found: [],
    });
  });
});
