import {
  ConverseCommand,
  type ConverseCommandInput,
  InvokeModelCommand,
} from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thinkingSignature } from '../src/families/shared/body-checks';
import { type Emulator, startEmulator } from '../src/index';
import { sdkClient } from './sdk-clients';

/**
 * One accepted and one rejected body per validation rule, through the real SDK. The accepted bodies include the ones
 * real Bedrock accepted from the legacy wrapper (its bodies in https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/bedrock-wrapper.js, accepted in https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/test-models-output.txt), which the emulator must accept too.
 */
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const CLAUDE = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
const claude = (extra: Record<string, unknown> = {}) => ({
  anthropic_version: 'bedrock-2023-05-31',
  max_tokens: 2000,
  messages: [{ role: 'user', content: 'hi' }],
  ...extra,
});
/** A Claude body whose one assistant turn, between two user turns, holds `content`. */
const claudeAssistantTurn = (content: unknown[]) =>
  claude({
    messages: [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content },
      { role: 'user', content: 'Go on' },
    ],
  });
const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

const INVOKE_CASES: Array<[string, string, Record<string, unknown>, string | null]> = [
  ['Claude: minimal body', CLAUDE, claude(), null],
  // Assistant prefill: refused by Claude 4.6 and later (the prefillUnsupported rules), taken by Claude 4.5.
  [
    'Claude Sonnet 4.6: assistant prefill refused',
    'us.anthropic.claude-sonnet-4-6',
    claude({
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Sure,' },
      ],
    }),
    'This model does not support assistant message prefill. The conversation must end with a user message.',
  ],
  [
    'Claude 4.5: assistant prefill with tools refused',
    CLAUDE,
    claude({
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Sure,' },
      ],
      tools: [{ name: 'w', input_schema: { type: 'object' } }],
    }),
    'When using tools, pre-filling the `assistant` response is not supported.',
  ],
  [
    'Claude 4.5: assistant prefill accepted',
    CLAUDE,
    claude({
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Sure,' },
      ],
    }),
    null,
  ],
  // Prompt-cache points: at most 4 (src/families/shared/cache-points.ts, with its sources).
  [
    'Claude: 4 cache_control blocks accepted',
    CLAUDE,
    claude({
      system: [{ type: 'text', text: 'S', cache_control: { type: 'ephemeral' } }],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'a', cache_control: { type: 'ephemeral' } }] },
        { role: 'assistant', content: [{ type: 'text', text: 'b', cache_control: { type: 'ephemeral' } }] },
        { role: 'user', content: [{ type: 'text', text: 'c', cache_control: { type: 'ephemeral' } }] },
      ],
    }),
    null,
  ],
  [
    'Claude: 5 cache_control blocks',
    CLAUDE,
    claude({
      system: [
        { type: 'text', text: 'S', cache_control: { type: 'ephemeral' } },
        { type: 'text', text: 'T', cache_control: { type: 'ephemeral' } },
      ],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'a', cache_control: { type: 'ephemeral' } }] },
        { role: 'assistant', content: [{ type: 'text', text: 'b', cache_control: { type: 'ephemeral' } }] },
        { role: 'user', content: [{ type: 'text', text: 'c', cache_control: { type: 'ephemeral' } }] },
      ],
    }),
    'A maximum of 4 blocks with cache_control may be provided. Found 5.',
  ],
  // The legacy wrapper's Claude body (bedrock-wrapper.js, accepted in its test-models-output.txt): the legacy body with a trailing empty assistant turn and system as a string.
  [
    'Claude: legacy body (trailing empty assistant)',
    CLAUDE,
    claude({
      system: 'S',
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: '' },
      ],
      temperature: 1,
    }),
    null,
  ],
  [
    'Claude: tool_use id outside [a-zA-Z0-9_-]',
    CLAUDE,
    claude({
      messages: [
        { role: 'user', content: 'x' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'call_1|fc_2', name: 'w', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'call_1|fc_2', content: 'sunny' }] },
      ],
    }),
    "messages.1.content.0.tool_use.id: String should match pattern '^[a-zA-Z0-9_-]+$'",
  ],
  [
    'Claude: anthropic_version required',
    CLAUDE,
    { max_tokens: 10, messages: [{ role: 'user', content: 'x' }] },
    'required key [anthropic_version] not found',
  ],
  [
    'Claude: max_tokens required',
    CLAUDE,
    { anthropic_version: 'bedrock-2023-05-31', messages: [{ role: 'user', content: 'x' }] },
    'required key [max_tokens] not found',
  ],
  [
    'Claude: unknown top-level key',
    CLAUDE,
    claude({ model: 'x' }),
    'extraneous key [model] is not permitted',
  ],
  [
    'Claude: roles alternate',
    CLAUDE,
    claude({
      messages: [
        { role: 'user', content: 'a' },
        { role: 'user', content: 'b' },
      ],
    }),
    'roles must alternate',
  ],
  [
    'Claude: first message user',
    CLAUDE,
    claude({ messages: [{ role: 'assistant', content: 'a' }] }),
    'first message must use the "user" role',
  ],
  [
    'Claude: image accepted',
    CLAUDE,
    claude({
      messages: [
        {
          role: 'user',
          content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: png } }],
        },
      ],
    }),
    null,
  ],
  [
    'Claude: image media type',
    CLAUDE,
    claude({
      messages: [
        {
          role: 'user',
          content: [{ type: 'image', source: { type: 'base64', media_type: 'image/bmp', data: png } }],
        },
      ],
    }),
    'media_type: Input should be',
  ],
  [
    // Was Claude 3.5 Haiku, which is past its end of life (see test/bedrock-truth.test.ts); Claude 2 has no vision either.
    'Claude 2: no images',
    'anthropic.claude-v2',
    claude({
      messages: [
        {
          role: 'user',
          content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: png } }],
        },
      ],
    }),
    "doesn't support the image content block",
  ],
  [
    'Claude: tools and tool_choice accepted',
    CLAUDE,
    claude({
      tools: [{ name: 'w', input_schema: { type: 'object' } }],
      tool_choice: { type: 'tool', name: 'w' },
    }),
    null,
  ],
  [
    'Claude: tool_choice names an unknown tool',
    CLAUDE,
    claude({
      tools: [{ name: 'w', input_schema: { type: 'object' } }],
      tool_choice: { type: 'tool', name: 'x' },
    }),
    'not found in tools',
  ],
  [
    'Claude: tool_result needs its tool_use',
    CLAUDE,
    claude({
      messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'nope', content: 'x' }] }],
    }),
    'unexpected `tool_use_id`',
  ],
  [
    'Claude: tool_use needs its tool_result next',
    CLAUDE,
    claude({
      tools: [{ name: 'w', input_schema: { type: 'object' } }],
      messages: [
        { role: 'user', content: 'a' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'w', input: {} }] },
        { role: 'user', content: 'b' },
      ],
    }),
    'ids were found without `tool_result` blocks',
  ],
  ['Claude: thinking accepted', CLAUDE, claude({ thinking: { type: 'enabled', budget_tokens: 1024 } }), null],
  [
    'Claude: thinking budget >= 1024',
    CLAUDE,
    claude({ thinking: { type: 'enabled', budget_tokens: 1000 } }),
    'greater than or equal to 1024',
  ],
  [
    'Claude: thinking budget < max_tokens',
    CLAUDE,
    claude({ max_tokens: 1500, thinking: { type: 'enabled', budget_tokens: 2000 } }),
    '`max_tokens` must be greater than `thinking.budget_tokens`',
  ],
  [
    'Claude: temperature only 1 with thinking',
    CLAUDE,
    claude({ temperature: 0.5, thinking: { type: 'enabled', budget_tokens: 1024 } }),
    'may only be set to 1 when thinking is enabled',
  ],
  [
    'Claude 4: temperature and top_p exclusive',
    CLAUDE,
    claude({ temperature: 0.5, top_p: 0.9 }),
    'cannot both be specified',
  ],
  [
    'Claude: max_tokens over the model cap',
    CLAUDE,
    claude({ max_tokens: 70000 }),
    'maximum allowed number of output tokens',
  ],
  // The legacy wrapper's Llama body (bedrock-wrapper.js, test-models-output.txt): the legacy Llama prompt body was accepted (even with its malformed template).
  [
    'Llama: legacy body',
    'us.meta.llama3-3-70b-instruct-v1:0',
    {
      prompt:
        '<|begin_of_text|>\n<|start_header_id|>user<|end_header_id|>\nHi\n<|eot_id|>\n<|start_header_id|>assistant<|end_header_id|>\n',
      max_gen_len: 800,
      temperature: 0.2,
    },
    null,
  ],
  [
    'Llama: no stop field',
    'us.meta.llama3-3-70b-instruct-v1:0',
    { prompt: 'x', stop: ['a'] },
    'extraneous key [stop] is not permitted',
  ],
  [
    'Llama: max_gen_len <= 2048',
    'us.meta.llama3-3-70b-instruct-v1:0',
    { prompt: 'x', max_gen_len: 4096 },
    'is not less or equal to 2048',
  ],
  [
    'Llama 3.2 11B: images accepted',
    'us.meta.llama3-2-11b-instruct-v1:0',
    { prompt: '<|image|>x', images: [png] },
    null,
  ],
  [
    'Llama 3.3: no images',
    'us.meta.llama3-3-70b-instruct-v1:0',
    { prompt: 'x', images: [png] },
    'extraneous key [images]',
  ],
  [
    'Mistral: legacy body',
    'mistral.mistral-7b-instruct-v0:2',
    { prompt: '<s>\n[INST]Hi[/INST]', max_tokens: 800, temperature: 0.2, stop: ['7'] },
    null,
  ],
  [
    'Mistral: stop <= 10',
    'mistral.mistral-7b-instruct-v0:2',
    { prompt: 'x', stop: Array(11).fill('s') },
    'expected maximum item count: 10',
  ],
  // The legacy wrapper's Nova body (bedrock-wrapper.js, test-models-output.txt): the legacy Nova body with a trailing empty assistant text was accepted.
  [
    'Nova: legacy body',
    'us.amazon.nova-pro-v1:0',
    {
      schemaVersion: 'messages-v1',
      messages: [
        { role: 'user', content: [{ text: 'Hi' }] },
        { role: 'assistant', content: [{ text: '' }] },
      ],
      inferenceConfig: { maxTokens: 800, temperature: 0.2, stopSequences: ['7'] },
      system: [{ text: 'S' }],
    },
    null,
  ],
  [
    'Nova: stopSequences <= 4',
    'amazon.nova-pro-v1:0',
    {
      messages: [{ role: 'user', content: [{ text: 'x' }] }],
      inferenceConfig: { stopSequences: ['a', 'b', 'c', 'd', 'e'] },
    },
    'expected maximum item count: 4',
  ],
  // A thinking block takes no cache_control (Anthropic's answer in BerriAI/litellm#39815).
  [
    'Claude: cache_control on a thinking block',
    CLAUDE,
    claudeAssistantTurn([
      {
        type: 'thinking',
        thinking: 'T',
        signature: thinkingSignature('T'),
        cache_control: { type: 'ephemeral' },
      },
    ]),
    'messages.1.content.0.thinking.cache_control: Extra inputs are not permitted',
  ],
  [
    'Claude: cache_control on the text after a thinking block accepted',
    CLAUDE,
    claudeAssistantTurn([
      { type: 'thinking', thinking: 'T', signature: thinkingSignature('T') },
      { type: 'text', text: 'A', cache_control: { type: 'ephemeral' } },
    ]),
    null,
  ],
  // Nova's cache points on InvokeModel: a cachePoint key of a text block (src/families/nova/nova-cache-points.ts).
  [
    'Nova: cachePoint as a key of text blocks accepted',
    'us.amazon.nova-2-lite-v1:0',
    {
      system: [{ text: 'S', cachePoint: { type: 'default' } }],
      messages: [
        { role: 'user', content: [{ text: 'doc', cachePoint: { type: 'default' } }, { text: 'Q' }] },
      ],
    },
    null,
  ],
  [
    'Nova: cachePoint as a block of its own',
    'amazon.nova-pro-v1:0',
    { messages: [{ role: 'user', content: [{ text: 'x' }, { cachePoint: { type: 'default' } }] }] },
    '#/messages/0/content/1: extraneous key [cachePoint] is not permitted',
  ],
  [
    'Nova: cachePoint on a tool result',
    'amazon.nova-pro-v1:0',
    {
      messages: [
        { role: 'user', content: [{ text: 'x' }] },
        { role: 'assistant', content: [{ toolUse: { toolUseId: 't', name: 'w', input: {} } }] },
        {
          role: 'user',
          content: [
            { toolResult: { toolUseId: 't', content: [{ text: 'sunny' }] }, cachePoint: { type: 'default' } },
          ],
        },
      ],
      toolConfig: { tools: [{ toolSpec: { name: 'w', inputSchema: { json: {} } } }] },
    },
    '#/messages/2/content/0: extraneous key [cachePoint] is not permitted',
  ],
  // Nova 2 while reasoning (src/families/nova/nova-reasoning-rules.ts, with its sources).
  [
    'Nova 2: reasoning at effort low keeps maxTokens',
    'us.amazon.nova-2-lite-v1:0',
    {
      messages: [{ role: 'user', content: [{ text: 'x' }] }],
      inferenceConfig: { maxTokens: 100, reasoningConfig: { type: 'enabled', maxReasoningEffort: 'low' } },
    },
    null,
  ],
  [
    'Nova 2: no maxTokens at reasoning effort high',
    'us.amazon.nova-2-lite-v1:0',
    {
      messages: [{ role: 'user', content: [{ text: 'x' }] }],
      inferenceConfig: { maxTokens: 100, reasoningConfig: { type: 'enabled', maxReasoningEffort: 'high' } },
    },
    'maxTokens cannot be set when reasoning is enabled with maxReasoningEffort high',
  ],
  [
    'Nova 2: no temperature while reasoning',
    'us.amazon.nova-2-lite-v1:0',
    {
      messages: [{ role: 'user', content: [{ text: 'x' }] }],
      inferenceConfig: {
        temperature: 0.5,
        reasoningConfig: { type: 'enabled', maxReasoningEffort: 'medium' },
      },
    },
    'temperature cannot be set when reasoning is enabled',
  ],
  [
    'Nova Micro: no images',
    'amazon.nova-micro-v1:0',
    { messages: [{ role: 'user', content: [{ image: { format: 'png', source: { bytes: png } } }] }] },
    "doesn't support the image content block",
  ],
  [
    'OpenAI-chat: accepted body',
    'qwen.qwen3-32b-v1:0',
    {
      messages: [
        { role: 'system', content: 'S' },
        { role: 'user', content: 'x' },
      ],
      max_tokens: 100,
      stop: ['a'],
    },
    null,
  ],
  [
    'OpenAI-chat: new Mistral, 9-character tool-call ids',
    'mistral.ministral-3-14b-instruct',
    {
      messages: [
        { role: 'user', content: 'x' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'Ab3dE6gH9', type: 'function', function: { name: 'w', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: 'Ab3dE6gH9', content: 'sunny' },
      ],
    },
    null,
  ],
  [
    'OpenAI-chat: new Mistral refuses other tool-call ids',
    'mistral.ministral-3-14b-instruct',
    {
      messages: [
        { role: 'user', content: 'x' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'w', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: 'call_1', content: 'sunny' },
      ],
    },
    'Tool call id was call_1 but must be a-z, A-Z, 0-9, with a length of 9.',
  ],
  [
    'OpenAI-chat: unknown key (legacy stop_sequences)',
    'openai.gpt-oss-20b-1:0',
    { messages: [{ role: 'user', content: 'x' }], stop_sequences: ['a'] },
    'unknown variant `stop_sequences`, expected one of `audio`',
  ],
  [
    'OpenAI-chat: Anthropic-style image rejected',
    'google.gemma-3-27b-it',
    {
      messages: [
        {
          role: 'user',
          content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: png } }],
        },
      ],
    },
    'did not match any expected variant',
  ],
  [
    'OpenAI-chat: image_url data URL accepted',
    'google.gemma-3-27b-it',
    {
      messages: [
        {
          role: 'user',
          content: [{ type: 'image_url', image_url: { url: `data:image/png;base64,${png}` } }],
        },
      ],
    },
    null,
  ],
  [
    'New Mistral: trailing assistant rejected',
    'mistral.mistral-large-3-675b-instruct',
    {
      messages: [
        { role: 'user', content: 'x' },
        { role: 'assistant', content: '' },
      ],
    },
    'add_generation_prompt',
  ],
  [
    'DeepSeek-R1: accepted body',
    'us.deepseek.r1-v1:0',
    { prompt: '<｜begin▁of▁sentence｜><｜User｜>x<｜Assistant｜><think>\n', max_tokens: 100, stop: ['a'] },
    null,
  ],
  [
    'DeepSeek-R1: temperature <= 1',
    'us.deepseek.r1-v1:0',
    { prompt: 'x', temperature: 1.5 },
    'is not less or equal to 1',
  ],
  // Jamba: the keys and ranges of https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-jamba.html.
  [
    'Jamba: accepted body (max_tokens 0 is inside the documented range)',
    'ai21.jamba-1-5-mini-v1:0',
    {
      messages: [{ role: 'user', content: 'Hi' }],
      max_tokens: 0,
      temperature: 2,
      top_p: 0.9,
      stop: ['x'],
      n: 1,
    },
    null,
  ],
  [
    'Jamba: no top_k key',
    'ai21.jamba-1-5-mini-v1:0',
    { messages: [{ role: 'user', content: 'Hi' }], top_k: 5 },
    'extraneous key [top_k] is not permitted',
  ],
  [
    'Jamba: message content is a string',
    'ai21.jamba-1-5-mini-v1:0',
    { messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }] },
    '#/messages/0/content: expected type: String',
  ],
  [
    'Jamba: max_tokens at most 4096',
    'ai21.jamba-1-5-mini-v1:0',
    { messages: [{ role: 'user', content: 'Hi' }], max_tokens: 4097 },
    '#/max_tokens: 4097 is not within 0..4096',
  ],
  [
    'Jamba: temperature at most 2',
    'ai21.jamba-1-5-mini-v1:0',
    { messages: [{ role: 'user', content: 'Hi' }], temperature: 2.5 },
    '#/temperature: 2.5 is not within 0..2',
  ],
];

