import { describe, expect, it } from 'vitest';
import { listBedrockWrapperSupportedModels } from '../src/catalog/list-bedrock-wrapper-supported-models';
import { testSettings, useEmulatedProvider } from '../src/test-utils/emulated-provider';
import { bedrockWrapperProvider } from '../src/v4/bedrock-wrapper-provider-v4';

const env = useEmulatedProvider();

/**
 * The stop reason Bedrock words for a plain answer that ended by itself, as the emulator sends it (its family handlers
 * cite the AWS parameter pages and the recorded answers): Converse says `end_turn` for every model
 * (API_runtime_ConverseOutput's stopReason); on InvokeModel Claude and Nova say `end_turn` in their own bodies, the
 * OpenAI-chat bodies `stop` as finish_reason, and the prompt-completion families `stop` as stop_reason.
 */
function plainStopReason(api: 'invoke' | 'converse', family: string): string {
  if (api === 'converse' || family === 'anthropic' || family === 'nova') return 'end_turn';
  return 'stop';
}

const CASES = listBedrockWrapperSupportedModels().flatMap(model =>
  (['invoke', 'converse'] as const)
    .filter(api => model.apis[api])
    .map(api => [model.name, api, model.family] as const),
);

/**
 * LanguageModelV3 and V4 carry Bedrock's own stop reason beside the unified one (`finishReason.raw`, which ai@6 and
 * ai@7 hand to the caller as `rawFinishReason`): every model on every API it has, whole answers and streams.
 */
describe('the raw stop reason of every catalog model on each of its APIs, through /v4', () => {
  it.each(CASES)('%s on %s (%s)', async (name, api, family) => {
    const provider = bedrockWrapperProvider(testSettings(env.emulator.url));
    const model = provider(name, { api });
    const prompt = [{ role: 'user' as const, content: [{ type: 'text' as const, text: `Hello ${name}` }] }];
    const expected = { unified: 'stop', raw: plainStopReason(api, family) };

    const generated = await model.doGenerate({ prompt });
    expect(generated.finishReason).toEqual(expected);

    const { stream } = await model.doStream({ prompt });
    const parts: Array<{ type: string; finishReason?: unknown }> = [];
    const reader = stream.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) parts.push(read.value);
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: expected });
  });
});
