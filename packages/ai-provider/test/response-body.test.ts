import { generateText } from 'ai';
import { describe, expect, it } from 'vitest';
import { testSettings, useEmulatedProvider } from '../src/test-utils/emulated-provider';
import { bedrockWrapperProvider } from '../src/v4/bedrock-wrapper-provider-v4';

const env = useEmulatedProvider();
const TEXT = 'Hi there';

/**
 * A whole answer's body, parsed, is the response body the specifications have room for (`response.body` of
 * LanguageModelV2-V4, `rawResponse.body` of V1), in the shape Bedrock gave it: each family's own answer on InvokeModel
 * (the AWS parameter pages; invoke-*.json), Converse's output on Converse (API_runtime_Converse).
 */
const CASES = [
  [
    'Claude-4-5-Sonnet',
    'invoke',
    { type: 'message', content: [{ type: 'text', text: TEXT }], stop_reason: 'end_turn' },
  ],
  [
    'Claude-4-5-Sonnet',
    'converse',
    { output: { message: { role: 'assistant', content: [{ text: TEXT }] } }, stopReason: 'end_turn' },
  ],
  [
    'Nova-Pro',
    'invoke',
    { output: { message: { role: 'assistant', content: [{ text: TEXT }] } }, stopReason: 'end_turn' },
  ],
  ['Llama-3-3-70b', 'invoke', { generation: TEXT, stop_reason: 'stop' }],
  ['Qwen3-32B', 'invoke', { choices: [{ message: { content: TEXT }, finish_reason: 'stop' }] }],
] as const;

describe('the response body of a whole answer, as Bedrock sent it', () => {
  it.each(CASES)('%s on %s, through /v4', async (name, api, shape) => {
    env.emulator.script({ reply: { text: TEXT } });
    const model = bedrockWrapperProvider(testSettings(env.emulator.url))(name, { api });
    const result = await model.doGenerate({
      prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hello' }] }],
    });
    expect(result.response?.body).toMatchObject(shape);
  });

  it('through ai@4 (LanguageModelV1 rawResponse)', async () => {
    env.emulator.script({ reply: { text: TEXT } });
    const result = await generateText({ model: env.provider('Claude-4-5-Sonnet'), prompt: 'Hello' });
    expect(result.response.body).toMatchObject(CASES[0][2]);
  });
});
