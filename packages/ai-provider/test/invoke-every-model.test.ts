import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { listBedrockWrapperSupportedModels } from '../src/catalog/list-bedrock-wrapper-supported-models';
import { useEmulatedProvider } from '../src/test-utils/emulated-provider';

const env = useEmulatedProvider();

/**
 * ai@4 sends `temperature: 0` unless told otherwise. Claude drops it with a warning where it takes no sampling parameters
 * (Opus 4.7 and later) or while thinking; budget thinking also warns that max_tokens was raised above the budget.
 */
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
      // The caller set nothing (ai@4's default temperature 0 included), so nothing is worth a warning.
      expect(generated.warnings ?? []).toEqual([]);
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
