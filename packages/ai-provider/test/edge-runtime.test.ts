import { crc32 as zlibCrc32 } from 'node:zlib';
import { type Emulator, startEmulator } from '@bedrock-wrapper/emulator';
import { EdgeRuntime } from 'edge-runtime';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The BUILT package (dist/, so run `pnpm build` first; turbo's `test` does) inside Vercel's edge-runtime VM: web
 * globals only, `setTimeout` returning a number, no `process`, `Buffer` or any other Node global. Each bundle is made
 * the way edge bundlers make it (esbuild for the browser platform with the `edge-light`/`worker`/`browser` export
 * conditions and the `browser` field), so the AWS SDK brings its browser runtime config (FetchHttpHandler) and
 * bundling fails if anything imports a Node module. The VM's fetch talks HTTP/1.1 to the emulator in this process.
 */
const NODE_GLOBALS = [
  'process',
  'Buffer',
  'global',
  'setImmediate',
  'clearImmediate',
  '__dirname',
  '__filename',
];
const TEXT = 'Edge runtimes stream every word of this answer, one small event at a time, from first to last.';
const here = import.meta.dirname;

/** The package's own imports, given to its bundle from a separate one so that what each touches is told apart. */
const PACKAGE_IMPORTS = [
  '@ai-sdk/provider',
  '@ai-sdk/provider-v3',
  '@ai-sdk/provider-v4',
  '@ai-sdk/provider-utils',
  'zod',
];

async function bundle(contents: string, options: { importsFromVm?: boolean } = {}): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: here, loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    conditions: ['edge-light', 'worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': '"production"' },
    target: 'es2022',
    logLevel: 'silent',
    plugins: options.importsFromVm
      ? [
          {
            name: 'imports-from-vm',
            setup(plugin) {
              plugin.onResolve({ filter: /^(@ai-sdk\/provider(-v3|-v4|-utils)?|zod)$/ }, args => ({
                path: args.path,
                namespace: 'vm',
              }));
              plugin.onLoad({ filter: /.*/, namespace: 'vm' }, args => ({
                contents: `module.exports = globalThis.packageImports[${JSON.stringify(args.path)}];`,
                loader: 'js',
              }));
            },
          },
        ]
      : [],
  });
  return (result.outputFiles[0] as { text: string }).text;
}

let emulator: Emulator;
let bundles: { importsCode: string; providerCode: string; aiCode: string };
let vm: EdgeRuntime;
/** Node globals the VM's code looked up (each lookup answers `undefined`, as on a runtime without them). */
const touched: string[] = [];
let touchedLoadingImports: string[] = [];
let touchedLoadingPackage: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator();
  const [importsCode, providerCode, aiCode] = await Promise.all([
    bundle(`
      ${PACKAGE_IMPORTS.map((name, i) => `import * as import${i} from '${name}';`).join('\n')}
      globalThis.packageImports = { ${PACKAGE_IMPORTS.map((name, i) => `'${name}': import${i}`).join(', ')} };
    `),
    // The package's two entries as published (ESM) with the AWS SDK they load at the first call.
    bundle(
      `
      import * as v1 from '../dist/index.js';
      import * as v2 from '../dist/v2/index.js';
      import * as v3 from '../dist/v3/index.js';
      import * as v4 from '../dist/v4/index.js';
      globalThis.bedrockWrapperPackage = { v1, v2, v3, v4 };
    `,
      { importsFromVm: true },
    ),
    bundle(`
      import * as ai4 from 'ai';
      import * as ai5 from 'ai5';
      import * as ai6 from 'ai6';
      import * as ai7 from 'ai7';
      globalThis.aiPackages = { ai4, ai5, ai6, ai7 };
    `),
  ]);
  bundles = { importsCode, providerCode, aiCode };
  vm = new EdgeRuntime({
    extend: context => {
      for (const name of NODE_GLOBALS)
        Object.defineProperty(context, name, {
          configurable: true,
          get: () => {
            touched.push(name);
            return undefined;
          },
        });
      return context;
    },
  });
  vm.evaluate(importsCode);
  touchedLoadingImports = touched.splice(0);
  vm.evaluate(providerCode);
  // Creating providers and models reads no environment and loads no SDK (that happens at the first call).
  vm.evaluate(`
    const settings = { region: 'us-east-1', endpoint: ${JSON.stringify(emulator.url)}, accessKeyId: 'test', secretAccessKey: 'test' };
    globalThis.providers = {
      v1: bedrockWrapperPackage.v1.bedrockWrapperProvider(settings),
      v2: bedrockWrapperPackage.v2.bedrockWrapperProvider(settings),
      v3: bedrockWrapperPackage.v3.bedrockWrapperProvider(settings),
      v4: bedrockWrapperPackage.v4.bedrockWrapperProvider(settings),
    };
    providers.v1('Claude-4-5-Haiku');
    providers.v2('Nova-Pro', { api: 'converse' });
    providers.v3('Llama-3-3-70b');
    providers.v4('Nova-Pro', { api: 'converse' });
  `);
  touchedLoadingPackage = touched.splice(0);
  vm.evaluate(aiCode);
});

