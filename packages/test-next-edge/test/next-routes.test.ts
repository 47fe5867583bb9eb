import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@bedrock-wrapper/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The app as built by `next build` (turbo builds it before this test), served by `next start`: the same handler
 * (lib/stream-answer.ts; lib/generate-answer.ts for non-streaming calls; lib/stream-tool-call.ts for tool calls;
 * lib/stream-v4.ts for ai@7 on the native /v4 entry) behind a Node-runtime route and an edge-runtime route each,
 * configured by the environment only, streaming from the emulator started here.
 */
const appDir = join(import.meta.dirname, '..');
const TEXT = 'Both runtimes stream this whole answer from the emulator, word after word, to the very end.';
let emulator: Emulator;
let server: ChildProcess;
let baseUrl: string;
let serverLog = '';

async function freePort(): Promise<number> {
  return new Promise(resolve => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  emulator = await startEmulator();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  for (const name of ['AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_BEARER_TOKEN_BEDROCK', 'AWS_DEFAULT_REGION'])
    delete env[name];
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', chunk => (serverLog += chunk));
  server.stderr?.on('data', chunk => (serverLog += chunk));
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${serverLog}`);
    const up = await fetch(`${baseUrl}/api/node`, { method: 'OPTIONS' }).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not start:\n${serverLog}`);
});

afterAll(async () => {
  server?.kill('SIGTERM');
  await emulator?.close();
});

describe.each([
  ['the Node-runtime route', 'node', 'nodejs'],
  ['the edge-runtime route', 'edge', 'edge'],
] as const)('%s (next build + next start)', (_name, route, runtime) => {
  it.each(['invoke', 'converse'] as const)('streams the whole answer from the emulator (%s)', async api => {
    emulator.reset();
    emulator.script({ reply: { text: TEXT, chunkSize: 9 } });
    const response = await fetch(`${baseUrl}/api/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'hello', api }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-next-runtime')).toBe(runtime);
    // Until bedrock-language-model.ts stops calling `refresh()` on what setTimeout returns (issue #16, bug (b)), the
    // edge route's stream ends with "[stream error] ... refresh is not a function".
    expect(await response.text(), `server log:\n${serverLog}`).toBe(TEXT);
    const [request] = emulator.requests();
    expect(request).toMatchObject({
      operation: api === 'invoke' ? 'InvokeModelWithResponseStream' : 'ConverseStream',
      modelId: 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
      status: 200,
    });
    // The SDK's Node build names Node in its user agent; the edge bundle has the SDK's browser build (FetchHttpHandler).
    const headers = request?.headers ?? {};
    if (runtime === 'nodejs') expect(headers['user-agent']).toMatch(/ lang\/js md\/nodejs#/);
    else expect(headers['x-amz-user-agent']).toMatch(/ lang\/js md\/browser#/);
  });
});

describe.each([
  ['the Node-runtime route', 'node-generate', 'nodejs'],
  ['the edge-runtime route', 'edge-generate', 'edge'],
] as const)('%s, not streamed (next build + next start)', (_name, route, runtime) => {
  it.each([
    ['invoke', 'Claude-4-5-Haiku', 'InvokeModel', 'us.anthropic.claude-haiku-4-5-20251001-v1:0'],
    ['converse', 'Claude-4-5-Haiku', 'Converse', 'us.anthropic.claude-haiku-4-5-20251001-v1:0'],
    ['invoke', 'Jamba-1-5-Mini', 'InvokeModel', 'ai21.jamba-1-5-mini-v1:0'],
  ] as const)('returns the whole answer (%s, %s)', async (api, model, operation, modelId) => {
    emulator.reset();
    emulator.script({ reply: { text: TEXT } });
    const response = await fetch(`${baseUrl}/api/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'hello', api, model }),
    });
    expect(response.headers.get('x-next-runtime')).toBe(runtime);
    expect(await response.text(), `server log:\n${serverLog}`).toBe(TEXT);
    expect(response.status).toBe(200);
    expect(emulator.requests()).toMatchObject([{ operation, modelId, status: 200 }]);
  });
});

