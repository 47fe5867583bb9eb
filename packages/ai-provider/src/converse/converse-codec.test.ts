import { describe, expect, it } from 'vitest';
import { codecContext, decodeStream, joinParts } from '../test-utils/codec-context';

const converse = { api: 'converse' as const };
const build = (...args: Parameters<typeof codecContext>) => {
  const { ctx, codec } = codecContext(...args);
  return { body: codec.buildRequest(ctx).body, warnings: ctx.warnings };
};

describe('Converse command inputs', () => {
  it('system, merged turns, documents with safe unique names and a cache point', () => {
    const { body } = build(
      'Claude-4-5-Sonnet',
      [
        { role: 'system', content: 'S1', providerMetadata: { bedrockWrapper: { cachePoint: true } } },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'read' },
            { type: 'file', data: 'JVBERi0=', mimeType: 'application/pdf', filename: 'q3 report.v2.pdf' },
          ],
        },
        { role: 'user', content: [{ type: 'text', text: 'and' }] },
      ],
      {
        temperature: 0.4,
        topK: 10,
        stopSequences: ['END'],
      },
      converse,
    );
    expect(body).toEqual({
      messages: [
        {
          role: 'user',
          content: [
            { text: 'read' },
            {
              document: {
                format: 'pdf',
                name: 'q3 report-v2 1',
                source: { bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]) },
              },
            },
            { text: 'and' },
          ],
        },
      ],
      system: [{ text: 'S1' }, { cachePoint: { type: 'default' } }],
      inferenceConfig: { maxTokens: 4096, temperature: 0.4, stopSequences: ['END'] },
      additionalModelRequestFields: { top_k: 10 },
      // Claude returns the matched stop sequence only when asked (https://github.com/vercel/ai/pull/11410).
      additionalModelResponseFieldPaths: ['/delta/stop_sequence'],
    });
  });

  const FAILED_TOOL_TURNS = [
    { role: 'user' as const, content: [{ type: 'text' as const, text: 'Q' }] },
    {
      role: 'assistant' as const,
      content: [{ type: 'tool-call' as const, toolCallId: 't1', toolName: 'f', args: {} }],
    },
    {
      role: 'tool' as const,
      content: [
        { type: 'tool-result' as const, toolCallId: 't1', toolName: 'f', result: 'down', isError: true },
      ],
    },
  ];
  const withToolAndStop = {
    mode: {
      type: 'regular' as const,
      tools: [{ type: 'function' as const, name: 'f', parameters: { type: 'object' as const } }],
    },
    stopSequences: ['END'],
  };
  const failedToolBody = (name: string) =>
    build(name, FAILED_TOOL_TURNS, withToolAndStop, converse).body as {
      messages: Array<{ content: Array<{ toolResult?: { status?: string } }> }>;
      additionalModelResponseFieldPaths?: string[];
    };

  it.each([
    ['Claude-4-5-Sonnet', 'error'],
    ['Nova-Pro', 'error'],
    ['Palmyra-X5', undefined],
    ['Llama-3-3-70b', undefined],
  ])('%s: a failed tool result is sent with status %s', (name, status) => {
    expect(failedToolBody(name).messages[2]?.content[0]?.toolResult?.status).toBe(status);
  });

  it('a failed tool result with an empty content list is sent with its result instead (Bedrock refuses it empty)', () => {
    const turns = FAILED_TOOL_TURNS.map(message =>
      message.role === 'tool'
        ? { ...message, content: message.content.map(part => ({ ...part, result: [], content: [] })) }
        : message,
    );
    const body = build('Claude-4-5-Sonnet', turns, withToolAndStop, converse).body as {
      messages: Array<{ content: unknown[] }>;
    };
    expect(body.messages[2]?.content).toEqual([
      { toolResult: { toolUseId: 't1', content: [{ text: '[]' }], status: 'error' } },
    ]);
  });

  it.each([
    ['Claude-4-5-Sonnet', ['/delta/stop_sequence']],
    ['Nova-Pro', undefined],
    ['Palmyra-X5', undefined],
  ])('%s: the matched stop sequence is asked for as %j', (name, paths) => {
    expect(failedToolBody(name).additionalModelResponseFieldPaths).toEqual(paths);
  });

  it('replays signed Claude reasoning but never another model reasoning', () => {
    const history = [
      { role: 'user' as const, content: [{ type: 'text' as const, text: 'Q' }] },
      {
        role: 'assistant' as const,
        content: [
          { type: 'reasoning' as const, text: 'r', signature: 'sig' },
          { type: 'text' as const, text: 'A' },
        ],
      },
      { role: 'user' as const, content: [{ type: 'text' as const, text: 'Q2' }] },
    ];
    const claude = build('Claude-4-5-Sonnet-Thinking', history, {}, converse).body as {
      messages: Array<{ content: unknown[] }>;
    };
    expect(claude.messages[1]!.content).toEqual([
      { reasoningContent: { reasoningText: { text: 'r', signature: 'sig' } } },
      { text: 'A' },
    ]);
    const r1 = build('DeepSeek-R1', history, {}, converse).body as {
      messages: Array<{ content: unknown[] }>;
    };
    expect(r1.messages[1]!.content).toEqual([{ text: 'A' }]);
  });

  // Sonnet 5 and Fable 5.1 refuse an assistant turn of only reasoning (NousResearch/hermes-agent#105780).
  it.each([
    ['Claude-Sonnet-5', true],
    ['Claude-Fable-5-1', true],
    ['Claude-Sonnet-4-6', false],
  ])('an assistant turn of only reasoning: %s leaves it out: %s', (name, dropped) => {
    const { body, warnings } = build(
      name,
      [
        { role: 'user', content: [{ type: 'text', text: 'Q' }] },
        { role: 'assistant', content: [{ type: 'redacted-reasoning', data: 'AAAA' }] },
        { role: 'user', content: [{ type: 'text', text: 'Q2' }] },
      ],
      {},
      converse,
    );
    const { messages } = body as { messages: Array<{ role: string; content: unknown[] }> };
    if (dropped) {
      expect(messages).toEqual([{ role: 'user', content: [{ text: 'Q' }, { text: 'Q2' }] }]);
      expect(warnings).toEqual([
        {
          type: 'other',
          message: `${name} on Converse refuses an assistant turn that holds only reasoning (https://github.com/NousResearch/hermes-agent/issues/105780); one such turn was left out.`,
        },
      ]);
    } else {
      expect(messages.map(message => message.role)).toEqual(['user', 'assistant', 'user']);
      expect(warnings).toEqual([]);
    }
  });

  it('a system message among the reasoning-only assistant messages does not split the turn, and stays', () => {
    const { body, warnings } = build(
      'Claude-Sonnet-5',
      [
        { role: 'user', content: [{ type: 'text', text: 'Q' }] },
        { role: 'assistant', content: [{ type: 'redacted-reasoning', data: 'AAAA' }] },
        { role: 'system', content: 'S' },
        { role: 'assistant', content: [{ type: 'redacted-reasoning', data: 'BBBB' }] },
        { role: 'user', content: [{ type: 'text', text: 'Q2' }] },
      ],
      {},
      converse,
    );
    expect(body).toMatchObject({
      system: [{ text: 'S' }],
      messages: [{ role: 'user', content: [{ text: 'Q' }, { text: 'Q2' }] }],
    });
    expect(warnings).toHaveLength(1);
  });

  it('a model without stop sequences on Converse (gpt-oss) gets none sent and a warning', () => {
    const gptOss = build(
      'GPT-OSS-20B',
      [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
      { stopSequences: ['x'] },
      converse,
    );
    expect((gptOss.body.inferenceConfig as Record<string, unknown>).stopSequences).toBeUndefined();
    expect(gptOss.warnings[0]).toMatchObject({ type: 'unsupported-setting', setting: 'stopSequences' });
  });

  it("Converse takes at most 2500 stop sequences (API_runtime_InferenceConfiguration), below Claude's own 8191", () => {
    const stops = Array.from({ length: 2501 }, (_, i) => `stop ${i}`);
    const prompt = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'x' }] }];
    const onConverse = build('Claude-4-5-Sonnet', prompt, { stopSequences: stops }, converse);
    expect((onConverse.body.inferenceConfig as Record<string, unknown>).stopSequences).toEqual(
      stops.slice(0, 2500),
    );
    expect(onConverse.warnings).toEqual([
      {
        type: 'unsupported-setting',
        setting: 'stopSequences',
        details:
          'Claude-4-5-Sonnet takes at most 2500 stop sequences on Converse; only the first 2500 were sent.',
      },
    ]);
    // Claude's own Messages body on InvokeModel takes them all (at most 8191).
    const onInvoke = build('Claude-4-5-Sonnet', prompt, { stopSequences: stops }, { api: 'invoke' });
    expect((onInvoke.body as { stop_sequences?: string[] }).stop_sequences).toEqual(stops);
    expect(onInvoke.warnings).toEqual([]);
  });

  it('a tool with an empty description is sent without one; a blank one is sent as given', () => {
    const { body, warnings } = build(
      'Claude-4-5-Sonnet',
      [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
      {
        mode: {
          type: 'regular',
          tools: [
            { type: 'function', name: 'a', description: '', parameters: {} },
            { type: 'function', name: 'b', description: ' ', parameters: {} },
          ],
        },
      },
      converse,
    );
    expect((body.toolConfig as { tools: unknown[] }).tools).toEqual([
      { toolSpec: { name: 'a', inputSchema: { json: {} } } },
      { toolSpec: { name: 'b', description: ' ', inputSchema: { json: {} } } },
    ]);
    expect(warnings).toEqual([]);
  });

  it('a model that takes a named toolChoice (Nova) gets toolChoice tool, without a warning', () => {
    const nova = build(
      'Nova-Pro',
      [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
      {
        mode: {
          type: 'regular',
          tools: [
            { type: 'function', name: 'a', parameters: {} },
            { type: 'function', name: 'b', parameters: {} },
          ],
          toolChoice: { type: 'tool', toolName: 'b' },
        },
      },
      converse,
    );
    // Nova takes toolChoice `tool` (https://docs.aws.amazon.com/nova/latest/userguide/tool-choice.html).
    expect(nova.body.toolConfig).toEqual({
      tools: [
        { toolSpec: { name: 'a', inputSchema: { json: {} } } },
        { toolSpec: { name: 'b', inputSchema: { json: {} } } },
      ],
      toolChoice: { tool: { name: 'b' } },
    });
    expect(nova.warnings).toEqual([]);
  });

  it('tool history in a call without tools is sent as text in the user turn', () => {
    const flattened = build(
      'Nova-Pro',
      [
        { role: 'user', content: [{ type: 'text', text: 'x' }] },
        {
          role: 'assistant',
          content: [{ type: 'tool-call', toolCallId: 't', toolName: 'w', args: { a: 1 } }],
        },
        { role: 'tool', content: [{ type: 'tool-result', toolCallId: 't', toolName: 'w', result: 'ok' }] },
      ],
      {},
      converse,
    );
    expect((flattened.body.messages as unknown[]).at(-1)).toEqual({
      role: 'user',
      content: [{ text: '[result of tool w: ok]' }],
    });
  });
});

