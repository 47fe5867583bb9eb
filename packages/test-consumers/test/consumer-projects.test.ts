import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@bedrock-wrapper/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LockfileRegistry, startLockfileRegistry } from './lockfile-registry';
import { packWorkspacePackage, pinnedVersion, pnpm, type RunResult, repoRoot, run } from './workspace';

/**
 * The provider's packed tarball installed into brand-new projects in the OS temp directory, outside the workspace, the
 * way a user installs it: a plain package.json with caret ranges, `pnpm install`, no workspace, no lockfile. Offline:
 * the registry is a loopback one that knows only the workspace lockfile's packages (lockfile-registry.ts), and every
 * package comes from the local pnpm store that the workspace install filled.
 *
 * Each project type-checks (the workspace's tsc, `skipLibCheck` off, strict) and compiles one ESM (.mts) and one
 * CommonJS (.cts) program, then runs both against the emulator: generateText, streamText, a zod-typed tool, two
 * -Thinking models called with no settings, a conversation whose tool-call id Bedrock would refuse as given, a cache
 * point on a model without prompt caching (left out, warned), a Nova conversation with a cache point after a tool
 * result and a tool name Converse refuses (both warned), an assistant prefill on Claude 4.6 (refused), a stream the
 * caller aborts after its first words (delivered, and the call ends as aborted), and on ai@6/ai@7 Bedrock's own stop
 * reasons (`rawFinishReason`), raw usage and answer bodies.
 * The matrix covers every value of each axis, not every combination (each cell costs an install and a tsc run):
 *
 * | ai    | entry | zod | moduleResolution (with module)   | programs  |
 * |-------|-------|-----|----------------------------------|-----------|
 * | 4     | `.`   | 3   | node16 (node16)                  | ESM + CJS |
 * | 5     | `/v2` | 4   | bundler (preserve)               | ESM + CJS |
 * | 6     | `/v3` | 3   | bundler (preserve)               | ESM + CJS |
 * | 7     | `/v4` | 4   | node16 (node16)                  | ESM       |
 *
 * ai@4 with zod 4 is left out: ai@4 itself asks for zod ^3.23.8. ai@7 is ESM only (its declarations fail a CommonJS
 * type-check with TS1471 "Module 'ai' cannot be imported using this construct"), and so is `@ai-sdk/provider` 4, which
 * `/v4` builds on: an ai@7 project is an ESM project, so that cell has no CJS program.
 * KEEP_CONSUMER_PROJECTS=1 leaves the projects in the temp directory to look at.
 */
interface Cell {
  ai: 'ai4' | 'ai5' | 'ai6' | 'ai7';
  entry: '' | '/v2' | '/v3' | '/v4';
  zod: 'zod3' | 'zod4';
  resolution: 'node16' | 'bundler';
  /** Whether the cell also has a CommonJS program (not for ESM-only ai@7). */
  cjs: boolean;
}

const CELLS: Cell[] = [
  { ai: 'ai4', entry: '', zod: 'zod3', resolution: 'node16', cjs: true },
  { ai: 'ai5', entry: '/v2', zod: 'zod4', resolution: 'bundler', cjs: true },
  { ai: 'ai6', entry: '/v3', zod: 'zod3', resolution: 'bundler', cjs: true },
  { ai: 'ai7', entry: '/v4', zod: 'zod4', resolution: 'node16', cjs: false },
];

const PROVIDER = '@bedrock-wrapper/ai-provider';
const keep = process.env.KEEP_CONSUMER_PROJECTS === '1';
const root = mkdtempSync(join(tmpdir(), 'bedrock-wrapper-consumers-'));
let emulator: Emulator;
let registry: LockfileRegistry;
let tarball: string;
let storeDir: string;

beforeAll(async () => {
  const [packed, store, started, served] = await Promise.all([
    packWorkspacePackage('packages/ai-provider', root),
    pnpm(['store', 'path'], repoRoot),
    startEmulator(),
    startLockfileRegistry(join(repoRoot, 'pnpm-lock.yaml')),
  ]);
  tarball = packed;
  storeDir = store.stdout.trim();
  emulator = started;
  registry = served;
  startPreparations();
});

afterAll(async () => {
  await Promise.all([emulator?.close(), registry?.close()]);
  if (!keep) rmSync(root, { recursive: true, force: true });
});

