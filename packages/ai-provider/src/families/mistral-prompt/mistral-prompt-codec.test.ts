import { describe, expect, it } from 'vitest';
import { codecContext, decodeStream, joinParts } from '../../test-utils/codec-context';

describe('Mistral text completion', () => {
  it('folds the system prompt into the first [INST] and closes assistant turns with </s>', () => {
    const { ctx, codec } = codecContext(
      'Mistral-7b',
      [
        { role: 'system', content: 'SYS' },
        { role: 'user', content: [{ type: 'text', text: 'U1' }] },
        { role: 'assistant', content: [{ type: 'text', text: 'A1' }] },
        { role: 'user', content: [{ type: 'text', text: 'U2' }] },
      ],
      { stopSequences: ['7'], topK: 5, maxTokens: 100 },
    );
    expect(codec.buildRequest(ctx).body).toEqual({
      prompt: '<s>[INST] SYS\n\nU1 [/INST] A1</s>[INST] U2 [/INST]',
      max_tokens: 100,
      top_k: 5,
      stop: ['7'],
    });
  });

  it('reads outputs[].text from a recorded answer and from stream chunks, as sent (nothing trimmed)', () => {
    const { ctx, codec } = codecContext('Mistral-7b', [
      { role: 'user', content: [{ type: 'text', text: 'x' }] },
    ]);
    expect(codec.parseResponse({ outputs: [{ text: ' It is', stop_reason: 'length' }] }, ctx)).toMatchObject({
      text: ' It is',
      finishReason: 'length',
    });
    const { parts } = decodeStream(codec, ctx, [
      { outputs: [{ text: '  a', stop_reason: null }] },
      { outputs: [{ text: ' b</s> [INST]', stop_reason: 'stop' }] },
    ]);
    expect(joinParts(parts).text).toBe('  a b</s> [INST]');
  });
});
