import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulatedProvider } from '../src/test-utils/emulated-provider';

const env = useEmulatedProvider();

describe('the matched stop sequence on Converse', () => {
  it('is asked for and read back on Claude, in generateText and streamText alike', async () => {
    const model = env.provider('Claude-4-5-Haiku', { api: 'converse' });
    const call = { model, prompt: 'one STOP two', stopSequences: ['STOP'], maxRetries: 0 };
    const generated = await generateText(call);
    expect(generated.text).not.toContain('two');
    expect(generated.providerMetadata?.bedrockWrapper?.stopSequence).toBe('STOP');
    const streamed = streamText(call);
    let streamedText = '';
    for await (const delta of streamed.textStream) streamedText += delta;
    expect(streamedText).toBe(generated.text);
    expect((await streamed.providerMetadata)?.bedrockWrapper?.stopSequence).toBe('STOP');
    expect(
      env.emulator
        .requests()
        .map(request => (request.body as Record<string, unknown>)?.additionalModelResponseFieldPaths),
    ).toEqual([['/delta/stop_sequence'], ['/delta/stop_sequence']]);
  });
});