afterAll(async () => {
  await emulator?.close();
});

type Version = 'v1' | 'v2' | 'v3' | 'v4';
/** Each entry with the ai major it is for (the root entry is LanguageModelV1, for ai@4). */
const AI_FOR_VERSION: Record<Version, string> = {
  v1: 'aiPackages.ai4',
  v2: 'aiPackages.ai5',
  v3: 'aiPackages.ai6',
  v4: 'aiPackages.ai7',
};

/** Runs `body` (an async function body over `ai`, `provider` and `model`) in the VM; returns its JSON result. */
async function inEdge(
  version: Version,
  api: 'invoke' | 'converse',
  body: string,
): Promise<{ text: string; finishReason: string }> {
  const ai = AI_FOR_VERSION[version];
  const json = await vm.evaluate<Promise<string>>(`(async () => {
    const ai = ${ai};
    const model = providers.${version}('Claude-4-5-Haiku', { api: '${api}' });
    ${body}
  })().then(JSON.stringify)`);
  return JSON.parse(json);
}

describe("Vercel's edge-runtime VM, the built package", () => {
  it('is a VM without Node globals, whose setTimeout returns a number', () => {
    expect(vm.evaluate('typeof setTimeout(() => {}, 0)')).toBe('number');
    expect(vm.evaluate(`[${NODE_GLOBALS.map(name => `typeof ${name}`).join(', ')}]`)).toEqual(
      NODE_GLOBALS.map(() => 'undefined'),
    );
  });

  it('touches no Node global while loading the package and creating providers and models', () => {
    expect(touchedLoadingPackage).toEqual([]);
    // Its imports only feature-test: secure-json-parse (under @ai-sdk/provider-utils) does `typeof Buffer`.
    expect(touchedLoadingImports).toEqual(['Buffer']);
  });

  describe.each([
    ['ai@4, the LanguageModelV1 (root entry)', 'v1'],
    ['ai@5, the LanguageModelV2 (/v2 entry)', 'v2'],
    ['ai@6, the LanguageModelV3 (/v3 entry)', 'v3'],
    ['ai@7, the LanguageModelV4 (/v4 entry)', 'v4'],
  ] as const)('%s', (_name, version) => {
    it.each(['invoke', 'converse'] as const)('generateText answers over fetch (%s)', async api => {
      emulator.script({ reply: { text: TEXT } });
      const result = await inEdge(
        version,
        api,
        `const { text, finishReason } = await ai.generateText({ model, prompt: 'hello', maxRetries: 0 });
         return { text, finishReason };`,
      );
      expect(result).toEqual({ text: TEXT, finishReason: 'stop' });
      expect(emulator.requests().at(-1)).toMatchObject({
        operation: api === 'invoke' ? 'InvokeModel' : 'Converse',
        modelId: 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
        status: 200,
      });
    });

    // The stall watchdog once called `refresh()` on what setTimeout returns, a number here: every stream failed with
    // "refresh is not a function". This is the test that caught it.
    it.each(['invoke', 'converse'] as const)(
      'streamText streams the whole answer, event by event (%s)',
      async api => {
        emulator.script({ reply: { text: TEXT, chunkSize: 7 } });
        const result = await inEdge(
          version,
          api,
          `const errors = [];
           const result = ai.streamText({ model, prompt: 'hello', maxRetries: 0, onError: ({ error }) => errors.push(String(error?.message ?? error)) });
           const deltas = [];
           for await (const delta of result.textStream) deltas.push(delta);
           return { text: deltas.join(''), deltas: deltas.length, finishReason: await result.finishReason, errors };`,
        );
        expect(
          result,
          'the stall watchdog must work where setTimeout returns a number (issue #16 (b), bedrock-language-model.ts)',
        ).toMatchObject({ text: TEXT, finishReason: 'stop', errors: [] });
        expect((result as unknown as { deltas: number }).deltas).toBeGreaterThan(5);
        expect(emulator.requests().at(-1)).toMatchObject({
          operation: api === 'invoke' ? 'InvokeModelWithResponseStream' : 'ConverseStream',
          status: 200,
        });
      },
    );
  });

  it('signs with the given keys: the emulator rejects a wrong secret with a non-retryable AI SDK error', async () => {
    const json = await vm.evaluate<Promise<string>>(`(async () => {
      const provider = bedrockWrapperPackage.v2.bedrockWrapperProvider({ region: 'us-east-1', endpoint: ${JSON.stringify(emulator.url)}, accessKeyId: 'test', secretAccessKey: 'wrong' });
      try {
        await aiPackages.ai5.generateText({ model: provider('Nova-Pro'), prompt: 'hello', maxRetries: 0 });
        return { threw: false };
      } catch (error) {
        return { threw: true, name: error.name, statusCode: error.statusCode, isRetryable: error.isRetryable };
      }
    })().then(JSON.stringify)`);
    expect(JSON.parse(json)).toEqual({
      threw: true,
      name: 'AI_APICallError',
      statusCode: 403,
      isRetryable: false,
    });
  });
});

