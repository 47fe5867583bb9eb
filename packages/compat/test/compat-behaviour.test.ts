import {
  APICallError,
  InvalidArgumentError,
  InvalidPromptError,
  NoSuchModelError,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { bedrockWrapper, type OpenAIChatCompletionsCreateObject } from '../src';
import type { BedrockWrapperOptions } from '../src/validate-request';
import {
  captureOutput,
  PNG_BASE64,
  TEST_ACCESS_KEY_ID,
  TEST_SECRET_ACCESS_KEY,
  useCompatEmulator,
} from './use-compat-emulator';

const env = useCompatEmulator();
const output = captureOutput();
const awsCreds = {
  region: 'us-west-2',
  accessKeyId: TEST_ACCESS_KEY_ID,
  secretAccessKey: TEST_SECRET_ACCESS_KEY,
};

async function collect(
  request: OpenAIChatCompletionsCreateObject,
  options?: BedrockWrapperOptions,
  creds: unknown = awsCreds,
): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of bedrockWrapper(creds as typeof awsCreds, request, options)) chunks.push(chunk);
  return chunks;
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

const hello = { messages: [{ role: 'user' as const, content: 'Hello' }] };
const ANSWER = 'You said: Hello This is the emulator answering.';

describe('logging', () => {
  it('prints the request sent and the final usage, and never the credentials', async () => {
    await collect(
      { ...hello, model: 'Claude-4-5-Haiku', max_tokens: 100, stream: true },
      { logging: true },
      { ...awsCreds, sessionToken: 'session-token-Yh7Kq' },
    );
    const body = {
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 100,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hello' }] }],
    };
    expect(output.log).toEqual([
      `\nFinal formatted prompt: ${JSON.stringify(body.messages, null, 2)}`,
      `\nFinal request: ${JSON.stringify({ modelId: 'us.anthropic.claude-haiku-4-5-20251001-v1:0', body }, null, 2)}`,
      '\nFinal usage: {"inputTokens":2,"outputTokens":12,"stopReason":"stop"}',
    ]);
    expect(output.warn).toEqual([]);
    const printed = [...output.log, ...output.warn].join('\n');
    for (const secret of [TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, 'session-token-Yh7Kq'])
      expect(printed).not.toContain(secret);
    // The session token was used for the call (SigV4 with x-amz-security-token).
    expect(env.emulator.requests()[0]!.headers['x-amz-security-token']).toBe('session-token-Yh7Kq');
  });

  it('the legacy trailing empty assistant message is ignored without a warning', async () => {
    const messages = [
      { role: 'user' as const, content: 'Hello' },
      { role: 'assistant' as const, content: '' },
    ];
    expect(await collect({ messages, model: 'Mistral-Large-3' }, { logging: true })).toEqual([ANSWER]);
    expect(output.warn).toEqual([]);
    expect((env.emulator.requests()[0]!.body as { messages: unknown }).messages).toEqual([
      { role: 'user', content: 'Hello' },
    ]);
  });

  it('prints the Converse request and the prompt string of prompt-template models', async () => {
    await collect({ ...hello, model: 'Nova-Micro', max_tokens: 50 }, { logging: true, useConverseAPI: true });
    expect(output.log[0]).toBe(
      `\nConverse API request: ${JSON.stringify(
        {
          modelId: 'amazon.nova-micro-v1:0',
          messages: [{ role: 'user', content: [{ text: 'Hello' }] }],
          inferenceConfig: { maxTokens: 50 },
        },
        null,
        2,
      )}`,
    );
    output.log = [];
    await collect({ ...hello, model: 'Mistral-7b', max_tokens: 50 }, { logging: true });
    expect(output.log[0]).toBe('\nFinal formatted prompt: <s>[INST] Hello [/INST]');
  });

  it('warns about settings a model cannot take only when logging; otherwise they are dropped silently', async () => {
    const request = { ...hello, model: 'Llama-3-3-70b', max_tokens: 100000, stop: ['END'] };
    expect((await collect(request)).join('')).toBe(ANSWER);
    expect(output.warn).toEqual([]);
    expect(output.log).toEqual([]);
    await collect(request, { logging: true });
    expect(output.warn).toEqual([
      'bedrock-wrapper warning: max_tokens is not supported as given: Llama-3-3-70b writes at most 2048 tokens; max_tokens 100000 was lowered to it.',
      'bedrock-wrapper warning: stop_sequences is not supported as given: Llama-3-3-70b cannot stop on sequences on InvokeModel (the Converse API can); they were not sent.',
    ]);
    for (const { body } of env.emulator.requests()) expect(body).toMatchObject({ max_gen_len: 2048 });
  });

  it('a request Bedrock refuses is printed with the error', async () => {
    env.emulator.script({ error: { name: 'ValidationException', message: 'Malformed input request' } });
    const error = await failure(collect({ ...hello, model: 'Nova-Pro', max_tokens: 10 }, { logging: true }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(output.log[0]).toContain('\nFailed request: {');
    expect(output.log[0]).toContain('"schemaVersion": "messages-v1"');
  });
});

describe('validation', () => {
  it('an unknown key is an InvalidArgumentError listing the accepted keys, at the first next()', async () => {
    const generator = bedrockWrapper(awsCreds, { ...hello, model: 'Nova-Pro', n: 2, tools: [] } as never);
    const error = await failure(generator.next());
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      'openaiChatCompletionsCreateObject has unknown keys "n", "tools". Accepted keys: messages, model, max_tokens, temperature, top_p, stream, stop, stop_sequences, include_thinking_data.',
    );
    expect(env.emulator.requests()).toEqual([]);
  });

  it('wrong types and missing keys are listed together', async () => {
    const error = await failure(
      collect({ messages: [], temperature: '0.2', max_tokens: 12.5, stop: [1] } as never),
    );
    expect(error.message).toBe(
      'Invalid openaiChatCompletionsCreateObject: model is required; messages must be a non-empty array, got an empty array; max_tokens must be a positive integer, got number; temperature must be a finite number, got string; stop must be a string or an array of strings, got an array. Accepted keys: messages, model, max_tokens, temperature, top_p, stream, stop, stop_sequences, include_thinking_data.',
    );
  });

  it('awsCreds errors name keys and types, never values', async () => {
    const unknown = await failure(
      collect({ ...hello, model: 'Nova-Pro' }, {}, { ...awsCreds, secretKey: TEST_SECRET_ACCESS_KEY }),
    );
    expect(unknown.message).toBe(
      'awsCreds has unknown key "secretKey". Accepted keys: region, accessKeyId, secretAccessKey, sessionToken.',
    );
    const half = await failure(
      collect({ ...hello, model: 'Nova-Pro' }, {}, { region: 'us-west-2', accessKeyId: TEST_ACCESS_KEY_ID }),
    );
    expect(half.message).toBe(
      'awsCreds needs both accessKeyId and secretAccessKey, or neither (then the AWS default credential chain is used).',
    );
    const typed = await failure(
      collect({ ...hello, model: 'Nova-Pro' }, {}, { ...awsCreds, secretAccessKey: 12345678 }),
    );
    expect(typed.message).toContain('secretAccessKey must be a string, got number');
    expect(typed.message).not.toContain('12345678');
  });

  it('options are checked too', async () => {
    const error = await failure(
      collect({ ...hello, model: 'Nova-Pro' }, { logging: 'yes', converse: true } as never),
    );
    expect(error.message).toBe(
      'options has unknown key "converse". Accepted keys: logging, useConverseAPI, allowHttpImageUrls, allowPrivateImageHosts, imageUrlMaxBytes, imageUrlTimeoutMs, imageUrlMaxRedirects, abortSignal.',
    );
  });

  it('messages: roles, keys and parts are checked (InvalidPromptError)', async () => {
    const cases: Array<[unknown[], string]> = [
      [
        [{ role: 'developer', content: 'x' }],
        'messages[0].role must be one of system, user, assistant, tool, got "developer".',
      ],
      [
        [{ role: 'user', content: 'x', name: 'bob' }],
        'messages[0] (user) has unknown key "name". Accepted keys: role, content.',
      ],
      [
        [{ role: 'user', content: [{ type: 'input_audio', input_audio: {} }] }],
        'messages[0].content[0] has type "input_audio"; accepted part types: text, image_url.',
      ],
      [
        [
          { role: 'system', content: [{ type: 'image_url', image_url: 'data:image/png;base64,AAAA' }] },
          { role: 'user', content: 'x' },
        ],
        "messages[0].content[0] must be { type: 'text', text: string } (images are accepted in user messages only).",
      ],
      [
        [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/png,rawbytes' } }] }],
        'messages[0].content[0].image_url is a data: URL without ;base64 (only base64 data URLs are accepted).',
      ],
      [
        [
          { role: 'user', content: 'x' },
          { role: 'tool', tool_call_id: 'call_1', content: '42' },
        ],
        'messages[1] answers tool call "call_1", which no earlier assistant message made (tool_calls).',
      ],
    ];
    for (const [messages, message] of cases) {
      const error = await failure(collect({ messages: messages as never, model: 'Nova-Pro' }));
      expect(InvalidPromptError.isInstance(error)).toBe(true);
      expect(error.message).toBe(`Invalid prompt: ${message}`);
    }
    expect(env.emulator.requests()).toEqual([]);
  });
});

describe('errors of the provider pass through', () => {
  it('APICallError with isRetryable, without credentials', async () => {
    env.emulator.script({ error: { name: 'ThrottlingException', message: 'Too many requests' } });
    const error = await failure(collect({ ...hello, model: 'Claude-4-5-Sonnet', stream: true }));
    expect(APICallError.isInstance(error)).toBe(true);
    const apiError = error as APICallError;
    expect(apiError.statusCode).toBe(429);
    expect(apiError.isRetryable).toBe(true);
    expect(apiError.message).toBe(
      'Bedrock InvokeModelWithResponseStream failed: ThrottlingException (HTTP 429): Too many requests',
    );
    expect(JSON.stringify({ ...apiError, message: apiError.message })).not.toContain(TEST_SECRET_ACCESS_KEY);
  });

  it('NoSuchModelError with suggestions, and UnsupportedFunctionalityError for an image to a text model', async () => {
    const unknown = await failure(collect({ ...hello, model: 'Claude-4-5-Sonet' }));
    expect(NoSuchModelError.isInstance(unknown)).toBe(true);
    expect(unknown.message).toContain('Did you mean "Claude-4-5-Sonnet"');
    const image = await failure(
      collect({
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'What is this?' },
              { type: 'image_url', image_url: `data:image/png;base64,${PNG_BASE64}` },
            ],
          },
        ],
        model: 'Llama-3-3-70b',
      }),
    );
    expect(UnsupportedFunctionalityError.isInstance(image)).toBe(true);
    expect(image.message).toBe('Llama-3-3-70b does not take images on InvokeModel.');
    expect(env.emulator.requests()).toEqual([]);
  });
});

