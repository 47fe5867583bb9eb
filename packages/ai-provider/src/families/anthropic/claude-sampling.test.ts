import type { JSONValue } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { codecContext } from '../../test-utils/codec-context';
import { effortForBudget } from './claude-sampling';

const USER = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'Hi' }] }];
const MESSAGES = [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }];
const reasoning = (value: Record<string, JSONValue>) => ({
  providerMetadata: { bedrockWrapper: { reasoning: value } },
});
const build = (...args: Parameters<typeof codecContext>) => {
  const { ctx, codec } = codecContext(...args);
  return { body: codec.buildRequest(ctx).body, warnings: ctx.warnings };
};

// https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html: Opus 4.7 "only supports
// adaptive thinking" (enabled + budget_tokens is a 400); enabled is deprecated on Opus 4.6 and Sonnet 4.6; older
// models "require thinking.type: enabled with budget_tokens".
describe('Claude thinking on InvokeModel', () => {
  it('Opus 4.7 -Thinking sends adaptive thinking and leaves the effort to the model', () => {
    expect(build('Claude-Opus-4-7-Thinking', USER)).toEqual({
      body: {
        anthropic_version: 'bedrock-2023-05-31',
        max_tokens: 4096,
        messages: MESSAGES,
        thinking: { type: 'adaptive' },
      },
      warnings: [],
    });
  });

  it('an effort asked for turns thinking on and goes to output_config.effort', () => {
    expect(build('Claude-Opus-4-7', USER, reasoning({ effort: 'medium' })).body).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 4096,
      messages: MESSAGES,
      thinking: { type: 'adaptive' },
      output_config: { effort: 'medium' },
    });
  });

  it.each([
    ['Claude-Opus-4-6', 1024, 'low'],
    ['Claude-Sonnet-4-6', 4095, 'low'],
    ['Claude-Sonnet-4-6', 4096, 'medium'],
    ['Claude-Opus-4-6', 16383, 'medium'],
    ['Claude-Opus-4-6', 16384, 'high'],
    ['Claude-Opus-4-7', 64000, 'high'],
  ])('%s: a budget of %i tokens becomes effort %s (max_tokens untouched)', (name, budgetTokens, effort) => {
    const { body, warnings } = build(name, USER, reasoning({ enabled: true, budgetTokens }));
    expect(body).toMatchObject({
      max_tokens: 4096,
      thinking: { type: 'adaptive' },
      output_config: { effort },
    });
    expect(body).not.toHaveProperty('thinking.budget_tokens');
    expect(warnings).toEqual([]);
    expect(effortForBudget(budgetTokens)).toBe(effort);
  });

  it('models before Opus 4.6 keep enabled + budget_tokens, with max_tokens raised above the budget', () => {
    expect(build('Claude-4-5-Sonnet-Thinking', USER)).toEqual({
      body: {
        anthropic_version: 'bedrock-2023-05-31',
        max_tokens: 20096,
        messages: MESSAGES,
        thinking: { type: 'enabled', budget_tokens: 16000 },
      },
      // The caller set neither max_tokens nor a budget: raising the default is no news to them.
      warnings: [],
    });
    expect(build('Claude-4-5-Sonnet-Thinking', USER, { maxTokens: 4096 }).warnings).toEqual([
      {
        type: 'other',
        message: 'Thinking needs max_tokens above its budget: max_tokens 4096 -> 20096, budget_tokens 16000.',
      },
    ]);
  });

  // "temperature is deprecated for this model" (real Bedrock 400 on Opus 4.7, https://github.com/github/copilot-sdk/issues/1557).
  it('Opus 4.7 takes no temperature, topP or topK: each is dropped with a warning', () => {
    const { body, warnings } = build('Claude-Opus-4-7', USER, { temperature: 0.2, topP: 0.9, topK: 5 });
    expect(body).toEqual({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 4096, messages: MESSAGES });
    expect(warnings).toEqual(
      ['temperature', 'topP', 'topK'].map(setting => ({
        type: 'unsupported-setting',
        setting,
        details: `Claude-Opus-4-7 takes no ${setting}; it was not sent.`,
      })),
    );
  });

  it('a model without sampling rules sends all three (Claude 3.7 Sonnet)', () => {
    expect(
      build('anthropic.claude-3-7-sonnet-20250219-v1:0', USER, { temperature: 0.2, topP: 0.9, topK: 5 }).body,
    ).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 4096,
      messages: MESSAGES,
      temperature: 0.2,
      top_p: 0.9,
      top_k: 5,
    });
  });

  // Fable 5.1: "adaptive thinking is always on and cannot be disabled"; forced tool use is then refused
  // (https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-fable-5-1.html).
  it('an always-thinking model is never forced to a tool; an effort still reaches it', () => {
    const { body, warnings } = build('Claude-Fable-5-1', USER, {
      mode: {
        type: 'regular',
        tools: [{ type: 'function', name: 'w', parameters: { type: 'object' } }],
        toolChoice: { type: 'required' },
      },
      ...reasoning({ effort: 'low' }),
    });
    expect(body).toMatchObject({
      thinking: { type: 'adaptive' },
      output_config: { effort: 'low' },
      tool_choice: { type: 'auto' },
    });
    expect(warnings).toEqual([
      {
        type: 'other',
        message: 'Claude cannot be forced to use a tool while thinking; tool_choice was sent as auto.',
      },
    ]);
    expect(build('Claude-Fable-5-1', USER).body).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 4096,
      messages: MESSAGES,
    });
  });
});