/** The same program in both module formats; `ai@4` names tool inputs `parameters`/`args`, later ones `input`. */
function program(cell: Cell, format: 'esm' | 'cjs'): string {
  const v4 = cell.ai === 'ai4';
  const keepBody = cell.ai === 'ai7' ? ', include: { responseBody: true }' : '';
  const keepBodyField = cell.ai === 'ai7' ? '\n      include: { responseBody: true },' : '';
  const imports =
    format === 'esm'
      ? `import { bedrockWrapperProvider } from '${PROVIDER}${cell.entry}';
import { generateText, streamText, tool } from 'ai';
import { z } from 'zod';`
      : `import provider = require('${PROVIDER}${cell.entry}');
import ai = require('ai');
import zod = require('zod');

const { bedrockWrapperProvider } = provider;
const { generateText, streamText, tool } = ai;
const { z } = zod;`;
  return `${imports}

const bedrock = bedrockWrapperProvider({
  region: 'us-east-1',
  endpoint: process.env.EMULATOR_URL,
  accessKeyId: 'test',
  secretAccessKey: 'test',
});

async function main(): Promise<void> {
  const model = bedrock('Nova-Pro');
  const generated = await generateText({ model, prompt: 'Hello from ${format}', maxRetries: 0 });

  const streamed = streamText({ model, prompt: 'Stream to ${format}', maxRetries: 0 });
  const deltas: string[] = [];
  for await (const delta of streamed.textStream) deltas.push(delta);

  const weather = tool({
    description: 'The weather in a city',
    ${v4 ? 'parameters' : 'inputSchema'}: z.object({ city: z.enum(['Paris', 'Rome']) }),
    execute: async ({ city }) => \`Sunny in \${city}\`,
  });
  const withTool = await generateText({ model, prompt: 'Weather?', tools: { weather }, maxRetries: 0 });
  // A Converse answer (read and parsed by the provider) and the newest family, as a fresh project installs them.
  // ai@7 keeps a step's response body only when asked (GenerateTextInclude.responseBody, default false; ai@6 true).
  const converse = await generateText({ model: bedrock('Nova-Pro', { api: 'converse' }), prompt: 'Converse', maxRetries: 0${keepBody} });
  const jamba = await generateText({ model: bedrock('Jamba-1-5-Mini'), prompt: 'Jamba', maxRetries: 0 });
  // Tools that a model takes only on Converse: Jamba's call moves there; Mistral Large's streamed call is answered by
  // one Converse call (no tool use on ConverseStream), still streamed as parts.
  const jambaTool = await generateText({ model: bedrock('Jamba-1-5-Mini'), prompt: 'Weather?', tools: { weather }, maxRetries: 0 });
  const mistral = streamText({ model: bedrock('Mistral-Large'), prompt: 'Weather?', tools: { weather }, maxRetries: 0 });
  const streamedToolCalls: string[] = [];
  for await (const part of mistral.fullStream) if (part.type === 'tool-call') streamedToolCalls.push(part.toolName);
  // -Thinking models called with no settings: reasoning arrives as reasoning, and nothing warns (the user set nothing).
  const claudeThinking = await generateText({ model: bedrock('Claude-4-5-Sonnet-Thinking'), prompt: 'Think', maxRetries: 0 });
  const novaThinking = await generateText({ model: bedrock('Nova-2-Lite-Thinking'), prompt: 'Think', maxRetries: 0 });
  // A conversation carried over from another provider, with a tool-call id Bedrock refuses as it is (a dot, a colon).
  const carried = (api: 'invoke' | 'converse') =>
    generateText({
      model: bedrock('Claude-4-5-Sonnet', { api }),${keepBodyField}
      tools: { weather },
      messages: [
        { role: 'user', content: 'Weather in Paris?' },
        {
          role: 'assistant',
          content: [{ type: 'tool-call', toolCallId: 'call.7f:01', toolName: 'weather', ${v4 ? 'args' : 'input'}: { city: 'Paris' } }],
        },
        {
          role: 'tool',
          content: [
            {
              type: 'tool-result',
              toolCallId: 'call.7f:01',
              toolName: 'weather',
              ${v4 ? "result: 'Sunny in Paris'" : "output: { type: 'text', value: 'Sunny in Paris' }"},
            },
          ],
        },
      ],
      maxRetries: 0,
    });
  const [carriedInvoke, carriedConverse] = await Promise.all([carried('invoke'), carried('converse')]);
  // A prompt-cache point on a model without prompt caching is left out with a warning; an assistant prefill on
  // Claude 4.6 fails before anything is sent.
  const cached = await generateText({
    model: bedrock('Llama-3-3-70b', { api: 'converse' }),
    messages: [{ role: 'user', content: 'Cache me', providerOptions: { bedrockWrapper: { cachePoint: true } } }],
    maxRetries: 0,
  });
  // Nova: a cache point after a tool result is left out (Bedrock refuses it), the one after text kept (on InvokeModel as
  // a key of the text block); a tool call named as Converse refuses is sent under a name it takes. Both warned about.
  const novaTools = (api: 'invoke' | 'converse') =>
    generateText({
      model: bedrock('Nova-Pro', { api }),
      tools: { weather },
      messages: [
        { role: 'user', content: 'Weather in Paris?', providerOptions: { bedrockWrapper: { cachePoint: true } } },
        {
          role: 'assistant',
          content: [{ type: 'tool-call', toolCallId: 'call_2', toolName: 'weather.now', ${v4 ? 'args' : 'input'}: { city: 'Paris' } }],
        },
        {
          role: 'tool',
          content: [
            {
              type: 'tool-result',
              toolCallId: 'call_2',
              toolName: 'weather.now',
              ${v4 ? "result: 'Sunny in Paris'" : "output: { type: 'text', value: 'Sunny in Paris' }"},
            },
          ],
          providerOptions: { bedrockWrapper: { cachePoint: true } },
        },
      ],
      maxRetries: 0,
    });
  const novaResults = await Promise.all([novaTools('invoke'), novaTools('converse')]);
  const prefill = await generateText({
    model: bedrock('Claude-Sonnet-4-6'),
    messages: [
      { role: 'user', content: 'Start' },
      { role: 'assistant', content: 'Sure,' },
    ],
    maxRetries: 0,
  }).then(
    () => 'sent',
    (error: unknown) => (error as Error).name,
  );

  // The caller stops a stream after its first words (the emulator holds the rest back): what arrived stays delivered,
  // and the call ends as aborted, never as finished.
  const controller = new AbortController();
  const events: string[] = [];
  const stopped = streamText({
    model: bedrock('Nova-Pro', { api: 'converse' }),
    prompt: 'Stop me',
    abortSignal: controller.signal,
    maxRetries: 0,
    onFinish: () => {
      events.push('finish');
    },${
      v4
        ? `
    onError: () => {
      events.push('error');
    },`
        : `
    onAbort: () => {
      events.push('abort');
    },`
    }
  });
  const stoppedDeltas: string[] = [];
  const stoppedEnd = await (async () => {
    for await (const delta of stopped.textStream) {
      stoppedDeltas.push(delta);
      controller.abort();
    }
    return 'ended';
  })().catch((error: unknown) => (error as Error).name);

  console.log(
    JSON.stringify({
      stopped: { end: stoppedEnd, text: stoppedDeltas.join(''), events },
      text: generated.text,
      streamed: deltas.join(''),
      deltas: deltas.length,
      finishReason: await streamed.finishReason,${
        cell.ai === 'ai6' || cell.ai === 'ai7'
          ? `
      rawFinishReasons: [
        generated.rawFinishReason,
        await streamed.rawFinishReason,
        carriedInvoke.rawFinishReason,
        converse.rawFinishReason,
      ],
      rawUsage: [carriedInvoke.usage.raw, converse.usage.raw],
      bodies: [carriedInvoke.response.body, converse.response.body],`
          : ''
      }
      toolCalls: withTool.toolCalls.map(call => ({ name: call.toolName, input: call.${v4 ? 'args' : 'input'} })),
      toolResults: withTool.toolResults.map(result => result.${v4 ? 'result' : 'output'}),
      converse: converse.text,
      jamba: jamba.text,
      jambaToolCalls: jambaTool.toolCalls.map(call => call.toolName),
      streamedToolCalls,
      thinking: [claudeThinking, novaThinking].map(result => ({
        reasoning: result.${v4 ? 'reasoning' : 'reasoningText'},
        text: result.text,
        warnings: result.warnings ?? [],
      })),
      carried: [carriedInvoke.text, carriedConverse.text],
      cacheWarnings: (cached.warnings ?? []).map(warning => ('message' in warning ? warning.message : warning.type)),
      prefill,
      nova: novaResults.map(result => ({
        text: result.text,
        warnings: (result.warnings ?? []).map(warning => ('message' in warning ? warning.message : warning.type)),
      })),
    }),
  );
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
`;
}

