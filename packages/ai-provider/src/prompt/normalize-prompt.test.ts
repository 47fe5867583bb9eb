import { InvalidPromptError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { normalizePrompt } from './normalize-prompt';

describe('normalizePrompt', () => {
  it.each([
    [
      'assistant',
      [{ role: 'assistant' as const, content: [{ type: 'text' as const, text: 'Hi.' }] }],
      'an assistant',
    ],
    [
      'tool',
      [
        {
          role: 'tool' as const,
          content: [{ type: 'tool-result' as const, toolCallId: 't', toolName: 'w', result: 'sunny' }],
        },
      ],
      'a tool',
    ],
  ])('refuses a conversation that starts with %s, saying what to keep', (_, turns, named) => {
    const prompt = [
      ...turns,
      { role: 'user' as const, content: [{ type: 'text' as const, text: 'And now?' }] },
    ];
    expect(() => normalizePrompt(prompt, [])).toThrowError(
      expect.objectContaining({
        name: 'AI_InvalidPromptError',
        message: expect.stringContaining(
          `this one starts with ${named} message. Keep the user message that came before it`,
        ),
      }),
    );
    expect(() => normalizePrompt(prompt, [])).toThrow(InvalidPromptError);
  });
});
