import { InvalidArgumentError } from '@ai-sdk/provider';
import { generateText, streamText, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import { resolveModel } from '../../catalog/resolve-model';
import { citySchema } from '../../test-utils/city-schema';
import { codecContext } from '../../test-utils/codec-context';
import { useEmulatedProvider } from '../../test-utils/emulated-provider';

// The keys of the Jamba body (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-jamba.html).
const JAMBA_KEYS = [
  'messages',
  'max_tokens',
  'temperature',
  'top_p',
  'stop',
  'n',
  'frequency_penalty',
  'presence_penalty',
];

const CHAT = [
  { role: 'system' as const, content: 'Be brief.' },
  { role: 'user' as const, content: [{ type: 'text' as const, text: 'Hi' }] },
  { role: 'assistant' as const, content: [{ type: 'text' as const, text: 'Hello.' }] },
  { role: 'user' as const, content: [{ type: 'text' as const, text: 'And now?' }] },
];

describe('Jamba InvokeModel body', () => {
  it('sends the messages as strings and the sampling fields of the Jamba page', () => {
    const { ctx, codec } = codecContext('Jamba-1-5-Large', CHAT, {
      temperature: 1.5,
      topP: 0.9,
      stopSequences: ['END'],
      presencePenalty: 0.1,
      frequencyPenalty: 0.2,
    });
    const body = codec.buildRequest(ctx).body;
    expect(body).toEqual({
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello.' },
        { role: 'user', content: 'And now?' },
      ],
      max_tokens: 4096,
      temperature: 1.5,
      top_p: 0.9,
      stop: ['END'],
      presence_penalty: 0.1,
      frequency_penalty: 0.2,
    });
    expect(Object.keys(body).filter(key => !JAMBA_KEYS.includes(key))).toEqual([]);
  });

  it('leaves out topK and seed, which the body has no key for, with a warning each', () => {
    const { ctx, codec } = codecContext('Jamba-1-5-Mini', CHAT, { topK: 5, seed: 7 });
    const body = codec.buildRequest(ctx).body;
    expect(body).not.toHaveProperty('top_k');
    expect(body).not.toHaveProperty('seed');
    expect(ctx.warnings).toEqual([
      { type: 'unsupported-setting', setting: 'topK' },
      { type: 'unsupported-setting', setting: 'seed' },
    ]);
  });

  it('takes a temperature up to 2 and refuses one above, before sending', () => {
    expect(() => codecContext('Jamba-1-5-Mini', CHAT, { temperature: 2 })).not.toThrow();
    expect(() => codecContext('Jamba-1-5-Mini', CHAT, { temperature: 2.5 })).toThrow(InvalidArgumentError);
    expect(() => codecContext('Jamba-1-5-Mini', CHAT, { temperature: 2.5 })).toThrow(
      /model-parameters-jamba/,
    );
  });

  it('moves a call with tools to Converse, with a warning (no tools in the InvokeModel body)', () => {
    const tools = [{ type: 'function' as const, name: 'lookup', parameters: { type: 'object' as const } }];
    const { ctx, codec } = codecContext('Jamba-1-5-Mini', CHAT, { mode: { type: 'regular', tools } });
    expect(codec.api).toBe('converse');
    expect(ctx.warnings[0]).toMatchObject({
      type: 'other',
      message: expect.stringContaining('tools are only accepted on Converse'),
    });
  });

  it('resolves a raw id it does not list to the Jamba family by its id start', () => {
    expect(resolveModel('ai21.jamba-2-0-v1:0', { region: 'us-east-1' }).entry.family).toBe('jamba');
  });
});

describe('Jamba through ai@4 and the emulator', () => {
  const env = useEmulatedProvider();

  it('generateText sends the Jamba body to InvokeModel and reads the answer', async () => {
    const result = await generateText({
      model: env.provider('Jamba-1-5-Mini'),
      system: 'Be brief.',
      prompt: 'Hello there',
      maxTokens: 100,
    });
    expect(result.text).toBe('You said: Hello there This is the emulator answering.');
    expect(result.finishReason).toBe('stop');
    const [request] = env.emulator.requests();
    expect(request!.operation).toBe('InvokeModel');
    expect(request!.modelId).toBe('ai21.jamba-1-5-mini-v1:0');
    expect(request!.body).toEqual({
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hello there' },
      ],
      max_tokens: 100,
      temperature: 0, // ai@4's default
    });
  });

  it('streamText streams the answer and its usage from InvokeModelWithResponseStream', async () => {
    const result = streamText({ model: env.provider('Jamba-1-5-Large'), prompt: 'Hello there' });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(1);
    expect(await result.text).toBe('You said: Hello there This is the emulator answering.');
    expect((await result.usage).completionTokens).toBeGreaterThan(0);
    expect(env.emulator.requests()[0]!.operation).toBe('InvokeModelWithResponseStream');
  });

  it('streamText with a tool streams the tool call from ConverseStream', async () => {
    env.emulator.script({ reply: { toolCalls: [{ name: 'lookup', input: { city: 'Oslo' } }] } });
    const result = streamText({
      model: env.provider('Jamba-1-5-Large'),
      prompt: 'Weather in Oslo?',
      tools: {
        lookup: tool({
          parameters: citySchema(),
        }),
      },
    });
    const calls: Array<[string, unknown]> = [];
    for await (const part of result.fullStream)
      if (part.type === 'tool-call') calls.push([part.toolName, part.args]);
    expect(calls).toEqual([['lookup', { city: 'Oslo' }]]);
    const [request] = env.emulator.requests();
    expect(request!.operation).toBe('ConverseStream');
    expect(request!.body).toMatchObject({
      toolConfig: { tools: [{ toolSpec: { name: 'lookup' } }], toolChoice: { auto: {} } },
    });
  });
});