function tsconfig(resolution: Cell['resolution']) {
  return {
    compilerOptions: {
      ...(resolution === 'node16'
        ? { module: 'node16', moduleResolution: 'node16' }
        : { module: 'preserve', moduleResolution: 'bundler' }),
      target: 'es2022',
      // `ai`'s own declarations name DOM types (HeadersInit, RequestCredentials, FileList) and import `json-schema`'s
      // (from @types/json-schema), as every TypeScript project that checks its libraries finds.
      lib: ['es2022', 'dom'],
      types: ['node'],
      strict: true,
      skipLibCheck: false,
      rootDir: 'src',
      outDir: 'out',
    },
    include: ['src'],
  };
}

interface Prepared {
  project: string;
  install: RunResult;
  typecheck: RunResult;
}

function projectFiles(cell: Cell, project: string): void {
  mkdirSync(join(project, 'src'), { recursive: true });
  const caret = (alias: string) => `^${pinnedVersion(alias).replace(/^\^/, '')}`;
  const packageJson = {
    name: 'consumer',
    private: true,
    type: 'module',
    dependencies: {
      [PROVIDER]: `file:${tarball}`,
      ai: caret(cell.ai),
      zod: `^${pinnedVersion(cell.zod).split('.')[0]}.0.0`,
    },
    devDependencies: {
      '@types/json-schema': caret('@types/json-schema'),
      '@types/node': caret('@types/node'),
    },
  };
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  writeFileSync(join(project, 'tsconfig.json'), `${JSON.stringify(tsconfig(cell.resolution), null, 2)}\n`);
  writeFileSync(join(project, 'src/consumer.mts'), program(cell, 'esm'));
  if (cell.cjs) writeFileSync(join(project, 'src/consumer.cts'), program(cell, 'cjs'));
}

