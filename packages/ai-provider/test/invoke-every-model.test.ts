import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { listBedrockWrapperSupportedModels } from '../src/catalog/list-bedrock-wrapper-supported-models';
import { useEmulatedProvider } from '../src/test-utils/emulated-provider';

const env = useEmulatedProvider();
const MODELS = listBedrockWrapperSupportedModels().filter(model => model.apis.invoke);

describe('every catalog model on InvokeModel with its family body, through ai@4 and the real SDK', () => {
  it.each(MODELS.map(model => [model.name, model.family]))(
    '%s (%s): generateText and streamText',
    async name => {
      const model = env.provider(name);
      const generated = await generateText({ model, system: 'Be brief.', prompt: `Hello ${name}` });
      // Mistral folds the system prompt into the first instruction, so the echo carries it too.
      expect(generated.text).toContain(`Hello ${name}`);
      expect(generated.finishReason).toBe('stop');
      expect(generated.usage.promptTokens).toBeGreaterThan(0);
      expect(generated.usage.completionTokens).toBeGreaterThan(0);
      // Thinking variants warn that max_tokens was raised above the thinking budget and that ai's temperature was dropped.
      const expectedWarnings = name.endsWith('-Thinking') && name.startsWith('Claude') ? 2 : 0;
      expect(generated.warnings ?? []).toHaveLength(expectedWarnings);
      const streamed = streamText({ model, prompt: `Stream ${name}` });
      let text = '';
      for await (const delta of streamed.textStream) text += delta;
      expect(text).toContain(`You said: Stream ${name}`);
      expect(text).not.toMatch(/<\/?(think|reasoning)>|Let me think/);
      expect((await streamed.usage).promptTokens).toBeGreaterThan(0);
      expect(env.emulator.requests().map(request => [request.operation, request.status])).toEqual([
        ['InvokeModel', 200],
        ['InvokeModelWithResponseStream', 200],
      ]);
    },
  );
});
