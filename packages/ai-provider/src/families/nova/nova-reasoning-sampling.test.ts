import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulatedProvider } from '../../test-utils/emulated-provider';

// What Nova 2 refuses while it reasons (nova-reasoning-sampling.ts, with its sources); the emulator answers those
// bodies with a 400 (its nova.reasoningSampling rule), so each call below would fail if the provider sent them.
describe('Nova 2 while reasoning', () => {
  const env = useEmulatedProvider();

  it.each(['invoke', 'converse'] as const)(
    '%s: -Thinking with no settings sends no output limit, no sampling and no warning',
    async api => {
      env.emulator.script({ reply: { text: 'Paris.', reasoning: 'The capital.' } });
      const result = await generateText({
        model: env.provider('Nova-2-Lite-Thinking', { api }),
        prompt: 'Capital?',
      });
      expect(result.text).toBe('Paris.');
      expect(result.warnings).toEqual([]);
      const [request] = env.emulator.requests();
      expect(request?.status).toBe(200);
      if (api === 'invoke')
        expect(request?.body).toMatchObject({
          inferenceConfig: { reasoningConfig: { type: 'enabled', maxReasoningEffort: 'high' } },
        });
      else
        expect(request?.body).toMatchObject({
          additionalModelRequestFields: { reasoningConfig: { type: 'enabled', maxReasoningEffort: 'high' } },
        });
      const inference =
        (request!.body as { inferenceConfig?: Record<string, unknown> }).inferenceConfig ?? {};
      expect(Object.keys(inference).filter(key => key !== 'reasoningConfig')).toEqual([]);
    },
  );

  it.each(['invoke', 'converse'] as const)(
    '%s: at effort high, a chosen output limit, temperature and topP are dropped with a warning each',
    async api => {
      env.emulator.script({ reply: { text: 'Paris.' } });
      const result = streamText({
        model: env.provider('Nova-2-Lite-Thinking', { api }),
        prompt: 'Capital?',
        maxTokens: 1000,
        temperature: 0.5,
        topP: 0.9,
      });
      let text = '';
      for await (const piece of result.textStream) text += piece;
      expect(text).toBe('Paris.');
      expect(await result.warnings).toEqual([
        {
          type: 'unsupported-setting',
          setting: 'temperature',
          details: 'Nova-2-Lite takes no temperature while it reasons; it was not sent.',
        },
        {
          type: 'unsupported-setting',
          setting: 'topP',
          details: 'Nova-2-Lite takes no topP while it reasons; it was not sent.',
        },
        {
          type: 'unsupported-setting',
          setting: 'maxTokens',
          details:
            'Nova-2-Lite takes no output limit at reasoning effort "high" (effort "low" or "medium" keeps one); it was not sent.',
        },
      ]);
      const body = env.emulator.requests()[0]?.body as { inferenceConfig?: Record<string, unknown> };
      expect(body.inferenceConfig).not.toHaveProperty('maxTokens');
      expect(body.inferenceConfig).not.toHaveProperty('temperature');
      expect(body.inferenceConfig).not.toHaveProperty('topP');
    },
  );

  it.each(['invoke', 'converse'] as const)('%s: at effort low the output limit is kept', async api => {
    env.emulator.script({ reply: { text: 'Paris.' } });
    const result = await generateText({
      model: env.provider('Nova-2-Lite', { api }),
      prompt: 'Capital?',
      maxTokens: 1000,
      providerOptions: { bedrockWrapper: { reasoning: { enabled: true, effort: 'low' } } },
    });
    expect(result.warnings).toEqual([]);
    const body = env.emulator.requests()[0]?.body as {
      inferenceConfig?: Record<string, unknown>;
      additionalModelRequestFields?: Record<string, unknown>;
    };
    expect(body.inferenceConfig?.maxTokens).toBe(1000);
    const reasoning =
      api === 'invoke'
        ? body.inferenceConfig?.reasoningConfig
        : body.additionalModelRequestFields?.reasoningConfig;
    expect(reasoning).toEqual({ type: 'enabled', maxReasoningEffort: 'low' });
  });

  it('without reasoning, Nova 2 keeps every setting', async () => {
    env.emulator.script({ reply: { text: 'Paris.' } });
    const result = await generateText({
      model: env.provider('Nova-2-Lite'),
      prompt: 'Capital?',
      maxTokens: 1000,
      temperature: 0.5,
      topP: 0.9,
    });
    expect(result.warnings).toEqual([]);
    expect((env.emulator.requests()[0]!.body as { inferenceConfig?: unknown }).inferenceConfig).toMatchObject(
      {
        maxTokens: 1000,
        temperature: 0.5,
        topP: 0.9,
      },
    );
  });
});