describe('InvokeModel validation', () => {
  const client = () => sdkClient(emulator.url, 'h2');
  it.each(INVOKE_CASES)('%s', async (_, modelId, body, error) => {
    const send = client().send(
      new InvokeModelCommand({ modelId, body: JSON.stringify(body), contentType: 'application/json' }),
    );
    if (error === null) await expect(send).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    else
      await expect(send).rejects.toMatchObject({
        name: 'ValidationException',
        $metadata: { httpStatusCode: 400 },
        message: expect.stringContaining(error),
      });
  });
});

const user = (text: string) => ({ role: 'user' as const, content: [{ text }] });
/** A tool call and its result, both with `id`. */
const toolTurn = (id: string): Omit<ConverseCommandInput, 'modelId'> => ({
  messages: [
    user('x'),
    { role: 'assistant', content: [{ toolUse: { toolUseId: id, name: 'w', input: {} } }] },
    { role: 'user', content: [{ toolResult: { toolUseId: id, content: [{ text: 'sunny' }] } }] },
  ],
  toolConfig: { tools: [{ toolSpec: { name: 'w', inputSchema: { json: {} } } }] },
});
/** A tool turn whose result is followed by a cachePoint block. */
const CACHE_POINT_AFTER_TOOL_RESULT: Omit<ConverseCommandInput, 'modelId'> = {
  ...toolTurn('t1'),
  messages: [
    ...(toolTurn('t1').messages ?? []).slice(0, 2),
    {
      role: 'user',
      content: [
        { toolResult: { toolUseId: 't1', content: [{ text: 'sunny' }] } },
        { cachePoint: { type: 'default' } },
      ],
    },
  ],
};
/** A Converse reasoning block signed as the emulator signs Claude's thinking. */
const SIGNED_REASONING = {
  reasoningContent: { reasoningText: { text: 'T', signature: thinkingSignature('T') } },
};
const CONVERSE_CASES: Array<[string, string, Omit<ConverseCommandInput, 'modelId'>, string | null]> = [
  ['accepted', CLAUDE, { messages: [user('x')] }, null],
  // The recorded real answer for Nova Micro (https://github.com/stdapi-ai/stdapi.ai/issues/224): 1.0 passes, 1.5 fails.
  [
    'Nova 2: no maxTokens or topP at reasoning effort high',
    'us.amazon.nova-2-lite-v1:0',
    {
      messages: [user('x')],
      inferenceConfig: { maxTokens: 100, topP: 0.9 },
      additionalModelRequestFields: { reasoningConfig: { type: 'enabled', maxReasoningEffort: 'high' } },
    },
    'topP, maxTokens cannot be set when reasoning is enabled with maxReasoningEffort high',
  ],
  [
    'Nova 2: reasoning at effort high without maxTokens',
    'us.amazon.nova-2-lite-v1:0',
    {
      messages: [user('x')],
      additionalModelRequestFields: { reasoningConfig: { type: 'enabled', maxReasoningEffort: 'high' } },
    },
    null,
  ],
  [
    'temperature 1 accepted',
    'amazon.nova-micro-v1:0',
    { messages: [user('x')], inferenceConfig: { temperature: 1 } },
    null,
  ],
  [
    'temperature above 1',
    'amazon.nova-micro-v1:0',
    { messages: [user('x')], inferenceConfig: { temperature: 1.5 } },
    "Value '1.5' at 'inferenceConfig.temperature' failed to satisfy constraint: Member must have value less than or equal to 1",
  ],
  [
    'topP below 0',
    CLAUDE,
    { messages: [user('x')], inferenceConfig: { topP: -0.1 } },
    "at 'inferenceConfig.topP' failed to satisfy constraint: Member must have value greater than or equal to 0",
  ],
  [
    'empty content',
    CLAUDE,
    { messages: [user('x'), { role: 'assistant', content: [] }] },
    'The content field in the Message object at messages.1 is empty',
  ],
  [
    'toolUse needs toolConfig',
    CLAUDE,
    {
      messages: [
        user('x'),
        { role: 'assistant', content: [{ toolUse: { toolUseId: 't', name: 'w', input: {} } }] },
      ],
    },
    'The toolConfig field must be defined',
  ],
  // s3Location sources: Nova only (converse.s3LocationUnsupported).
  [
    'Nova: S3 image accepted',
    'amazon.nova-pro-v1:0',
    {
      messages: [
        {
          role: 'user',
          content: [
            { image: { format: 'png', source: { s3Location: { uri: 's3://b/cat.png' } } } },
            { text: 'x' },
          ],
        },
      ],
    },
    null,
  ],
  [
    'Claude: S3 document refused',
    CLAUDE,
    {
      messages: [
        {
          role: 'user',
          content: [
            { document: { format: 'pdf', name: 'report', source: { s3Location: { uri: 's3://b/r.pdf' } } } },
            { text: 'x' },
          ],
        },
      ],
    },
    'The model returned the following errors: messages.0.content.0.document.source.type: Field required',
  ],
  // toolUseId: Bedrock's own constraint, then the Mistral models' (src/families/mistral/mistral-tool-call-id.ts).
  ["toolUseId of Bedrock's form accepted", CLAUDE, toolTurn('tooluse_bpe71yCfRu2b5i-nKGDr5g'), null],
  [
    'toolUseId over 64 characters',
    CLAUDE,
    toolTurn('a'.repeat(65)),
    "Value at 'messages.2.member.content.1.member.toolUse.toolUseId' failed to satisfy constraint: Member must have length less than or equal to 64",
  ],
  [
    'toolUseId outside [a-zA-Z0-9_-]',
    CLAUDE,
    toolTurn('call_1|fc_2'),
    'failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+',
  ],
  [
    'toolResult: status error with empty content',
    CLAUDE,
    {
      ...toolTurn('t1'),
      messages: [
        ...(toolTurn('t1').messages ?? []).slice(0, 2),
        { role: 'user', content: [{ toolResult: { toolUseId: 't1', content: [], status: 'error' } }] },
      ],
    },
    'The content field at messages.2.content.0.toolResult cannot be empty when status value is error.',
  ],
  [
    'toolUse.name outside [a-zA-Z0-9_-]',
    CLAUDE,
    {
      ...toolTurn('t1'),
      messages: [
        user('x'),
        { role: 'assistant', content: [{ toolUse: { toolUseId: 't1', name: '$READFILE', input: {} } }] },
        { role: 'user', content: [{ toolResult: { toolUseId: 't1', content: [{ text: 'no such tool' }] } }] },
      ],
    },
    "Value at 'messages.2.member.content.1.member.toolUse.name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+",
  ],
  [
    'Mistral: short toolUseId refused',
    'mistral.mistral-large-2402-v1:0',
    toolTurn('a'),
    'The model returned the following errors: Tool call id was a but must be a-z, A-Z, 0-9, with a length of 9.',
  ],
  [
    "Mistral: Bedrock's own toolUseId accepted",
    'mistral.mistral-large-2402-v1:0',
    toolTurn('tooluse_weather01'),
    null,
  ],
  [
    'Mistral: 9-character toolUseId accepted',
    'mistral.ministral-3-14b-instruct',
    toolTurn('Ab3dE6gH9'),
    null,
  ],
  [
    'Claude 4.5: assistant prefill with tools refused (Converse)',
    CLAUDE,
    {
      messages: [user('Hi'), { role: 'assistant', content: [{ text: 'Sure,' }] }],
      toolConfig: { tools: [{ toolSpec: { name: 'w', inputSchema: { json: { type: 'object' } } } }] },
    },
    'When using tools, pre-filling the `assistant` response is not supported.',
  ],
  [
    'Claude Opus 5: assistant prefill refused',
    'us.anthropic.claude-opus-5',
    { messages: [user('Hi'), { role: 'assistant', content: [{ text: 'Sure,' }] }] },
    'The model returned the following errors: This model does not support assistant message prefill.',
  ],
  // Prompt-cache points (src/families/shared/cache-points.ts): Claude and Nova only, at most 4.
  [
    'cachePoint: Nova accepted',
    'amazon.nova-pro-v1:0',
    { messages: [user('x')], system: [{ text: 'S' }, { cachePoint: { type: 'default' } }] },
    null,
  ],
  [
    'cachePoint: Nova, after a tool result',
    'us.amazon.nova-2-lite-v1:0',
    CACHE_POINT_AFTER_TOOL_RESULT,
    'The model returned the following errors: Malformed input request: #/messages/2/content/0: extraneous key [cachePoint] is not permitted, please reformat your input and try again.',
  ],
  ['cachePoint: Claude, after a tool result', CLAUDE, CACHE_POINT_AFTER_TOOL_RESULT, null],
  // With thinking, the tool turn the last tool results answer starts with its reasoning (pydantic/pydantic-ai#2453).
  ...([false, true] as const).map((reasoningFirst): (typeof CONVERSE_CASES)[number] => [
    `thinking: the last tool turn ${reasoningFirst ? 'starts' : 'does not start'} with its reasoning`,
    CLAUDE,
    {
      messages: [
        user('Weather?'),
        {
          role: 'assistant',
          content: [
            ...(reasoningFirst ? [SIGNED_REASONING] : []),
            { toolUse: { toolUseId: 't1', name: 'w', input: {} } },
          ],
        },
        { role: 'user', content: [{ toolResult: { toolUseId: 't1', content: [{ text: 'sunny' }] } }] },
      ],
      toolConfig: { tools: [{ toolSpec: { name: 'w', inputSchema: { json: { type: 'object' } } } }] },
      additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } },
    },
    reasoningFirst
      ? null
      : 'The model returned the following errors: messages.1.content.0.type: Expected `thinking` or `redacted_thinking`, but found `tool_use`.',
  ]),
  // An assistant turn of only reasoning: refused by Sonnet 5 and Fable 5.1, taken by Sonnet 4.6
  // (NousResearch/hermes-agent#105780).
  ...(
    [
      [
        'us.anthropic.claude-sonnet-5',
        'The model returned the following errors: This model does not support assistant message prefill.',
      ],
      ['us.anthropic.claude-sonnet-4-6', null],
    ] as const
  ).map(([modelId, error]): (typeof CONVERSE_CASES)[number] => [
    `reasoning-only assistant turn: ${modelId}`,
    modelId,
    {
      messages: [
        user('Hi'),
        {
          role: 'assistant',
          content: [SIGNED_REASONING],
        },
        user('Go on'),
      ],
    },
    error,
  ]),
  // Claude on Converse: not right after reasoning (anomalyco/opencode#36517), not first in a message
  // (strands-agents/harness-sdk#3677).
  [
    'cachePoint: Claude, right after reasoning',
    CLAUDE,
    {
      messages: [
        user('Hi'),
        {
          role: 'assistant',
          content: [SIGNED_REASONING, { cachePoint: { type: 'default' } }],
        },
        user('Go on'),
      ],
    },
    'Cache point cannot be inserted after reasoning block. Please remove the invalid cache point and try again.',
  ],
  [
    'cachePoint: Claude, after the text that follows reasoning',
    CLAUDE,
    {
      messages: [
        user('Hi'),
        {
          role: 'assistant',
          content: [SIGNED_REASONING, { text: 'A' }, { cachePoint: { type: 'default' } }],
        },
        user('Go on'),
      ],
    },
    null,
  ],
  [
    'cachePoint: Claude, first in a message',
    CLAUDE,
    { messages: [{ role: 'user', content: [{ cachePoint: { type: 'default' } }, { text: 'x' }] }] },
    'There is nothing available to cache.',
  ],
  [
    'cachePoint: 5 on Claude',
    CLAUDE,
    {
      messages: [
        { role: 'user', content: [{ text: 'a' }, { cachePoint: { type: 'default' } }] },
        { role: 'assistant', content: [{ text: 'b' }, { cachePoint: { type: 'default' } }] },
        { role: 'user', content: [{ text: 'c' }, { cachePoint: { type: 'default' } }] },
      ],
      system: [
        { text: 'S' },
        { cachePoint: { type: 'default' } },
        { text: 'T' },
        { cachePoint: { type: 'default' } },
      ],
    },
    'A maximum of 4 blocks with cache_control may be provided. Found 5.',
  ],
  // A given tool description is not empty (API_runtime_ToolSpecification; a live 400 in anomalyco/opencode#48582).
  [
    'toolSpec.description empty',
    CLAUDE,
    {
      messages: [user('x')],
      toolConfig: {
        tools: [{ toolSpec: { name: 'a', description: '', inputSchema: { json: { type: 'object' } } } }],
      },
    },
    "Value at 'toolConfig.tools.1.member.toolSpec.description' failed to satisfy constraint: Member must have length greater than or equal to 1",
  ],
  [
    'toolSpec.description left out',
    CLAUDE,
    {
      messages: [user('x')],
      toolConfig: { tools: [{ toolSpec: { name: 'a', inputSchema: { json: { type: 'object' } } } }] },
    },
    null,
  ],
  // The API's own bounds (API_runtime_InferenceConfiguration), for every model: Claude's Messages body takes 8191.
  [
    'stopSequences: 2500 accepted',
    CLAUDE,
    {
      messages: [user('x')],
      inferenceConfig: { stopSequences: Array.from({ length: 2500 }, (_, i) => `s${i}`) },
    },
    null,
  ],
  [
    'stopSequences: over 2500 items',
    CLAUDE,
    {
      messages: [user('x')],
      inferenceConfig: { stopSequences: Array.from({ length: 2501 }, (_, i) => `s${i}`) },
    },
    "Value at 'inferenceConfig.stopSequences' failed to satisfy constraint: Member must have length less than or equal to 2500",
  ],
  [
    'stopSequences: an empty one',
    CLAUDE,
    { messages: [user('x')], inferenceConfig: { stopSequences: ['a', ''] } },
    "Value at 'inferenceConfig.stopSequences.2.member' failed to satisfy constraint: Member must have length greater than or equal to 1",
  ],
  [
    'gpt-oss: no stopSequences',
    'openai.gpt-oss-20b-1:0',
    { messages: [user('x')], inferenceConfig: { stopSequences: ['a'] } },
    "doesn't support the stopSequences field",
  ],
  // Was "Nova: no forced tool"; the Nova tool-choice page (https://docs.aws.amazon.com/nova/latest/userguide/tool-choice.html)
  // and a later real run (https://github.com/pydantic/pydantic-ai/issues/2802) show `tool` is accepted.
  [
    'Nova: forced tool accepted',
    'amazon.nova-pro-v1:0',
    {
      messages: [user('x')],
      toolConfig: {
        tools: [{ toolSpec: { name: 'w', inputSchema: { json: {} } } }],
        toolChoice: { tool: { name: 'w' } },
      },
    },
    null,
  ],
  [
    'no reasoning in user turns',
    CLAUDE,
    { messages: [{ role: 'user', content: [{ reasoningContent: { reasoningText: { text: 'r' } } }] }] },
    'User messages cannot contain reasoning content',
  ],
  [
    'Qwen3 235B: no stopSequences',
    'qwen.qwen3-235b-a22b-2507-v1:0',
    { messages: [user('x')], inferenceConfig: { stopSequences: ['a'] } },
    "doesn't support the stopSequences field",
  ],
  ...(
    [
      ['us.writer.palmyra-x5-v1:0', "doesn't support the status field"],
      ['us.amazon.nova-pro-v1:0', null],
      [CLAUDE, null],
    ] as const
  ).map(
    ([modelId, error]) =>
      [
        `toolResult.status on ${modelId}`,
        modelId,
        {
          messages: [
            user('x'),
            { role: 'assistant' as const, content: [{ toolUse: { toolUseId: 't', name: 'w', input: {} } }] },
            {
              role: 'user' as const,
              content: [
                { toolResult: { toolUseId: 't', content: [{ text: 'down' }], status: 'error' as const } },
              ],
            },
          ],
          toolConfig: { tools: [{ toolSpec: { name: 'w', inputSchema: { json: {} } } }] },
        },
        error,
      ] as [string, string, Omit<ConverseCommandInput, 'modelId'>, string | null],
  ),
  ...(
    [
      [
        'us.meta.llama3-3-70b-instruct-v1:0',
        'Conversation blocks and tool result blocks cannot be provided in the same turn',
      ],
      [
        'mistral.mistral-large-2402-v1:0',
        'Conversation blocks and tool result blocks cannot be provided in the same turn',
      ],
      ['us.amazon.nova-pro-v1:0', null],
    ] as const
  ).map(
    ([modelId, error]) =>
      [
        `tool results and text in one turn on ${modelId}`,
        modelId,
        {
          messages: [
            user('x'),
            {
              role: 'assistant' as const,
              content: [{ toolUse: { toolUseId: 'tooluse_t1', name: 'w', input: {} } }],
            },
            {
              role: 'user' as const,
              content: [
                { toolResult: { toolUseId: 'tooluse_t1', content: [{ text: 'r' }] } },
                { text: 'and now?' },
              ],
            },
          ],
          toolConfig: { tools: [{ toolSpec: { name: 'w', inputSchema: { json: {} } } }] },
        },
        error,
      ] as [string, string, Omit<ConverseCommandInput, 'modelId'>, string | null],
  ),
  ['Magistral: Converse accepted', 'mistral.magistral-small-2509', { messages: [user('x')] }, null],
  [
    'Claude thinking budget',
    CLAUDE,
    {
      messages: [user('x')],
      additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 100 } },
    },
    'greater than or equal to 1024',
  ],
];

