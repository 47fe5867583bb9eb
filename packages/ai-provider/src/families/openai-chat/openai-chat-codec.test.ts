import { describe, expect, it } from 'vitest';
import { codecContext, decodeStream, joinParts } from '../../test-utils/codec-context';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 7]);
// The top-level keys Bedrock's OpenAI-chat backend accepts (the real error quoting them: https://github.com/jparkerweb/bedrock-wrapper/blob/d9ac9ab2ef6a0a2bb07644ed55b7e46d43e59459/test-stop-sequences-output.txt#L640).
const ACCEPTED = [
  'frequency_penalty',
  'max_completion_tokens',
  'max_tokens',
  'messages',
  'presence_penalty',
  'reasoning_effort',
  'seed',
  'stop',
  'temperature',
  'tool_choice',
  'tools',
  'top_k',
  'top_p',
];

describe('OpenAI-chat bodies', () => {
  const GPT_OSS_CHAT = [
    { role: 'system' as const, content: 'SYS' },
    { role: 'user' as const, content: [{ type: 'text' as const, text: 'U1' }] },
    {
      role: 'assistant' as const,
      content: [
        { type: 'reasoning' as const, text: 'r' },
        { type: 'text' as const, text: 'A1' },
      ],
    },
    { role: 'user' as const, content: [{ type: 'text' as const, text: 'U2' }] },
  ];
  const gptOssBody = () => {
    const { ctx, codec } = codecContext('GPT-OSS-120B-Thinking', GPT_OSS_CHAT, {
      temperature: 0.5,
      stopSequences: ['x'],
      seed: 3,
    });
    return codec.buildRequest(ctx).body;
  };

  it('gpt-oss: the whole body, with max_completion_tokens and the settings as given', () => {
    expect(gptOssBody()).toEqual({
      messages: [
        { role: 'system', content: 'SYS' },
        { role: 'user', content: 'U1' },
        { role: 'assistant', content: 'A1' },
        { role: 'user', content: 'U2' },
      ],
      max_completion_tokens: 4096,
      temperature: 0.5,
      seed: 3,
      stop: ['x'],
      reasoning_effort: 'high',
    });
  });

  it('gpt-oss: a -Thinking name asks for reasoning_effort high', () => {
    expect(gptOssBody()).toHaveProperty('reasoning_effort', 'high');
  });

  it('gpt-oss: earlier reasoning is not sent back', () => {
    const messages = (gptOssBody() as { messages: unknown[] }).messages;
    expect(JSON.stringify(messages)).not.toContain('"r"');
  });

  it('gpt-oss: only the keys the backend accepts', () => {
    expect(Object.keys(gptOssBody()).filter(key => !ACCEPTED.includes(key))).toEqual([]);
  });

  const MISTRAL_TOOL_TURNS = [
    {
      role: 'user' as const,
      content: [
        { type: 'text' as const, text: 'look' },
        { type: 'image' as const, image: PNG },
      ],
    },
    {
      role: 'assistant' as const,
      content: [
        { type: 'tool-call' as const, toolCallId: 'call_abcdefghijklmnop', toolName: 'w', args: { c: 1 } },
      ],
    },
    {
      role: 'tool' as const,
      content: [
        { type: 'tool-result' as const, toolCallId: 'call_abcdefghijklmnop', toolName: 'w', result: 'sunny' },
      ],
    },
    { role: 'assistant' as const, content: [{ type: 'text' as const, text: 'Prefill' }] },
  ];
  const mistralCall = () => {
    const { ctx, codec } = codecContext('Mistral-Large-3', MISTRAL_TOOL_TURNS);
    const body = codec.buildRequest(ctx).body as { messages: Array<Record<string, unknown>> };
    return { body, warnings: ctx.warnings };
  };

  it('vision models get images as image_url data URLs', () => {
    expect(mistralCall().body.messages[0]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'look' },
        {
          type: 'image_url',
          image_url: { url: `data:image/png;base64,${Buffer.from(PNG).toString('base64')}` },
        },
      ],
    });
  });

  it('Mistral: tool-call ids become 9 alphanumerics, the same in the call and its result', () => {
    const { messages } = mistralCall().body;
    const id = (messages[1]!.tool_calls as Array<{ id: string }>)[0]!.id;
    expect(id).toMatch(/^[a-zA-Z0-9]{9}$/);
    expect(messages[2]).toEqual({ role: 'tool', tool_call_id: id, content: 'sunny' });
  });

  it('Mistral: a final assistant prefill is left out, with a warning', () => {
    const { body, warnings } = mistralCall();
    expect(body.messages).toHaveLength(3);
    expect(warnings).toEqual([{ type: 'other', message: expect.stringContaining('prefill') }]);
  });

  it('maps tools and toolChoice', () => {
    const { ctx, codec } = codecContext(
      'Qwen3-32B',
      [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
      {
        mode: {
          type: 'regular',
          tools: [{ type: 'function', name: 'w', parameters: { type: 'object' } }],
          toolChoice: { type: 'tool', toolName: 'w' },
        },
      },
    );
    expect(codec.buildRequest(ctx).body).toMatchObject({
      tools: [{ type: 'function', function: { name: 'w', parameters: { type: 'object' } } }],
      tool_choice: { type: 'function', function: { name: 'w' } },
    });
  });
});