describe.each([
  ['the Node-runtime route', 'node-tool', 'nodejs'],
  ['the edge-runtime route', 'edge-tool', 'edge'],
] as const)('%s, a streamed tool call (next build + next start)', (_name, route, runtime) => {
  it.each([
    // Claude streams its tool call on either API.
    ['invoke', 'Claude-4-5-Haiku', ['InvokeModelWithResponseStream'], []],
    ['converse', 'Claude-4-5-Haiku', ['ConverseStream'], []],
    // No tools on these streams (the catalog's LLAMA_TOOLS and MISTRAL_LARGE_TOOLS): one Converse call, streamed.
    ['invoke', 'Llama-3-3-70b', ['Converse'], ['other']],
    ['converse', 'Mistral-Large', ['Converse'], []],
  ] as const)('delivers the tool call (%s, %s)', async (api, model, operations, warnings) => {
    emulator.reset();
    emulator.script({ reply: { toolCalls: [{ name: 'weather', input: { city: 'Oslo' } }] } });
    const response = await fetch(`${baseUrl}/api/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'Weather in Oslo?', api, model }),
    });
    expect(response.headers.get('x-next-runtime')).toBe(runtime);
    expect(await response.json(), `server log:\n${serverLog}`).toEqual({
      calls: [{ toolName: 'weather', args: { city: 'Oslo' } }],
      text: '',
      warnings,
      errors: [],
    });
    expect(emulator.requests().map(request => request.operation)).toEqual(operations);
    expect(emulator.requests().every(request => request.status === 200)).toBe(true);
  });
});

describe.each([
  ['the Node-runtime route', 'node-v4', 'nodejs'],
  ['the edge-runtime route', 'edge-v4', 'edge'],
] as const)('%s, ai@7 on the native /v4 entry (next build + next start)', (_name, route, runtime) => {
  const post = async (body: Record<string, unknown>) => {
    const response = await fetch(`${baseUrl}/api/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.headers.get('x-next-runtime')).toBe(runtime);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it.each([
    ['invoke', 'Claude-4-5-Sonnet-Thinking', 'InvokeModelWithResponseStream'],
    ['converse', 'Claude-4-5-Sonnet-Thinking', 'ConverseStream'],
    ['converse', 'Nova-2-Lite-Thinking', 'ConverseStream'],
  ] as const)(
    'streams reasoning and text with no warning and no compatibility mode (%s, %s)',
    async (api, model, operation) => {
      emulator.reset();
      const reasoning = 'Weighing both runtimes, one step at a time.';
      emulator.script({ reply: { reasoning, text: TEXT, chunkSize: 9 } });
      const { status, body } = await post({ prompt: 'hello', api, model });
      expect(body, `server log:\n${serverLog}`).toEqual({
        text: TEXT,
        reasoning,
        calls: [],
        finishReason: 'stop',
        outputTokens: expect.any(Number),
        // A -Thinking model called with no settings warns about nothing; ai@7 logs no compatibility mode.
        warnings: [],
        logged: [],
        errors: [],
      });
      expect(status).toBe(200);
      expect(body.outputTokens).toBeGreaterThan(0);
      expect(emulator.requests().map(request => [request.operation, request.status])).toEqual([
        [operation, 200],
      ]);
    },
  );

  it.each(['invoke', 'converse'] as const)('streams a tool call (%s)', async api => {
    emulator.reset();
    emulator.script({ reply: { toolCalls: [{ name: 'weather', input: { city: 'Oslo' } }] } });
    const { body } = await post({
      prompt: 'Weather in Oslo?',
      api,
      model: 'Claude-4-5-Haiku',
      withTool: true,
    });
    expect(body, `server log:\n${serverLog}`).toEqual({
      text: '',
      reasoning: '',
      calls: [{ toolName: 'weather', input: { city: 'Oslo' } }],
      finishReason: 'tool-calls',
      outputTokens: expect.any(Number),
      warnings: [],
      logged: [],
      errors: [],
    });
  });
});