describe('calls the legacy wrapper got wrong', () => {
  it('tool calls and tool results become the family’s tool blocks', async () => {
    const chunks = await collect({
      model: 'Claude-4-5-Sonnet',
      messages: [
        { role: 'user', content: 'Weather in Paris?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'toolu_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'toolu_1', content: '21 C' },
      ],
    });
    expect(chunks).toEqual(['The tool returned: 21 C. That is my answer.']);
    expect((env.emulator.requests()[0]!.body as { messages: unknown }).messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Weather in Paris?' }] },
      {
        role: 'assistant',
        content: [{ type: 'tool_use', id: 'toolu_1', name: 'weather', input: { city: 'Paris' } }],
      },
      {
        role: 'user',
        content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '21 C' }],
      },
    ]);
  });

  it('a bare model id gets the region’s inference profile and never silently turns into a -Thinking variant', async () => {
    // Claude Sonnet 4.5 has a -Thinking variant and needs a profile (Claude 3.7 Sonnet, used here before, is past its
    // end of life).
    await collect({ ...hello, model: 'anthropic.claude-sonnet-4-5-20250929-v1:0' });
    await collect({ ...hello, model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' });
    await collect(
      { ...hello, model: 'anthropic.claude-sonnet-4-5-20250929-v1:0' },
      {},
      { ...awsCreds, region: 'eu-west-1' },
    );
    const requests = env.emulator.requests();
    expect(requests.map(request => request.modelId)).toEqual([
      'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'eu.anthropic.claude-sonnet-4-5-20250929-v1:0',
    ]);
    for (const { body } of requests) expect(body).not.toHaveProperty('thinking');
  });

  it('a stream that ends while the model is still thinking closes its <think> tag', async () => {
    env.emulator.script({ reply: { reasoning: 'Still thinking', text: '', stopReason: 'max_tokens' } });
    const chunks = await collect({
      ...hello,
      model: 'Claude-4-5-Sonnet-Thinking',
      stream: true,
      include_thinking_data: true,
    });
    expect(chunks).toEqual(['<think>Still', ' thinking', '</think>']);
  });

  it('the unstreamed call yields once, even an empty answer; include_thinking_data is honoured there too', async () => {
    env.emulator.script({ reply: { text: '' } });
    expect(await collect({ ...hello, model: 'Nova-Pro' })).toEqual(['']);
    expect(await collect({ ...hello, model: 'Claude-4-5-Sonnet-Thinking' })).toEqual([ANSWER]);
  });

  it('top_p is sent (Claude 4 keeps temperature and drops top_p, as Bedrock takes only one of them)', async () => {
    await collect({ ...hello, model: 'Nova-Pro', temperature: 0.3, top_p: 0.9 });
    await collect({ ...hello, model: 'Claude-4-5-Sonnet', temperature: 0.3, top_p: 0.9 }, { logging: true });
    const [nova, claude] = env.emulator.requests();
    expect((nova!.body as { inferenceConfig: unknown }).inferenceConfig).toEqual({
      maxTokens: 4096,
      temperature: 0.3,
      topP: 0.9,
    });
    expect(claude!.body).toMatchObject({ temperature: 0.3 });
    expect(claude!.body).not.toHaveProperty('top_p');
    expect(output.warn).toEqual([
      'bedrock-wrapper warning: top_p is not supported as given: Claude-4-5-Sonnet takes temperature or top_p, not both; top_p was not sent.',
    ]);
  });

  it('without keys in awsCreds the AWS default credential chain is used', async () => {
    const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
    process.env.AWS_ACCESS_KEY_ID = TEST_ACCESS_KEY_ID;
    process.env.AWS_SECRET_ACCESS_KEY = TEST_SECRET_ACCESS_KEY;
    try {
      expect((await collect({ ...hello, model: 'Nova-Pro' }, {}, { region: 'us-east-1' })).join('')).toBe(
        ANSWER,
      );
    } finally {
      if (saved.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
      else process.env.AWS_ACCESS_KEY_ID = saved.id;
      if (saved.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
      else process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
    }
    expect(env.emulator.requests()[0]!.headers.authorization).toContain(`Credential=${TEST_ACCESS_KEY_ID}/`);
  });

  it('abortSignal cancels the call', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(
      collect({ ...hello, model: 'Nova-Pro', stream: true }, { abortSignal: controller.signal }),
    );
    expect(error.name).toBe('AbortError');
  });

  it('breaking out of the loop ends the call; the next call works', async () => {
    for await (const chunk of bedrockWrapper(awsCreds, { ...hello, model: 'Nova-Pro', stream: true })) {
      expect(chunk).toBe('You');
      break;
    }
    expect((await collect({ ...hello, model: 'Nova-Pro', stream: true })).join('')).toBe(ANSWER);
  });
});