describe('Converse answers', () => {
  it('a reasoning-only answer that ended normally is the answer (Magistral)', () => {
    const { ctx, codec } = codecContext('Magistral-Small-2509', [
      { role: 'user', content: [{ type: 'text', text: 'x' }] },
    ]);
    const result = codec.parseResponse(
      {
        output: { message: { content: [{ reasoningContent: { reasoningText: { text: 'Two' } } }] } },
        stopReason: 'end_turn',
      },
      ctx,
    );
    expect(result).toMatchObject({ text: 'Two', reasoning: undefined, finishReason: 'stop' });
  });

  describe('a reasoning-only answer on ConverseStream is the answer too, by the same rule', () => {
    const magistral = () =>
      codecContext('Magistral-Small-2509', [{ role: 'user', content: [{ type: 'text', text: 'x' }] }]);
    const thought = (delta: Record<string, unknown>) => ({
      contentBlockDelta: { contentBlockIndex: 0, delta: { reasoningContent: delta } },
    });
    const stop = (stopReason: string) => ({ messageStop: { stopReason } });

    it('ended normally: the reasoning streams as reasoning, then the same text as the answer', () => {
      const { ctx, codec } = magistral();
      const { parts } = decodeStream(codec, ctx, [
        thought({ text: 'Tw' }),
        thought({ text: 'o' }),
        stop('end_turn'),
      ]);
      expect(joinParts(parts)).toEqual({ text: 'Two', reasoning: 'Two' });
      expect(parts.filter(part => part.type === 'text-delta')).toEqual([
        { type: 'text-delta', textDelta: 'Two' },
      ]);
    });

    it.each([
      ['cut at max_tokens', [thought({ text: 'Tw' }), stop('max_tokens')]],
      ['signed (Claude)', [thought({ text: 'Tw' }), thought({ signature: 'sig' }), stop('end_turn')]],
      [
        'with redacted reasoning',
        [thought({ text: 'Tw' }), thought({ redactedContent: 'AAAA' }), stop('end_turn')],
      ],
      [
        'followed by a tool call',
        [
          thought({ text: 'Tw' }),
          { contentBlockStart: { contentBlockIndex: 1, start: { toolUse: { toolUseId: 't', name: 'f' } } } },
          { contentBlockStop: { contentBlockIndex: 1 } },
          stop('tool_use'),
        ],
      ],
    ])('%s: reasoning only, no text', (_case, events) => {
      const { ctx, codec } = magistral();
      expect(joinParts(decodeStream(codec, ctx, events).parts)).toEqual({ text: '', reasoning: 'Tw' });
    });

    it('followed by text: the text alone is the answer', () => {
      const { ctx, codec } = magistral();
      const events = [
        thought({ text: 'Tw' }),
        { contentBlockDelta: { contentBlockIndex: 1, delta: { text: 'Two' } } },
        stop('end_turn'),
      ];
      expect(joinParts(decodeStream(codec, ctx, events).parts)).toEqual({ text: 'Two', reasoning: 'Tw' });
    });

    it('generateText gives the same text from the same answer', () => {
      const { ctx, codec } = magistral();
      const result = codec.parseResponse(
        {
          output: { message: { content: [{ reasoningContent: { reasoningText: { text: 'Two' } } }] } },
          stopReason: 'end_turn',
        },
        ctx,
      );
      const streamed = decodeStream(codec, ctx, [thought({ text: 'Two' }), stop('end_turn')]);
      expect(result.text).toBe(joinParts(streamed.parts).text);
    });
  });

  it('Kimi inline <think> on ConverseStream is split at every cut, as Converse splits the whole answer', () => {
    const { ctx, codec } = codecContext(
      'Kimi-K2',
      [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
      {},
      converse,
    );
    const whole = ' <think> Looking it up. </think> FOUND';
    for (let cut = 0; cut <= whole.length; cut++) {
      const events = [whole.slice(0, cut), whole.slice(cut)].map(text => ({
        contentBlockDelta: { contentBlockIndex: 0, delta: { text } },
      }));
      expect(joinParts(decodeStream(codec, ctx, events).parts), `cut ${cut}`).toEqual({
        text: 'FOUND',
        reasoning: '  Looking it up.  ',
      });
    }
    // A lone marker that never closes (recorded: converse-kimi-k2-thinking-tool-call.json) leaves the answer an answer.
    const lone = ' <think> It is 30°C.';
    for (let cut = 0; cut <= lone.length; cut++) {
      const events = [lone.slice(0, cut), lone.slice(cut)].map(text => ({
        contentBlockDelta: { contentBlockIndex: 0, delta: { text } },
      }));
      expect(joinParts(decodeStream(codec, ctx, events).parts), `cut ${cut}`).toEqual({
        text: '  It is 30°C.',
        reasoning: '',
      });
    }
    const whole1 = { output: { message: { content: [{ text: whole }] } }, stopReason: 'end_turn' };
    expect(codec.parseResponse(whole1, ctx)).toMatchObject({
      text: 'FOUND',
      reasoning: [{ type: 'text', text: '  Looking it up.  ' }],
    });
  });
});

const USER_X = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'x' }] }];
const TWO_TOOLS = {
  type: 'regular' as const,
  tools: [
    { type: 'function' as const, name: 'a', parameters: {} },
    { type: 'function' as const, name: 'b', parameters: {} },
  ],
};