/** Writes, installs and type-checks (emitting out/) one project. */
async function prepare(cell: Cell): Promise<Prepared> {
  const project = join(root, `${cell.ai}-${cell.zod}-${cell.resolution}`);
  projectFiles(cell, project);
  // On the command line, not in an .npmrc: `npx` (which runs the pinned pnpm) must still reach the real registry.
  const install = await pnpm(
    [
      'install',
      `--registry=${registry.url}/`,
      `--store-dir=${storeDir}`,
      `--config.cache-dir=${join(project, '.pnpm-cache')}`,
      '--config.update-notifier=false',
    ],
    project,
  );
  const typecheck =
    install.code === 0
      ? await run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', '.'], {
          cwd: project,
        })
      : { code: -1, stdout: '', stderr: 'not installed' };
  return { project, install, typecheck };
}

/** Every cell's preparation, started in beforeAll two at a time (installs are mostly I/O, tsc takes one core). */
const preparations = new Map<Cell, Promise<Prepared>>();

function startPreparations(): void {
  const lanes: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
  CELLS.forEach((cell, i) => {
    const lane = i % lanes.length;
    const preparation = (lanes[lane] as Promise<unknown>).then(() => prepare(cell));
    lanes[lane] = preparation.catch(() => undefined);
    preparations.set(cell, preparation);
  });
}

