import { readFileSync } from 'node:fs';
import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulatedProvider } from '../src/test-utils/emulated-provider';
import { PLAIN_CALL } from '../src/test-utils/plain-call';

/**
 * Real Bedrock answers recorded by other projects (packages/emulator/fixtures/bedrock-recorded, provenance in
 * PROVENANCE.md), replayed byte for byte by the emulator and read by the provider through the real SDK.
 */
const env = useEmulatedProvider();
const replay = (name: string) => env.emulator.script({ replay: name });
const converse = (name: string) => env.provider(name, { api: 'converse' });

/** doStream parts (tool calls without tools offered are the recording's, not ai's concern). */
async function streamParts(model: ReturnType<typeof converse>) {
  const { stream } = await model.doStream(PLAIN_CALL);
  const parts: Array<{ type: string }> = [];
  for await (const part of stream as unknown as AsyncIterable<{ type: string }>) parts.push(part);
  return parts;
}

describe('recorded Converse answers', () => {
  it('Claude reasoning with a signature', async () => {
    replay('converse-claude-reasoning');
    const result = await generateText({
      model: converse('us.anthropic.claude-3-7-sonnet-20250219-v1:0'),
      prompt: 'x',
    });
    expect(result.text).toContain('There are **3** r');
    expect(result.reasoningDetails[0]).toMatchObject({
      type: 'text',
      text: expect.stringContaining('s-t-r-a-w'),
      signature: expect.stringMatching(/^EvYB/),
    });
  });

  it('gpt-oss reasoning and a tool name with a leaked channel marker', async () => {
    replay('converse-gpt-oss-20b-reasoning-tooluse');
    const result = await converse('GPT-OSS-20B').doGenerate(PLAIN_CALL);
    expect(JSON.stringify(result.reasoning)).toContain('Extract product information');
    expect(result.toolCalls?.map(call => call.toolName)).toEqual(['json']);
  });

  it('DeepSeek-R1 puts its text before its reasoning', async () => {
    replay('converse-deepseek-r1-reasoning');
    const result = await generateText({ model: converse('DeepSeek-R1'), prompt: 'x' });
    expect(result.text).toContain('Crossing the street safely');
    expect(result.reasoning?.length).toBeGreaterThan(0);
    expect(result.text).not.toContain(result.reasoning!.slice(0, 40));
  });

  it('Kimi K2 answers with an unclosed <think> marker: the answer stays an answer, the same when streamed (converse-codec.test.ts)', async () => {
    // The recorded text is ' <think> The temperature in London is 30°C.': only the lone marker is left out.
    replay('converse-kimi-k2-thinking-tool-call#1');
    const result = await generateText({ model: converse('Kimi-K2'), prompt: 'x' });
    expect(result.text).toBe('  The temperature in London is 30°C.');
    expect(result.reasoning).toBeUndefined();
  });

  it('MiniMax M2: its reasoning as reasoning, then the JSON answer as text', async () => {
    replay('converse-minimax-m2-structured-output');
    const minimax = await generateText({ model: converse('MiniMax-M2'), prompt: 'x' });
    expect(minimax.reasoning).toContain('Paris');
    expect(JSON.parse(minimax.text)).toMatchObject({ city: 'Paris' });
  });

  it.each([
    ['Qwen3-32B', 'converse-qwen3-32b-structured-output'],
    ['Gemma-3-27b', 'converse-gemma-3-27b-structured-output'],
  ])('%s: a plain text answer, no reasoning', async (model, fixture) => {
    replay(fixture);
    const result = await generateText({ model: converse(model), prompt: 'x' });
    expect(result.text.length).toBeGreaterThan(0);
    expect(result.reasoning).toBeUndefined();
  });

  it('Nova: parallel tool calls, finished as tool-calls', async () => {
    replay('converse-nova-micro-tool-use');
    const tools = await env.provider('Nova-Micro', { api: 'converse' }).doGenerate(PLAIN_CALL);
    expect(tools.toolCalls?.length).toBe(2);
    expect(tools.finishReason).toBe('tool-calls');
  });

  it('a guardrail intervention finishes as content-filter, with its trace', async () => {
    replay('converse-titan-guardrail-intervened');
    const guarded = await generateText({ model: converse('Nova-Lite'), prompt: 'x' });
    expect(guarded.finishReason).toBe('content-filter');
    expect(guarded.providerMetadata?.bedrockWrapper?.trace).toBeDefined();
  });
});