describe('thinking after a tool turn', () => {
  const signed = { type: 'reasoning' as const, text: 'Look it up.', signature: 'sig' };
  const call = { type: 'tool-call' as const, toolCallId: 't1', toolName: 'w', args: {} };
  const toolTurn = (...content: Array<typeof signed | typeof call>) =>
    [
      ...USER,
      { role: 'assistant' as const, content },
      {
        role: 'tool' as const,
        content: [{ type: 'tool-result' as const, toolCallId: 't1', toolName: 'w', result: 'P' }],
      },
    ] as Parameters<typeof codecContext>[1];
  const tools = {
    mode: {
      type: 'regular' as const,
      tools: [{ type: 'function' as const, name: 'w', parameters: { type: 'object' as const } }],
    },
  };
  const off = {
    type: 'other',
    message:
      'Thinking was turned off for this call: the assistant turn that called the tools does not start with signed thinking (it came from a call without thinking or from another model, or its thinking comes after a tool call), and Claude then rejects thinking.',
  };

  it('thinks when the tool turn starts with its signed thinking', () => {
    const { body, warnings } = build('Claude-4-5-Sonnet-Thinking', toolTurn(signed, call), tools);
    expect(body).toMatchObject({ thinking: { type: 'enabled' } });
    expect(warnings).toEqual([]);
  });

  // Anthropic: "a final `assistant` message must start with a thinking block" (Aider-AI/aider#3532).
  it.each([
    ['no thinking', [call]],
    ['its thinking after the tool call', [call, signed]],
  ])('turns thinking off, with a warning, for a tool turn with %s', (_, content) => {
    const { body, warnings } = build('Claude-4-5-Sonnet-Thinking', toolTurn(...content), tools);
    expect(body).not.toHaveProperty('thinking');
    expect(JSON.stringify(body)).not.toContain('"type":"thinking"');
    expect(warnings).toEqual([off]);
  });

  // A system message goes to the system field: one after the tool results does not end the tool loop.
  it('also with a system message after the tool results', () => {
    const prompt = [...toolTurn(call), { role: 'system' as const, content: 'Be brief.' }];
    const { body, warnings } = build('Claude-4-5-Sonnet-Thinking', prompt, tools);
    expect(body).not.toHaveProperty('thinking');
    expect(JSON.stringify(body)).not.toContain('"type":"thinking"');
    expect(warnings).toEqual([off]);
  });
});

describe('Claude thinking on Converse (additionalModelRequestFields)', () => {
  const converse = { api: 'converse' as const };

  it('Opus 4.7: adaptive thinking and its effort; enabled: false wins over an effort', () => {
    const { body, warnings } = build(
      'Claude-Opus-4-7-Thinking',
      USER,
      reasoning({ effort: 'high' }),
      converse,
    );
    expect(body).toEqual({
      messages: [{ role: 'user', content: [{ text: 'Hi' }] }],
      inferenceConfig: { maxTokens: 4096 },
      additionalModelRequestFields: { thinking: { type: 'adaptive' }, output_config: { effort: 'high' } },
    });
    expect(warnings).toEqual([]);
    const off = build(
      'Claude-Opus-4-7-Thinking',
      USER,
      reasoning({ enabled: false, effort: 'high' }),
      converse,
    );
    expect(off.body).not.toHaveProperty('additionalModelRequestFields');
  });

  it('Opus 4.7 takes no temperature on Converse either', () => {
    const { body, warnings } = build('Claude-Opus-4-7', USER, { temperature: 0.5 }, converse);
    expect(body.inferenceConfig).toEqual({ maxTokens: 4096 });
    expect(warnings).toEqual([
      {
        type: 'unsupported-setting',
        setting: 'temperature',
        details: 'Claude-Opus-4-7 takes no temperature; it was not sent.',
      },
    ]);
  });

  it('Claude 4.5 Opus: enabled + budget_tokens', () => {
    const { body } = build('Claude-4-5-Opus-Thinking', USER, { maxTokens: 30000 }, converse);
    expect(body.additionalModelRequestFields).toEqual({
      thinking: { type: 'enabled', budget_tokens: 16000 },
    });
    expect(body.inferenceConfig).toEqual({ maxTokens: 30000 });
  });
});
