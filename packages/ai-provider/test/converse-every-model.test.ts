import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { listBedrockWrapperSupportedModels } from '../src/catalog/list-bedrock-wrapper-supported-models';
import { useEmulatedProvider } from '../src/test-utils/emulated-provider';

const env = useEmulatedProvider();
const MODELS = listBedrockWrapperSupportedModels().map(model => model.name);

describe('every catalog model on Converse, through ai@4 and the real SDK', () => {
  it.each(MODELS)('%s: generateText and streamText', async name => {
    const model = env.provider(name, { api: 'converse' });
    const generated = await generateText({ model, prompt: `Hello ${name}` });
    expect(generated.text).toContain(`You said: Hello ${name}`);
    expect(generated.finishReason).toBe('stop');
    const streamed = streamText({ model, prompt: `Stream ${name}` });
    let text = '';
    for await (const delta of streamed.textStream) text += delta;
    expect(text).toContain(`You said: Stream ${name}`);
    expect(env.emulator.requests().map(request => request.operation)).toEqual(['Converse', 'ConverseStream']);
    // Models that reason on their own surface it as reasoning, never in the text.
    expect(text).not.toMatch(/<think>|<reasoning>|Let me think/);
  });
});