describe('OpenAI-chat reasoning in answers and streams', () => {
  const cases: Array<[string, string[], string, string]> = [
    ['GPT-OSS-20B', ['<reasoning>User asks.</reasoning>Two'], 'Two', 'User asks.'],
    [
      'Kimi-K2',
      ['<reasoning> The user asks</reasoning>', '<reasoning> what 1+1 is.</reasoning>', ' 2'],
      '2',
      ' The user asks what 1+1 is. ',
    ],
    ['Nemotron-Nano-9B-v2', ['thinking it over\n</think>\n\n2'], '2', 'thinking it over\n\n\n'],
  ];
  it.each(cases)(
    '%s: reasoning never reaches the text, wherever chunks cut the tags; only the tags are left out',
    (name, deltas, text, reasoning) => {
      const { ctx, codec } = codecContext(name, [{ role: 'user', content: [{ type: 'text', text: 'x' }] }]);
      const whole = deltas.join('');
      expect(
        codec.parseResponse({ choices: [{ message: { content: whole }, finish_reason: 'stop' }] }, ctx),
      ).toMatchObject({ text, reasoning: [{ text: reasoning }] });
      for (let cut = 0; cut <= whole.length; cut++) {
        const chunks = [whole.slice(0, cut), whole.slice(cut)].map(content => ({
          choices: [{ delta: { content } }],
        }));
        expect(joinParts(decodeStream(codec, ctx, chunks).parts), `cut at ${cut}`).toEqual({
          text,
          reasoning,
        });
      }
    },
  );

  it('reads reasoning_content, tool-call fragments and usage from a stream', () => {
    const { ctx, codec } = codecContext('MiniMax-M2', [
      { role: 'user', content: [{ type: 'text', text: 'x' }] },
    ]);
    const { parts, finish } = decodeStream(codec, ctx, [
      { choices: [{ delta: { reasoning_content: 'hmm' } }] },
      {
        choices: [
          { delta: { tool_calls: [{ index: 0, id: 'c1', function: { name: 'w', arguments: '{"a"' } }] } },
        ],
      },
      { choices: [{ delta: { tool_calls: [{ index: 0, function: { arguments: ':1}' } }] } }] },
      {
        choices: [{ delta: {}, finish_reason: 'tool_calls' }],
        usage: { prompt_tokens: 3, completion_tokens: 4 },
      },
    ]);
    expect(parts.at(-1)).toEqual({
      type: 'tool-call',
      toolCallType: 'function',
      toolCallId: 'c1',
      toolName: 'w',
      args: '{"a":1}',
    });
    expect(joinParts(parts).reasoning).toBe('hmm');
    expect(finish).toMatchObject({
      finishReason: 'tool-calls',
      usage: { promptTokens: 3, completionTokens: 4 },
    });
  });

  it('a model that never reasons inline gets its text back as sent: tags, stray close tags and indentation kept', () => {
    const answer = '    def f():\n        return "<reasoning>" + x  # </reasoning> <think>';
    const { ctx, codec } = codecContext('Qwen3-Coder-30B-A3B', [
      { role: 'user', content: [{ type: 'text', text: 'x' }] },
    ]);
    const whole = codec.parseResponse(
      { choices: [{ message: { content: answer }, finish_reason: 'stop' }] },
      ctx,
    );
    expect(whole.text).toBe(answer);
    expect(whole.reasoning).toBeUndefined();
    for (let cut = 0; cut <= answer.length; cut += 3) {
      const { parts } = decodeStream(codec, ctx, [
        { choices: [{ delta: { content: answer.slice(0, cut) } }] },
        { choices: [{ delta: { content: answer.slice(cut) }, finish_reason: 'stop' }] },
      ]);
      expect(joinParts(parts), `cut at ${cut}`).toEqual({ text: answer, reasoning: '' });
    }
  });

  it('gpt-oss reads its leading <reasoning> block only: a later mention stays in the answer', () => {
    const { ctx, codec } = codecContext('GPT-OSS-20B', [
      { role: 'user', content: [{ type: 'text', text: 'x' }] },
    ]);
    const content = '<reasoning>Explain tags.</reasoning>Use <reasoning>…</reasoning> like this:\n  indented';
    expect(
      codec.parseResponse({ choices: [{ message: { content }, finish_reason: 'stop' }] }, ctx),
    ).toMatchObject({
      text: 'Use <reasoning>…</reasoning> like this:\n  indented',
      reasoning: [{ type: 'text', text: 'Explain tags.' }],
    });
  });
});
