import { InvalidArgumentError, InvalidPromptError, type LanguageModelV1CallOptions } from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import { describe, expect, it } from 'vitest';
import { useEmulatedProvider } from '../../src/test-utils/emulated-provider';
import { PLAIN_CALL } from '../../src/test-utils/plain-call';

/** Bad input is refused before anything is sent, with an AI SDK error that says what to change. */
const env = useEmulatedProvider();

const bigPng = () => {
  const bytes = new Uint8Array(8 * 1024 * 1024);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
};

async function refusal(
  name: string,
  api: 'invoke' | 'converse',
  options: Partial<LanguageModelV1CallOptions>,
) {
  const error = await env
    .provider(name, { api })
    .doGenerate({ ...PLAIN_CALL, ...options })
    .then(
      () => undefined,
      e => e as Error,
    );
  expect(env.emulator.requests(), 'nothing was sent').toHaveLength(0);
  return error;
}

describe('images given as file parts meet the image limits', () => {
  it.each([
    ['Nova-Pro', 'invoke'],
    ['Nova-Pro', 'converse'],
    ['Claude-4-5-Haiku', 'invoke'],
    ['Claude-4-5-Haiku', 'converse'],
  ] as const)('an 8 MB PNG file part to %s on %s is refused', async (name, api) => {
    for (const data of [convertUint8ArrayToBase64(bigPng())]) {
      const error = await refusal(name, api, {
        prompt: [{ role: 'user', content: [{ type: 'file', data, mimeType: 'image/png' }] }],
      });
      expect(InvalidPromptError.isInstance(error), String(error)).toBe(true);
      expect(error?.message).toMatch(/An image of 8388608 bytes exceeds this model's limit of \d+ bytes/);
    }
  });
});

describe('sampling numbers are checked against their documented range', () => {
  it.each([
    ['temperature', Number.NaN, 'invoke', /temperature must be a finite number; got NaN/],
    ['temperature', Number.NaN, 'converse', /temperature must be a finite number; got NaN/],
    ['topP', Number.POSITIVE_INFINITY, 'invoke', /topP must be a finite number; got Infinity/],
    ['topK', Number.NEGATIVE_INFINITY, 'converse', /topK must be a finite number; got -Infinity/],
    [
      'temperature',
      -0.5,
      'invoke',
      /temperature must be between 0 and 1 on InvokeModel \(https:\/\/docs\.aws\.amazon\.com\/nova\//,
    ],
    ['temperature', 1.5, 'converse', /temperature must be between 0 and 1 on Converse \(https:\/\/docs\.aws/],
    ['topP', 1.01, 'converse', /topP must be between 0 and 1 on Converse/],
    ['topP', -0.1, 'invoke', /topP must be between 0 and 1 on InvokeModel/],
    ['topK', 2.5, 'invoke', /topK must be a whole number at least 0/],
    ['seed', Number.NaN, 'invoke', /seed must be a finite number/],
    ['presencePenalty', Number.POSITIVE_INFINITY, 'converse', /presencePenalty must be a finite number/],
  ] as const)('%s = %s on %s is refused', async (setting, value, api, message) => {
    const error = await refusal('Nova-Pro', api, { [setting]: value });
    expect(InvalidArgumentError.isInstance(error), String(error)).toBe(true);
    expect(error?.message).toMatch(message);
  });

  it('values inside the range are sent unchanged', async () => {
    await env
      .provider('Nova-Pro', { api: 'converse' })
      .doGenerate({ ...PLAIN_CALL, temperature: 1, topP: 0 });
    expect(env.emulator.requests()[0]!.body).toMatchObject({ inferenceConfig: { temperature: 1, topP: 0 } });
  });
});

describe('tool names are checked against the API rule', () => {
  const tool = (name: string): LanguageModelV1CallOptions['mode'] => ({
    type: 'regular',
    tools: [{ type: 'function', name, parameters: { type: 'object', properties: {} } }],
  });

  it.each(['has space', 'x'.repeat(65), 'dot.ted', 'ünïcode', ''])(
    '%j is refused on Converse',
    async name => {
      const error = await refusal('Nova-Pro', 'converse', { mode: tool(name) });
      expect(InvalidArgumentError.isInstance(error), String(error)).toBe(true);
      expect(error?.message).toMatch(
        /is not accepted on Converse: a tool name there is 1 to 64 characters.*Rename the tool/,
      );
    },
  );

  it('a valid 64-character name with "-" and "_" is sent unchanged', async () => {
    const name = `a-b_${'c'.repeat(60)}`;
    await env.provider('Nova-Pro', { api: 'converse' }).doGenerate({ ...PLAIN_CALL, mode: tool(name) });
    expect(
      (env.emulator.requests()[0]!.body as { toolConfig: { tools: Array<{ toolSpec: { name: string } }> } })
        .toolConfig.tools[0]!.toolSpec.name,
    ).toBe(name);
  });
});

describe('an InvokeModel body over 25,000,000 bytes (the documented limit) is refused before sending', () => {
  // The body's bytes around the prompt text, measured from what the emulator received for an empty-ish prompt.
  async function overhead(): Promise<number> {
    await env.provider('Claude-4-5-Haiku', { api: 'invoke' }).doGenerate({
      ...PLAIN_CALL,
      prompt: [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
    });
    const sent = JSON.stringify(env.emulator.requests()[0]!.body);
    env.emulator.reset();
    return sent.length - 1;
  }
  const call = (text: string) =>
    env.provider('Claude-4-5-Haiku', { api: 'invoke' }).doGenerate({
      ...PLAIN_CALL,
      prompt: [{ role: 'user', content: [{ type: 'text', text }] }],
    });

  it('a body of exactly 25,000,000 bytes is sent', async () => {
    const around = await overhead();
    await call('a'.repeat(25_000_000 - around));
    expect(env.emulator.requests()).toHaveLength(1);
    expect(env.emulator.requests()[0]!.status).toBe(200);
  });

  it('one byte more is refused with an InvalidPromptError that says what to shrink', async () => {
    const around = await overhead();
    const error = await refusal('Claude-4-5-Haiku', 'invoke', {
      prompt: [{ role: 'user', content: [{ type: 'text', text: 'a'.repeat(25_000_001 - around) }] }],
    });
    expect(InvalidPromptError.isInstance(error), String(error)).toBe(true);
    expect(error?.message).toBe(
      'Invalid prompt: The InvokeModel request body is 25000001 bytes; Bedrock accepts at most 25000000. ' +
        'Send fewer or smaller images and files, or a shorter conversation.',
    );
  });

  it('counts UTF-8 bytes, not characters: 2-byte characters pass the limit in fewer characters', async () => {
    const around = await overhead();
    const characters = Math.ceil((25_000_001 - around) / 2);
    expect(characters + around).toBeLessThan(25_000_000);
    const error = await refusal('Claude-4-5-Haiku', 'invoke', {
      prompt: [{ role: 'user', content: [{ type: 'text', text: 'é'.repeat(characters) }] }],
    });
    expect(InvalidPromptError.isInstance(error), String(error)).toBe(true);
    expect(error?.message).toMatch(/^Invalid prompt: The InvokeModel request body is 2500000[12] bytes/);
  });
});
