import { APICallError } from '@ai-sdk/provider';
import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { useMisbehavingServer } from '../../src/test-utils/use-misbehaving-server';

/**
 * What is read is checked: an answer or a stream chunk whose fields have other types than the family sends becomes a
 * typed, retryable `APICallError` naming the field (core/response-shape.ts), never a chunk skipped as if empty. Fields
 * and event types the codec does not read pass. A loopback server plays Bedrock here: the emulator never sends such
 * bodies.
 */
const env = useMisbehavingServer();
const model = (name: string, api: 'invoke' | 'converse' = 'invoke') => env.provider(name, { api });

async function generateError(name: string, body: unknown, api: 'invoke' | 'converse' = 'invoke') {
  env.server.next({ kind: 'ok', body: JSON.stringify(body) });
  return generateText({ model: model(name, api), prompt: 'x', maxRetries: 0 }).then(
    () => undefined,
    (error: unknown) => error as APICallError,
  );
}

describe('a whole answer of another shape', () => {
  it.each([
    [
      'Claude',
      'Claude-4-5-Haiku',
      { content: [{ type: 'text', text: 42 }], stop_reason: 'end_turn' },
      'response.content[0].text: a number, expected a string',
    ],
    [
      'Nova (Converse keys)',
      'Nova-Pro',
      { output: { message: { content: [{ text: ['a'] }] } }, stopReason: 'end_turn' },
      'response.output.message.content[0].text: an array, expected a string',
    ],
    [
      'an OpenAI-chat family',
      'GPT-OSS-120B',
      { choices: { message: { content: 'hi' } } },
      'response.choices: an object, expected an array',
    ],
    [
      'Llama (a prompt template)',
      'Llama-3-3-70b',
      { generation: 'hi', generation_token_count: '3' },
      'response.generation_token_count: a string, expected a number',
    ],
    [
      'any family, a body that is not an object',
      'Mistral-7b',
      [1, 2],
      'response: an array, expected an object',
    ],
  ])('%s: an APICallError naming the field, retryable', async (_family, name, body, mismatch) => {
    const error = await generateError(name, body);
    expect(APICallError.isInstance(error), String(error)).toBe(true);
    expect(error!.message).toContain(
      `MalformedResponse (HTTP 502): Bedrock sent a body of an unexpected shape: ${mismatch}`,
    );
    expect(error!.isRetryable).toBe(true);
  });

  it('fields it does not read pass, and the answer is read', async () => {
    env.server.next({
      kind: 'ok',
      body: JSON.stringify({
        content: [{ type: 'text', text: 'fine', citations: { any: 1 } }],
        stop_reason: 'end_turn',
        container: 7,
      }),
    });
    const { text } = await generateText({ model: model('Claude-4-5-Haiku'), prompt: 'x', maxRetries: 0 });
    expect(text).toBe('fine');
  });
});

const CLAUDE_START = [
  { type: 'message_start', message: { id: 'msg_1', model: 'claude', usage: { input_tokens: 3 } } },
  { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hello' } },
];
const CLAUDE_END = [
  { type: 'content_block_stop', index: 0 },
  { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 2 } },
  { type: 'message_stop' },
];

async function stream(payloads: unknown[]) {
  env.server.next({ kind: 'events', payloads });
  const errors: unknown[] = [];
  const result = streamText({
    model: model('Claude-4-5-Haiku'),
    prompt: 'x',
    maxRetries: 0,
    onError: ({ error }) => {
      errors.push(error);
    },
  });
  let text = '';
  for await (const delta of result.textStream) text += delta;
  return { text, errors, finishReason: await result.finishReason };
}

describe('a stream chunk of another shape', () => {
  it('the text before it stays; then an APICallError naming the field', async () => {
    const { text, errors, finishReason } = await stream([
      ...CLAUDE_START,
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 5 } },
      ...CLAUDE_END,
    ]);
    expect(text).toBe('Hello');
    expect(errors).toHaveLength(1);
    const error = errors[0] as APICallError;
    expect(APICallError.isInstance(error), String(error)).toBe(true);
    expect(error.message).toContain(
      'Bedrock sent a body of an unexpected shape: chunk.delta.text: a number, expected a string',
    );
    expect(error.isRetryable).toBe(true);
    expect(finishReason).toBe('error');
  });

  it('event types and fields it does not read pass (Anthropic: ignore unknown events), and the answer ends normally', async () => {
    const { text, errors, finishReason } = await stream([
      ...CLAUDE_START,
      { type: 'ping' },
      { type: 'some_future_event', payload: [1, 2, 3] },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: ' world', extra: {} } },
      ...CLAUDE_END,
    ]);
    expect({ text, errors, finishReason }).toEqual({ text: 'Hello world', errors: [], finishReason: 'stop' });
  });
});
