import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulatedProvider } from '../src/test-utils/emulated-provider';

/** The recorded InvokeModel answers of the non-Claude families, replayed byte for byte through the real SDK. */
const env = useEmulatedProvider();

describe('recorded InvokeModel answers of Llama, Mistral and Nova', () => {
  it('Llama 3.1 70B: generation, stop_reason length, token counts', async () => {
    env.emulator.script({ replay: 'invoke-meta-llama3-1-70b' });
    const result = await generateText({ model: env.provider('Llama-3-1-70b'), prompt: 'x' });
    // The recorded generation starts with a space: the text comes back exactly as the model sent it.
    expect(result.text).toBe(' post. This is a test post. This is');
    expect(result.finishReason).toBe('length');
    expect(result.usage).toMatchObject({ promptTokens: 5, completionTokens: 10 });
  });

  it('Mistral 7B: outputs[].text, usage from the token-count headers', async () => {
    env.emulator.script({ replay: 'invoke-mistral-7b-prompt-style' });
    const result = await generateText({ model: env.provider('Mistral-7b'), prompt: 'x' });
    expect(result.text).toBe('\n\nA man stands before a crowd of people');
    expect(result.finishReason).toBe('length');
    expect(result.usage.promptTokens).toBeGreaterThan(0);
  });

  it('Nova Micro and Nova Lite with a guardrail trace', async () => {
    env.emulator.script({ replay: 'invoke-nova-micro' });
    const micro = await generateText({ model: env.provider('Nova-Micro'), prompt: 'x' });
    expect(micro).toMatchObject({
      text: 'It seems like you’re running a test or',
      finishReason: 'length',
      usage: { promptTokens: 5, completionTokens: 10 },
    });
    env.emulator.script({ replay: 'invoke-nova-lite-guardrail-trace' });
    const lite = await generateText({ model: env.provider('Nova-Lite'), prompt: 'x' });
    expect(lite.text).toContain('{Account Number}');
  });

  it('Nova Micro stream: a new content block index per delta', async () => {
    env.emulator.script({ replay: 'imwrs-nova-micro-stream' });
    const result = streamText({ model: env.provider('Nova-Micro'), prompt: 'x' });
    let text = '';
    for await (const delta of result.textStream) text += delta;
    expect(text.length).toBeGreaterThan(0);
    expect(await result.finishReason).toBe('length');
    expect((await result.usage).promptTokens).toBeGreaterThan(0);
  });
});
