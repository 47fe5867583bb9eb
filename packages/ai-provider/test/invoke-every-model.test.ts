import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { listBedrockWrapperSupportedModels } from '../src/catalog/list-bedrock-wrapper-supported-models';
import { resolveModel } from '../src/catalog/resolve-model';
import { useEmulatedProvider } from '../src/test-utils/emulated-provider';

const env = useEmulatedProvider();

/**
 * ai@4 sends `temperature: 0` unless told otherwise. Claude drops it with a warning where it takes no sampling parameters
 * (Opus 4.7 and later) or while thinking; budget thinking also warns that max_tokens was raised above the budget.
 */
function expectedWarnings(name: string): number {
  const { entry, defaultReasoning } = resolveModel(name, { region: 'us-east-1' });
  if (entry.family !== 'anthropic') return 0;
  if (entry.sampling?.none) return 1;
  const reasoning = entry.reasoning;
  if (!defaultReasoning.enabled || reasoning?.kind !== 'anthropic-thinking') return 0;
  return reasoning.form === 'budget' ? 2 : 1;
}
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
      expect(generated.warnings ?? []).toHaveLength(expectedWarnings(name));
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
