import { streamText, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import { citySchema } from '../../test-utils/city-schema';
import { useEmulatedProvider } from '../../test-utils/emulated-provider';

// Mistral Large takes tools on Converse but not on ConverseStream (the catalog's MISTRAL_LARGE_TOOLS, with its sources).
describe('Mistral Large with tools on a stream', () => {
  const env = useEmulatedProvider();

  it('calls Converse, not ConverseStream, and still streams the tool call and the answer', async () => {
    env.emulator.script(
      { reply: { toolCalls: [{ name: 'weather', input: { city: 'Oslo' } }] } },
      { reply: { text: 'It is sunny in Oslo.' } },
    );
    const result = streamText({
      model: env.provider('Mistral-Large'),
      prompt: 'Weather in Oslo?',
      tools: {
        weather: tool({
          parameters: citySchema(),
          execute: async () => 'sunny',
        }),
      },
      maxSteps: 2,
    });
    const calls: unknown[] = [];
    let text = '';
    for await (const part of result.fullStream) {
      if (part.type === 'tool-call') calls.push(part.args);
      if (part.type === 'text-delta') text += part.textDelta;
    }
    expect(calls).toEqual([{ city: 'Oslo' }]);
    expect(text).toBe('It is sunny in Oslo.');
    expect(env.emulator.requests().map(request => request.operation)).toEqual(['Converse', 'Converse']);
  });
});
