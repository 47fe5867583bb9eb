import { InvalidPromptError, type LanguageModelV1Prompt } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { codecContext } from '../test-utils/codec-context';

const endsWithAssistant: LanguageModelV1Prompt = [
  { role: 'user', content: [{ type: 'text', text: 'Write JSON' }] },
  { role: 'assistant', content: [{ type: 'text', text: '{"a":' }] },
];

describe('assistant prefill', () => {
  it.each([
    ['Claude-Sonnet-4-6', 'invoke'],
    ['Claude-Opus-4-6', 'converse'],
    ['Claude-Sonnet-5', 'invoke'],
    ['Claude-Fable-5-2', 'converse'],
  ] as const)('%s refuses it before sending (%s), saying what to do', (name, api) => {
    const thrown = (() => {
      try {
        codecContext(name, endsWithAssistant, {}, { api });
      } catch (error) {
        return error;
      }
    })();
    expect(InvalidPromptError.isInstance(thrown)).toBe(true);
    expect((thrown as Error).message).toBe(
      `Invalid prompt: ${name} does not take a conversation that ends with an assistant message (assistant prefill): Bedrock answers "This model does not support assistant message prefill. The conversation must end with a user message." End the messages with a user message, or leave the unfinished assistant turn out.`,
    );
  });

  it.each(['invoke', 'converse'] as const)(
    'a system message after the last assistant message does not end the conversation (%s)',
    api => {
      const prompt: LanguageModelV1Prompt = [...endsWithAssistant, { role: 'system', content: 'Be brief.' }];
      expect(() => codecContext('Claude-Sonnet-5', prompt, {}, { api })).toThrow(
        'Claude-Sonnet-5 does not take a conversation that ends with an assistant message',
      );
    },
  );

  it.each(['invoke', 'converse'] as const)('Claude 4.5 refuses it while tools are offered (%s)', api => {
    const tools = {
      mode: { type: 'regular' as const, tools: [{ type: 'function' as const, name: 'w', parameters: {} }] },
    };
    expect(() => codecContext('Claude-4-5-Sonnet', endsWithAssistant, tools, { api })).toThrow(
      'Invalid prompt: Claude-4-5-Sonnet does not take a conversation that ends with an assistant message (assistant prefill) while tools are offered: Bedrock answers "When using tools, pre-filling the assistant response is not supported." End the messages with a user message, or call without tools.',
    );
  });

  it('a model without the rule (Nova) takes it with tools', () => {
    const tools = {
      mode: { type: 'regular' as const, tools: [{ type: 'function' as const, name: 'w', parameters: {} }] },
    };
    expect(() => codecContext('Nova-Pro', endsWithAssistant, tools, { api: 'converse' })).not.toThrow();
  });

  it.each(['invoke', 'converse'] as const)(
    'Claude 4.5 still takes it without tools, sent as given (%s)',
    api => {
      const { ctx, codec } = codecContext('Claude-4-5-Sonnet', endsWithAssistant, {}, { api });
      expect(JSON.stringify(codec.buildRequest(ctx).body)).toContain('{\\"a\\":');
      expect(ctx.warnings).toEqual([]);
    },
  );
});