describe.each(CELLS)('$ai ($entry), $zod, $resolution', cell => {
  const aiVersion = pinnedVersion(cell.ai);
  const zodVersion = pinnedVersion(cell.zod);
  const preparation = () => preparations.get(cell) as Promise<Prepared>;

  it(`installs ${PROVIDER}, ai@${aiVersion} and zod@${zodVersion} offline, from the local store only`, async () => {
    const { install, project } = await preparation();
    const output = install.stdout + install.stderr;
    expect(install.code, output).toBe(0);
    expect(registry.misses).toEqual([]);
    const installed = (name: string) =>
      (
        JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
    expect([installed('ai'), installed('zod')]).toEqual([aiVersion, zodVersion]);
    // pnpm's only peer complaint on zod 4: @ai-sdk/provider-utils@2.2.8 (the LanguageModelV1 utilities the provider
    // depends on) asks for zod ^3.23.8. It is a warning (npm and pnpm install), and the runs below use zod 4.
    expect(output.match(/unmet peer \S+/g) ?? []).toEqual(
      cell.zod === 'zod4' ? ['unmet peer zod@^3.23.8:'] : [],
    );
  });

  it(`type-checks with moduleResolution ${cell.resolution}, no skipLibCheck, and compiles ${cell.cjs ? 'ESM and CJS' : 'ESM'}`, async () => {
    const { typecheck } = await preparation();
    expect(typecheck.stdout + typecheck.stderr).toBe('');
    expect(typecheck.code).toBe(0);
  });

  it.each(cell.cjs ? (['esm', 'cjs'] as const) : (['esm'] as const))(
    'runs generateText (InvokeModel, Converse, Jamba), streamText, zod tools (also on Converse-only tool paths), -Thinking models with no warning, carried-over tool-call ids and tool names, cache points (Nova too), prefill and an aborted stream (%s)',
    async format => {
      const { project } = await preparation();
      // The program's one ConverseStream call (the stopped stream) gets three events, then nothing until it aborts.
      emulator.script({ match: { operation: 'ConverseStream' }, stallAfter: { events: 3 } });
      const result = await run(process.execPath, [`out/consumer.${format === 'esm' ? 'mjs' : 'cjs'}`], {
        cwd: project,
        env: { ...process.env, EMULATOR_URL: emulator.url },
      });
      // stderr may hold the AWS SDK's NodeVersionSupportWarning on Node 20 (docs/node-support.md).
      expect(result.code, result.stderr).toBe(0);
      // The last line: `ai` may log its warnings (here, tools moved to Converse) on stdout before it (ai@6 does).
      const output = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as { deltas: number };
      expect(output).toEqual({
        // ai@4 fails the stream with the AbortError (onFinish and onError never run), as it does with
        // @ai-sdk/amazon-bedrock; later ai ends the text stream and calls onAbort, never onFinish. Each delta that
        // arrived before the abort (the emulator sent two) is delivered.
        stopped:
          cell.ai === 'ai4'
            ? { end: 'AbortError', text: expect.stringMatching(/^You( said:)?$/), events: [] }
            : { end: 'ended', text: expect.stringMatching(/^You( said:)?$/), events: ['abort'] },
        text: `You said: Hello from ${format} This is the emulator answering.`,
        streamed: `You said: Stream to ${format} This is the emulator answering.`,
        deltas: expect.any(Number),
        finishReason: 'stop',
        // ai@6 and ai@7 give Bedrock's own stop reason too (Nova and Claude on InvokeModel, Nova on Converse).
        // and the usage and the answer's body in the shapes Bedrock gave them (Claude on InvokeModel, Nova on Converse).
        ...(cell.ai === 'ai6' || cell.ai === 'ai7'
          ? {
              rawFinishReasons: Array(4).fill('end_turn'),
              rawUsage: [
                { input_tokens: expect.any(Number), output_tokens: expect.any(Number) },
                expect.objectContaining({
                  inputTokens: expect.any(Number),
                  outputTokens: expect.any(Number),
                }),
              ],
              bodies: [
                expect.objectContaining({ type: 'message', stop_reason: 'end_turn' }),
                expect.objectContaining({ output: expect.any(Object), stopReason: 'end_turn' }),
              ],
            }
          : {}),
        toolCalls: [{ name: 'weather', input: { city: 'Paris' } }],
        toolResults: ['Sunny in Paris'],
        converse: 'You said: Converse This is the emulator answering.',
        jamba: 'You said: Jamba This is the emulator answering.',
        jambaToolCalls: ['weather'],
        streamedToolCalls: ['weather'],
        thinking: [
          {
            reasoning:
              'Let me think about this step by step. The user wrote: "Think". I will answer directly.',
            text: 'You said: Think This is the emulator answering.',
            warnings: [],
          },
        ].flatMap(answer => [answer, answer]),
        carried: [
          'The tool returned: Sunny in Paris. That is my answer.',
          'The tool returned: Sunny in Paris. That is my answer.',
        ],
        cacheWarnings: [
          'Llama-3-3-70b has no prompt caching on Bedrock (only Claude and Nova do); its 1 cache point was not sent.',
        ],
        prefill: 'AI_InvalidPromptError',
        nova: Array(2).fill({
          text: 'The tool returned: Sunny in Paris. That is my answer.',
          warnings: [
            'Nova-Pro takes a prompt-cache point only right after text; the one after a toolResult block was not sent.',
            'A tool call in the conversation named "weather.now" was sent as "weathernow": a tool-call name on Converse is 1 to 64 characters, each a letter, a digit, "_" or "-" (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolUseBlock.html).',
          ],
        }),
      });
      expect(output.deltas).toBeGreaterThan(1);
    },
  );
});