describe("an edge runtime with Next.js's `process` (its env, and functions that throw)", () => {
  it('takes region, endpoint and keys from the environment, as on Node, and calls no process function', async () => {
    const env = {
      AWS_REGION: 'eu-west-1',
      AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
    };
    // What Next.js gives edge code (createProcessPolyfill in next/dist/server/web/sandbox/context.js): `env`, and for
    // every other key of Node's process a function that throws "A Node.js API is used" or `undefined`.
    const called: string[] = [];
    const nextProcess = new Proxy(
      {},
      {
        get: (_target, key) => {
          if (key === 'env') return env;
          if (typeof (process as unknown as Record<PropertyKey, unknown>)[key] !== 'function')
            return undefined;
          return () => {
            called.push(String(key));
            throw new Error(
              `A Node.js API is used (process.${String(key)}) which is not supported in the Edge Runtime.`,
            );
          };
        },
      },
    );
    const edge = new EdgeRuntime({
      extend: context => Object.assign(context, { process: nextProcess }),
    });
    edge.evaluate(bundles.importsCode);
    edge.evaluate(bundles.providerCode);
    edge.evaluate(bundles.aiCode);
    emulator.script({ reply: { text: TEXT } });
    const json = await edge.evaluate<Promise<string>>(`(async () => {
      const { bedrockWrapper } = bedrockWrapperPackage.v2;
      const { text } = await aiPackages.ai5.generateText({ model: bedrockWrapper('Claude-4-5-Haiku'), prompt: 'hello', maxRetries: 0 });
      return text;
    })().then(JSON.stringify)`);
    expect(JSON.parse(json)).toBe(TEXT);
    // The region picked the `eu.` inference profile; the emulator checked the SigV4 signature of the `test` keys.
    expect(emulator.requests().at(-1)).toMatchObject({
      operation: 'InvokeModel',
      modelId: 'eu.anthropic.claude-haiku-4-5-20251001-v1:0',
      status: 200,
    });
    expect(called).toEqual([]);
  });

  it('checks CRC-32s without asking that `process` for native zlib (the table implementation answers)', async () => {
    const called: string[] = [];
    const edge = new EdgeRuntime({
      extend: context =>
        Object.assign(context, {
          process: {
            env: {},
            getBuiltinModule: () => {
              called.push('getBuiltinModule');
              throw new Error('A Node.js API is used (process.getBuiltinModule)');
            },
          },
        }),
    });
    edge.evaluate(
      await bundle(`import { crc32 } from '../src/bedrock/event-stream/crc32.ts'; globalThis.crc32 = crc32;`),
    );
    const bytes = Array.from({ length: 300 }, (_, i) => (i * 131 + 7) & 0xff);
    const crc = edge.evaluate(`crc32(new Uint8Array(${JSON.stringify(bytes)}), 0, 300)`);
    expect(crc).toBe(zlibCrc32(Uint8Array.from(bytes)) >>> 0);
    expect(called).toEqual([]);
  });
});
