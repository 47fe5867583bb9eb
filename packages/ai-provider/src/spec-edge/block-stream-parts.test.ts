import type { LanguageModelV2StreamPart } from '@ai-sdk/provider-v2';
import { describe, expect, it } from 'vitest';
import type { CorePart, CoreUsage } from '../core/core-parts';
import { blockStreamParts } from './block-stream-parts';
import type { EdgeCallPlan } from './convert-edge-call';
import { edgeFinishReason, flatUsage } from './edge-result';

function convert(parts: CorePart[], plan: Partial<EdgeCallPlan> = {}) {
  const fullPlan: EdgeCallPlan = {
    request: { prompt: [], tools: [] },
    output: 'regular',
    notices: [],
    ...plan,
  };
  const out: LanguageModelV2StreamPart[] = [];
  const emit = (part: LanguageModelV2StreamPart) => out.push(part);
  const mapper = blockStreamParts<LanguageModelV2StreamPart>(
    fullPlan,
    [{ type: 'other', message: 'w' }],
    (end, jsonTool) => ({
      type: 'finish',
      finishReason: edgeFinishReason(end.finishReason, jsonTool).unified,
      usage: flatUsage(end.usage),
      providerMetadata: end.providerMetadata as never,
    }),
  );
  mapper.start(emit);
  for (const part of parts) mapper.push(part, emit);
  mapper.flush(emit);
  return out;
}

const usage = (inputTokens?: number, outputTokens?: number): CoreUsage => ({
  inputTokens,
  outputTokens,
  cacheReadTokens: undefined,
  cacheWriteTokens: undefined,
  reasoningTokens: undefined,
  raw: undefined,
});

const finish: CorePart = {
  type: 'finish',
  finishReason: { unified: 'tool-calls', raw: 'tool_use' },
  usage: usage(10),
  providerMetadata: {},
};

describe('blockStreamParts', () => {
  it('opens and closes reasoning and text blocks with ids, signature as metadata', async () => {
    expect(
      await convert([
        { type: 'reasoning', textDelta: 'a' },
        { type: 'reasoning', textDelta: 'b' },
        { type: 'reasoning-signature', signature: 'sig' },
        { type: 'redacted-reasoning', data: 'opaque' },
        { type: 'text-delta', textDelta: '' },
        { type: 'text-delta', textDelta: 'Hi' },
        {
          type: 'tool-call-delta',
          toolCallType: 'function',
          toolCallId: 'c1',
          toolName: 'w',
          argsTextDelta: '{"x"',
        },
        {
          type: 'tool-call-delta',
          toolCallType: 'function',
          toolCallId: 'c1',
          toolName: 'w',
          argsTextDelta: ':1}',
        },
        { type: 'tool-call', toolCallType: 'function', toolCallId: 'c1', toolName: 'w', args: '{"x":1}' },
        finish,
      ]),
    ).toEqual([
      { type: 'stream-start', warnings: [{ type: 'other', message: 'w' }] },
      { type: 'reasoning-start', id: '0' },
      { type: 'reasoning-delta', id: '0', delta: 'a' },
      { type: 'reasoning-delta', id: '0', delta: 'b' },
      {
        type: 'reasoning-delta',
        id: '0',
        delta: '',
        providerMetadata: { bedrockWrapper: { signature: 'sig' } },
      },
      { type: 'reasoning-end', id: '0' },
      { type: 'reasoning-start', id: '1' },
      {
        type: 'reasoning-delta',
        id: '1',
        delta: '',
        providerMetadata: { bedrockWrapper: { redactedData: 'opaque' } },
      },
      { type: 'reasoning-end', id: '1' },
      { type: 'text-start', id: '2' },
      { type: 'text-delta', id: '2', delta: 'Hi' },
      { type: 'text-end', id: '2' },
      { type: 'tool-input-start', id: 'c1', toolName: 'w' },
      { type: 'tool-input-delta', id: 'c1', delta: '{"x"' },
      { type: 'tool-input-delta', id: 'c1', delta: ':1}' },
      { type: 'tool-input-end', id: 'c1' },
      { type: 'tool-call', toolCallId: 'c1', toolName: 'w', input: '{"x":1}' },
      {
        type: 'finish',
        finishReason: 'tool-calls',
        usage: {
          inputTokens: 10,
          outputTokens: undefined,
          totalTokens: undefined,
          reasoningTokens: undefined,
          cachedInputTokens: undefined,
        },
        providerMetadata: {},
      },
    ]);
  });

  it('streams a JSON tool call as text and reports stop', async () => {
    const out = await convert(
      [
        {
          type: 'tool-call-delta',
          toolCallType: 'function',
          toolCallId: 'j',
          toolName: 'json',
          argsTextDelta: '{"a":',
        },
        {
          type: 'tool-call-delta',
          toolCallType: 'function',
          toolCallId: 'j',
          toolName: 'json',
          argsTextDelta: '1}',
        },
        { type: 'tool-call', toolCallType: 'function', toolCallId: 'j', toolName: 'json', args: '{"a":1}' },
        finish,
      ],
      { output: 'json-tool', jsonToolName: 'json' },
    );
    expect(out.slice(1, 5)).toEqual([
      { type: 'text-start', id: '0' },
      { type: 'text-delta', id: '0', delta: '{"a":' },
      { type: 'text-delta', id: '0', delta: '1}' },
      { type: 'text-end', id: '0' },
    ]);
    expect(out.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop' });
  });

  it('drops a preamble the model wrote before the forced JSON tool call', async () => {
    const out = await convert(
      [
        { type: 'text-delta', textDelta: 'I will call json.' },
        { type: 'tool-call', toolCallType: 'function', toolCallId: 'j', toolName: 'json', args: '{"a":1}' },
        finish,
      ],
      { output: 'json-tool', jsonToolName: 'json' },
    );
    expect(out.filter(part => part.type === 'text-delta')).toEqual([
      { type: 'text-delta', id: '0', delta: '{"a":1}' },
    ]);
  });

  it('delivers the held text when no JSON tool call came', async () => {
    const out = await convert(
      [{ type: 'text-delta', textDelta: 'I cannot ' }, { type: 'text-delta', textDelta: 'do that.' }, finish],
      { output: 'json-tool', jsonToolName: 'json' },
    );
    expect(out.filter(part => part.type === 'text-delta')).toEqual([
      { type: 'text-delta', id: '0', delta: 'I cannot do that.' },
    ]);
  });

  it('passes errors on after what was already streamed', async () => {
    const out = await convert([
      { type: 'text-delta', textDelta: 'partial' },
      { type: 'error', error: new Error('boom') },
      {
        type: 'finish',
        finishReason: { unified: 'error', raw: undefined },
        usage: usage(1, 1),
        providerMetadata: {},
      },
    ]);
    expect(out.map(part => part.type)).toEqual([
      'stream-start',
      'text-start',
      'text-delta',
      'error',
      'text-end',
      'finish',
    ]);
  });
});
