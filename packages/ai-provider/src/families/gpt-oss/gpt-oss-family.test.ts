import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { codecContext } from '../../test-utils/codec-context';

const USER = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'x' }] }];

describe('gpt-oss temperature on InvokeModel', () => {
  it('sends a temperature of 2 as given', () => {
    const { ctx, codec } = codecContext('GPT-OSS-120B', USER, { temperature: 2 });
    expect(codec.buildRequest(ctx).body).toMatchObject({ temperature: 2 });
  });

  it('refuses a temperature above 2 before sending, citing the AWS OpenAI models page', () => {
    expect(() => codecContext('GPT-OSS-120B', USER, { temperature: 2.1 })).toThrow(InvalidArgumentError);
    expect(() => codecContext('GPT-OSS-120B', USER, { temperature: 2.1 })).toThrow(/model-parameters-openai/);
  });
});