describe('Converse: sourced per-model rules', () => {
  // "This model doesn't support system messages" on Converse for mistral-7b-instruct and mixtral-8x7b-instruct
  // (https://github.com/567-labs/instructor/issues/1753): the system text goes to the first user turn.
  it.each(['Mistral-7b', 'Mixtral-8x7b'])(
    '%s: the system prompt is folded into the first user turn',
    name => {
      const { body, warnings } = build(
        name,
        [
          { role: 'system', content: 'Be brief.' },
          { role: 'system', content: 'Answer in French.' },
          { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
          { role: 'assistant', content: [{ type: 'text', text: 'Salut' }] },
          { role: 'user', content: [{ type: 'text', text: 'Again' }] },
        ],
        {},
        converse,
      );
      expect(body).toEqual({
        messages: [
          { role: 'user', content: [{ text: 'Be brief.\n\nAnswer in French.\n\nHi' }] },
          { role: 'assistant', content: [{ text: 'Salut' }] },
          { role: 'user', content: [{ text: 'Again' }] },
        ],
        inferenceConfig: { maxTokens: 4096 },
      });
      expect(warnings).toEqual([
        {
          type: 'other',
          message: `${name} takes no system prompt on Converse; the system text was put at the start of the first user message.`,
        },
      ]);
    },
  );

  it('a model that takes a system prompt on Converse keeps it, without a warning (Mistral Large)', () => {
    const { body, warnings } = build(
      'Mistral-Large',
      [{ role: 'system', content: 'Be brief.' }, ...USER_X],
      {},
      converse,
    );
    expect(body.system).toEqual([{ text: 'Be brief.' }]);
    expect(warnings).toEqual([]);
  });

  // Nova: toolChoice `any` (https://docs.aws.amazon.com/nova/latest/userguide/tool-choice.html).
  it('Nova: toolChoice required is sent as `any`', () => {
    const { body, warnings } = build(
      'Nova-Lite',
      USER_X,
      { mode: { ...TWO_TOOLS, toolChoice: { type: 'required' } } },
      converse,
    );
    expect(body.toolConfig).toEqual({
      tools: [
        { toolSpec: { name: 'a', inputSchema: { json: {} } } },
        { toolSpec: { name: 'b', inputSchema: { json: {} } } },
      ],
      toolChoice: { any: {} },
    });
    expect(warnings).toEqual([]);
  });

  it('Nova: generateObject in tool mode forces the json tool', () => {
    const { body } = build(
      'Nova-Pro',
      USER_X,
      {
        mode: {
          type: 'object-tool',
          tool: { type: 'function', name: 'json', parameters: { type: 'object' } },
        },
      },
      converse,
    );
    expect(body.toolConfig).toEqual({
      tools: [{ toolSpec: { name: 'json', inputSchema: { json: { type: 'object' } } } }],
      toolChoice: { tool: { name: 'json' } },
    });
  });

  // Mistral Large: `any` but no `tool` (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolChoice.html).
  it('Mistral Large: a named tool is forced as `any` over that tool alone', () => {
    const { body, warnings } = build(
      'Mistral-Large',
      USER_X,
      { mode: { ...TWO_TOOLS, toolChoice: { type: 'tool', toolName: 'b' } } },
      converse,
    );
    expect(body.toolConfig).toEqual({
      tools: [{ toolSpec: { name: 'b', inputSchema: { json: {} } } }],
      toolChoice: { any: {} },
    });
    expect(warnings).toEqual([]);
  });

  // "`temperature` and `top_p` cannot both be specified for this model" on Converse
  // (https://github.com/mem0ai/mem0/issues/3891) and ConverseStream (https://github.com/aws-samples/bedrock-access-gateway/issues/191).
  it.each([
    ['Claude-4-5-Sonnet', false],
    ['Claude-4-5-Haiku', true],
  ])('%s (stream %s): temperature wins over topP', (name, stream) => {
    const { ctx, codec } = codecContext(
      name,
      USER_X,
      { temperature: 0.3, topP: 0.9 },
      { api: 'converse', stream },
    );
    const body = codec.buildRequest(ctx).body;
    expect(body.inferenceConfig).toEqual({ maxTokens: 4096, temperature: 0.3 });
    expect(ctx.warnings).toEqual([
      {
        type: 'unsupported-setting',
        setting: 'topP',
        details: `${name} takes temperature or topP, not both; topP was not sent.`,
      },
    ]);
  });

  it('a model without that rule sends both (Claude 3.7 Sonnet)', () => {
    const { body, warnings } = build(
      'anthropic.claude-3-7-sonnet-20250219-v1:0',
      USER_X,
      { temperature: 0.3, topP: 0.9 },
      converse,
    );
    expect(body.inferenceConfig).toEqual({ maxTokens: 4096, temperature: 0.3, topP: 0.9 });
    expect(warnings).toEqual([]);
  });
});
