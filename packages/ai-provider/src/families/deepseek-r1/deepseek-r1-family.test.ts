import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { codecContext } from '../../test-utils/codec-context';

const USER = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'x' }] }];

describe('DeepSeek-R1 sampling ranges on InvokeModel', () => {
  it('sends a temperature and top_p of 1 as given', () => {
    const { ctx, codec } = codecContext('DeepSeek-R1', USER, { temperature: 1, topP: 1 });
    expect(codec.buildRequest(ctx).body).toMatchObject({ temperature: 1, top_p: 1 });
  });

  it.each([
    ['temperature', { temperature: 1.2 }],
    ['topP', { topP: 1.01 }],
  ])('refuses a %s above 1 before sending, citing the DeepSeek parameters page', (_setting, settings) => {
    expect(() => codecContext('DeepSeek-R1', USER, settings)).toThrow(InvalidArgumentError);
    expect(() => codecContext('DeepSeek-R1', USER, settings)).toThrow(/model-parameters-deepseek/);
  });
});
