import { generateObject, generateText, jsonSchema, streamText, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import { citySchema } from '../../test-utils/city-schema';
import { useEmulatedProvider } from '../../test-utils/emulated-provider';

const env = useEmulatedProvider();

describe('Claude on InvokeModel through ai@4', () => {
  it('generateText sends the Messages body and reads text, usage and metadata', async () => {
    const result = await generateText({
      model: env.provider('Claude-4-5-Sonnet'),
      system: 'Be brief.',
      prompt: 'Hello there',
      temperature: 0.5,
    });
    expect(result.text).toBe('You said: Hello there This is the emulator answering.');
    expect(result.finishReason).toBe('stop');
    expect(result.usage.promptTokens).toBeGreaterThan(0);
    const [request] = env.emulator.requests();
    expect(request!.operation).toBe('InvokeModel');
    expect(request!.modelId).toBe('us.anthropic.claude-sonnet-4-5-20250929-v1:0');
    expect(request!.body).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 4096,
      system: [{ type: 'text', text: 'Be brief.' }],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hello there' }] }],
      temperature: 0.5,
    });
    expect(result.response.id).toMatch(/^msg_bdrk_/);
    expect(result.providerMetadata?.bedrockWrapper).toMatchObject({
      api: 'invoke',
      requestId: expect.any(String),
    });
  });

  it('streamText streams text deltas and reasoning with its signature for a -Thinking model', async () => {
    const result = streamText({ model: env.provider('Claude-4-5-Sonnet-Thinking'), prompt: 'Think first' });
    const parts: string[] = [];
    for await (const part of result.fullStream) parts.push(part.type);
    expect(await result.text).toBe('You said: Think first This is the emulator answering.');
    expect(await result.reasoning).toContain('Let me think about this step by step.');
    const details = await result.reasoningDetails;
    expect(details[0]).toMatchObject({ type: 'text', signature: expect.stringMatching(/^Eq/) });
    expect(parts.filter(type => type === 'text-delta').length).toBeGreaterThan(1);
    const body = env.emulator.requests()[0]!.body as Record<string, unknown>;
    expect(body.thinking).toEqual({ type: 'enabled', budget_tokens: 16000 });
    expect(body.max_tokens).toBe(20096);
  });

  it('runs tools over two steps with thinking: the signed thinking block goes back first', async () => {
    const result = await generateText({
      model: env.provider('Claude-4-5-Sonnet-Thinking'),
      prompt: 'Weather in Paris?',
      tools: {
        weather: tool({
          description: 'Weather',
          parameters: citySchema(),
          execute: async ({ city }) => ({ city, temperatureC: 21 }),
        }),
      },
      maxSteps: 3,
    });
    expect(result.steps.length).toBe(2);
    expect(result.text).toContain('21');
    const second = env.emulator.requests()[1]!.body as {
      messages: Array<{ role: string; content: Array<{ type: string }> }>;
    };
    expect(second.messages[1]!.content.map(block => block.type)).toEqual(['thinking', 'text', 'tool_use']);
    expect(second.messages[2]!.content.map(block => block.type)).toEqual(['tool_result']);
  });

  it('generateObject in tool mode', async () => {
    const { object } = await generateObject({
      model: env.provider('Claude-4-5-Haiku'),
      schema: jsonSchema<{ name: string; n: number }>({
        type: 'object',
        properties: { name: { type: 'string' }, n: { type: 'number' } },
        required: ['name', 'n'],
      }),
      prompt: 'Make one',
    });
    expect(object).toEqual({ name: 'sample', n: 1.5 });
  });

  it('generateObject in json mode', async () => {
    const { object } = await generateObject({
      model: env.provider('Claude-4-5-Haiku'),
      mode: 'json',
      schema: jsonSchema<{ title: string }>({
        type: 'object',
        properties: { title: { type: 'string' } },
        required: ['title'],
      }),
      prompt: 'Make one',
    });
    expect(object).toEqual({ title: 'sample' });
  });
});

describe('Converse path', () => {
  it('Claude on Converse', async () => {
    const result = await generateText({
      model: env.provider('Claude-4-5-Sonnet', { api: 'converse' }),
      prompt: 'Hi via converse',
    });
    expect(result.text).toBe('You said: Hi via converse This is the emulator answering.');
    expect(env.emulator.requests()[0]!.operation).toBe('Converse');
  });

  it('generateObject with Claude on Converse (forced tool)', async () => {
    const { object } = await generateObject({
      model: env.provider('Claude-4-5-Haiku', { api: 'converse' }),
      schema: jsonSchema<{ name: string }>({
        type: 'object',
        properties: { name: { type: 'string' } },
        required: ['name'],
      }),
      prompt: 'Make one',
    });
    expect(object).toEqual({ name: 'sample' });
    expect(env.emulator.requests()[0]!.body).toMatchObject({
      toolConfig: { toolChoice: { tool: { name: 'json' } } },
    });
  });

  it('Llama with tools on a stream: Converse (not ConverseStream, which rejects tools for Llama), emitted as a stream', async () => {
    const result = streamText({
      model: env.provider('Llama-3-3-70b'),
      prompt: 'Weather?',
      tools: {
        weather: tool({
          parameters: citySchema(),
          execute: async () => 'sunny',
        }),
      },
      maxSteps: 2,
    });
    let text = '';
    for await (const delta of result.textStream) text += delta;
    expect(text).toContain('sunny');
    expect(env.emulator.requests().map(request => request.operation)).toEqual(['Converse', 'Converse']);
    expect((await result.warnings)?.[0]).toMatchObject({
      type: 'other',
      message: expect.stringContaining('tools are only accepted on Converse'),
    });
  });
});
