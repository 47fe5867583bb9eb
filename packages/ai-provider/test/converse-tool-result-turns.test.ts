import { generateText, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useEmulatedProvider } from '../src/test-utils/emulated-provider';

const env = useEmulatedProvider();

// A user message right after tool results: ai keeps them as two messages, Converse needs one user turn per role switch.
const messages = [
  { role: 'user' as const, content: 'weather?' },
  {
    role: 'assistant' as const,
    content: [{ type: 'tool-call' as const, toolCallId: 't1', toolName: 'weather', args: { city: 'Oslo' } }],
  },
  {
    role: 'tool' as const,
    content: [{ type: 'tool-result' as const, toolCallId: 't1', toolName: 'weather', result: 'cold' }],
  },
  { role: 'user' as const, content: 'and tomorrow?' },
];
const tools = { weather: tool({ parameters: z.object({ city: z.string() }) }) };

describe('tool results followed by user text on Converse', () => {
  it('gets its own user turn after a short assistant turn, with a warning, where the model refuses the mix', async () => {
    const result = await generateText({
      model: env.provider('Llama-3-3-70b', { api: 'converse' }),
      messages,
      tools,
      maxRetries: 0,
    });
    const body = env.emulator.requests()[0]?.body as {
      messages: Array<{ role: string; content: unknown[] }>;
    };
    expect(
      body.messages.map(message => [
        message.role,
        message.content.map(block => Object.keys(block as object)[0]),
      ]),
    ).toEqual([
      ['user', ['text']],
      ['assistant', ['toolUse']],
      ['user', ['toolResult']],
      ['assistant', ['text']],
      ['user', ['text']],
    ]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        type: 'other',
        message: expect.stringContaining('the assistant turn "Noted." was put between them'),
      }),
    ]);
  });

  it('stays one user turn, without a warning, where the model takes it (Claude)', async () => {
    const result = await generateText({
      model: env.provider('Claude-4-5-Haiku', { api: 'converse' }),
      messages,
      tools,
      maxRetries: 0,
    });
    const body = env.emulator.requests()[0]?.body as {
      messages: Array<{ role: string; content: unknown[] }>;
    };
    expect(body.messages.map(message => message.role)).toEqual(['user', 'assistant', 'user']);
    expect(result.warnings ?? []).toEqual([]);
  });
});