describe('Converse validation', () => {
  it.each(CONVERSE_CASES)('%s', async (_, modelId, input, error) => {
    const send = sdkClient(emulator.url, 'h2').send(new ConverseCommand({ modelId, ...input }));
    if (error === null) await expect(send).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    else
      await expect(send).rejects.toMatchObject({
        name: 'ValidationException',
        message: expect.stringContaining(error),
      });
  });

  it('answers a cachePoint on a model without prompt caching (Llama) with 403 AccessDeniedException', async () => {
    const send = sdkClient(emulator.url, 'h2').send(
      new ConverseCommand({
        modelId: 'us.meta.llama3-3-70b-instruct-v1:0',
        messages: [user('x')],
        system: [{ text: 'S' }, { cachePoint: { type: 'default' } }],
      }),
    );
    await expect(send).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining(
        'You invoked an unsupported model or your request did not allow prompt caching',
      ),
      $metadata: { httpStatusCode: 403 },
    });
  });

  it('rejects tools on Llama and Palmyra X5 ConverseStream and Magistral on InvokeModel', async () => {
    const client = sdkClient(emulator.url, 'h2');
    const { ConverseStreamCommand } = await import('@aws-sdk/client-bedrock-runtime');
    for (const modelId of ['us.meta.llama3-3-70b-instruct-v1:0', 'us.writer.palmyra-x5-v1:0'])
      await expect(
        client.send(
          new ConverseStreamCommand({
            modelId,
            messages: [user('x')],
            toolConfig: { tools: [{ toolSpec: { name: 'w', inputSchema: { json: {} } } }] },
          }),
        ),
      ).rejects.toMatchObject({ message: "This model doesn't support tool use in streaming mode." });
    await expect(
      client.send(new InvokeModelCommand({ modelId: 'mistral.magistral-small-2509', body: '{}' })),
    ).rejects.toMatchObject({ name: 'ValidationException' });
  });
});