describe('recorded ConverseStream answers', () => {
  const stream = async (model: string, fixture: string) => {
    replay(fixture);
    const result = streamText({ model: converse(model), prompt: 'x' });
    const parts: Array<{ type: string }> = [];
    for await (const part of result.fullStream) parts.push(part);
    return { result, parts };
  };

  it('Claude reasoning deltas then a signature, then text', async () => {
    const { result } = await stream(
      'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
      'converse-stream-claude-reasoning.events',
    );
    expect((await result.reasoningDetails)[0]).toMatchObject({ type: 'text', signature: expect.any(String) });
    expect((await result.text).length).toBeGreaterThan(0);
  });

  it('Claude 3.7 redacted thinking', async () => {
    const { result } = await stream(
      'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
      'converse-stream-claude-3-7-redacted-thinking',
    );
    // The recorded blobs, read from the raw bytes: each must come through unchanged as the redacted data.
    const fixture = readFileSync(
      new URL(
        '../../emulator/fixtures/bedrock-recorded/converse-stream-claude-3-7-redacted-thinking.json',
        import.meta.url,
      ),
      'utf8',
    );
    const raw = Buffer.from(/"eventstream_base64": "([^"]+)"/.exec(fixture)?.[1] ?? '', 'base64').toString(
      'latin1',
    );
    const recorded = [...raw.matchAll(/"redactedContent":"([^"]+)"/g)].map(match => match[1]);
    expect(recorded.length).toBeGreaterThan(0);
    expect((await result.reasoningDetails).map(detail => detail.type === 'redacted' && detail.data)).toEqual(
      recorded,
    );
  });

  it('Kimi K2 streams its reasoning inline as <think> text: split into reasoning', async () => {
    const { result } = await stream('Kimi-K2', 'converse-stream-kimi-k2-thinking.events');
    expect(await result.text).not.toMatch(/<\/?think>/);
    expect((await result.reasoning)?.length).toBeGreaterThan(0);
  });

  it('a live Claude Sonnet 4.6 capture and Claude 3 tool use', async () => {
    const live = await stream('Claude-Sonnet-4-6', 'converse-stream-claude-sonnet-4-6-raw');
    expect((await live.result.text).length).toBeGreaterThan(0);
    expect(await live.result.finishReason).toBe('stop');
    replay('converse-stream-claude-3-sonnet-tool-use#1');
    const parts = await streamParts(converse('anthropic.claude-3-haiku-20240307-v1:0'));
    expect(parts.filter(part => part.type === 'tool-call')).toEqual([
      {
        type: 'tool-call',
        toolCallType: 'function',
        toolCallId: 'tooluse_wl-Hty8UR4W2IonLjtoNbw',
        toolName: 'get_cities_list',
        args: expect.any(String),
      },
    ]);
  });
});

describe('recorded InvokeModel answers (Claude)', () => {
  it('tool use and prompt-cache usage', async () => {
    replay('invoke-claude-3-5-sonnet-tool-use');
    const tools = await env.provider('anthropic.claude-3-5-sonnet-20240620-v1:0').doGenerate(PLAIN_CALL);
    expect(tools.text).toMatch(/^Certainly!/);
    expect(tools.toolCalls).toEqual([
      {
        toolCallType: 'function',
        toolCallId: 'toolu_bdrk_01Y5MJKoHE4VJ5ZrhcVfM1gP',
        toolName: 'get_current_weather',
        args: '{"location":"Seattle"}',
      },
      {
        toolCallType: 'function',
        toolCallId: 'toolu_bdrk_014yQPSMntXHRmzGYxCbmBHE',
        toolName: 'get_current_weather',
        args: '{"location":"San Francisco"}',
      },
    ]);
    expect(tools.finishReason).toBe('tool-calls');
    replay('invoke-claude-3-5-haiku-prompt-cache');
    const cached = await generateText({
      model: env.provider('anthropic.claude-3-5-haiku-20241022-v1:0'),
      prompt: 'x',
    });
    expect(cached.providerMetadata?.bedrockWrapper?.cacheWriteInputTokens).toBeGreaterThan(0);
  });

  it('streams: Claude v2 messages and Claude 3.5 tool use', async () => {
    replay('imwrs-claude-v2-messages-stream');
    const text = streamText({ model: env.provider('anthropic.claude-3-haiku-20240307-v1:0'), prompt: 'x' });
    let received = '';
    for await (const delta of text.textStream) received += delta;
    expect(received.length).toBeGreaterThan(0);
    expect((await text.providerMetadata)?.bedrockWrapper?.invocationMetrics).toMatchObject({
      inputTokenCount: expect.any(Number),
    });
    replay('imwrs-claude-3-5-sonnet-tool-use-stream');
    const parts = await streamParts(env.provider('anthropic.claude-3-5-sonnet-20240620-v1:0'));
    expect(parts.filter(part => part.type === 'tool-call').length).toBeGreaterThan(0);
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'tool-calls' });
  });
});
