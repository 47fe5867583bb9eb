import {
  APICallError,
  InvalidArgumentError,
  InvalidPromptError,
  type LanguageModelV1CallOptions,
  type LanguageModelV1Prompt,
} from '@ai-sdk/provider';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { listBedrockWrapperSupportedModels } from '../../src/catalog/list-bedrock-wrapper-supported-models';
import type { ModelCatalogEntry } from '../../src/catalog/model-catalog-types';
import { resolveModel } from '../../src/catalog/resolve-model';
import { useEmulatedProvider } from '../../src/test-utils/emulated-provider';

/**
 * Property: for numbers, tool names and images generated at and far past their limits (NaN, ±Infinity, negatives,
 * huge values, names with any character and up to 100 long, images around and past the model's byte limit, as image
 * or file parts), every call is either refused locally with the right AI SDK error and nothing sent, or sent with each
 * value unchanged. The oracle restates the documented rules (validate-call-values.ts cites their sources):
 * Converse temperature and topP in [0, 1], tool names /^[a-zA-Z0-9_-]{1,64}$/; InvokeModel temperature >= 0, topP in
 * [0, 1]; topK a whole number >= 0; every number finite; images within the model's byte limit.
 * `INPUT_LIMIT_RUNS` sets the cases per model and API (default 25 in CI; `npm run test:long` in this package uses 300).
 */
const env = useEmulatedProvider();
const RUNS = Number(process.env.INPUT_LIMIT_RUNS ?? 25);
const NAMES = [
  'Nova-Pro',
  'Claude-4-5-Haiku',
  'Llama-3-3-70b',
  'GPT-OSS-120B',
  'Mistral-Large-3',
  'Qwen3-32B',
];
const MODELS = listBedrockWrapperSupportedModels().filter(model => NAMES.includes(model.name));
const counts = { refused: 0, sent: 0 };

const number = fc.oneof(
  { weight: 14, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
  { weight: 1, arbitrary: fc.double({ min: -1e308, max: -Number.MIN_VALUE, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: 1.000001, max: 1e308, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, -0, 2, 500, 1e9) },
);
const toolName = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[a-zA-Z0-9_-]{1,64}$/) },
  { weight: 2, arbitrary: fc.string({ maxLength: 100 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Z0-9_-]{65,100}$/) },
);
// Image size relative to the model's limit: far below, just below, at, just above, far above (8 MB).
const imageSize = fc.option(fc.constantFrom(-1_000_000, -1, 0, 1, 8 * 1024 * 1024), {
  nil: undefined,
  freq: 3,
});
const callRecord = {
  temperature: fc.option(number, { nil: undefined }),
  topP: fc.option(number, { nil: undefined }),
  topK: fc.option(
    fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 500 }) }, { weight: 1, arbitrary: number }),
    {
      nil: undefined,
    },
  ),
  toolName: fc.option(toolName, { nil: undefined }),
  image: fc.option(fc.record({ size: imageSize, asFile: fc.boolean() }), { nil: undefined }),
};
const call = fc.record(callRecord);
type Input = {
  temperature?: number;
  topP?: number;
  topK?: number;
  toolName?: string;
  image?: { size?: number; asFile: boolean };
};

const finite = (value: number | undefined) => value === undefined || Number.isFinite(value);
const within = (value: number | undefined, min: number, max = Number.POSITIVE_INFINITY) =>
  value === undefined || (value >= min && value <= max);

// InvokeModel temperature upper bounds per family (the sources are in validate-call-values.ts; the OpenAI-chat 2 is
// unsourced there).
const INVOKE_TEMPERATURE_MAX: Record<string, number> = {
  anthropic: 1,
  nova: 1,
  llama3: 1,
  llama4: 1,
  'mistral-prompt': 1,
  'deepseek-r1': Number.POSITIVE_INFINITY,
};

/** The API the call really uses: tools or images the model takes only on Converse move an InvokeModel call there. */
function actualApi(input: Input, api: 'invoke' | 'converse', entry: ModelCatalogEntry) {
  if (api === 'converse') return api;
  if (input.toolName !== undefined && !entry.tools.invoke && entry.tools.converse) return 'converse';
  if (input.image?.size !== undefined && !entry.vision.invoke && entry.vision.converse) return 'converse';
  return api;
}

/** Which refusals the documented rules call for ('argument', 'prompt'); empty: the call must be sent. */
function expectedRefusals(input: Input, api: 'invoke' | 'converse', entry: ModelCatalogEntry) {
  const refusals = new Set<string>();
  const { temperature, topP, topK, toolName } = input;
  const temperatureMax = api === 'converse' ? 1 : (INVOKE_TEMPERATURE_MAX[entry.family] ?? 2);
  if (![temperature, topP, topK].every(finite)) refusals.add('argument');
  if (!within(temperature, 0, temperatureMax)) refusals.add('argument');
  if (!within(topP, 0, 1)) refusals.add('argument');
  if (!within(topK, 0) || (topK !== undefined && !Number.isInteger(topK))) refusals.add('argument');
  if (
    toolName !== undefined &&
    (api === 'converse' || entry.family === 'anthropic'
      ? !/^[a-zA-Z0-9_-]{1,64}$/.test(toolName)
      : toolName === '')
  )
    refusals.add('argument');
  const size = imageBytes(input, entry);
  if (size !== undefined && entry.imageLimits && size > entry.imageLimits.maxBytes) refusals.add('prompt');
  return refusals;
}

function imageBytes(input: Input, entry: ModelCatalogEntry) {
  const size = input.image?.size;
  if (size === undefined) return undefined;
  const limit = entry.imageLimits?.maxBytes ?? 1_000_000;
  return size === 8 * 1024 * 1024 ? size : Math.max(16, limit + size);
}

/** Every value under one of these keys anywhere in the body. */
function valuesAt(body: unknown, keys: readonly string[], found: unknown[] = []): unknown[] {
  if (Array.isArray(body)) for (const item of body) valuesAt(item, keys, found);
  else if (body && typeof body === 'object')
    for (const [key, value] of Object.entries(body)) {
      if (keys.includes(key)) found.push(value);
      valuesAt(value, keys, found);
    }
  return found;
}

afterAll(() => {
  console.log(`input limits: ${counts.sent} sent unchanged, ${counts.refused} refused locally`);
});

describe('numbers, tool names and images past their limits', () => {
  for (const api of ['invoke', 'converse'] as const) {
    it.each(MODELS.filter(model => model.apis[api]).map(model => model.name))(
      `%s on ${api}`,
      async name => {
        const model = env.provider(name, { api });
        const entry = resolveModel(name, { region: 'us-east-1' }).entry;
        await fc.assert(
          fc.asyncProperty(call, async input => {
            // Images only where the model takes them; the image-size rule is what is under test.
            // An image just under a 20 MB per-image limit makes a body over 25,000,000 bytes once base64-encoded: on
            // InvokeModel that is refused locally (inputs-refused.test.ts); Converse documents no whole-body limit, so
            // what Bedrock does there is unknown. Such models get no image here.
            const bodyFits = (entry.imageLimits?.maxBytes ?? 0) * (4 / 3) < 24_000_000;
            const image =
              (entry.vision.invoke || entry.vision.converse) && bodyFits ? input.image : undefined;
            const cased: Input = { ...input, image };
            const used = actualApi(cased, api, entry);
            const content: Extract<LanguageModelV1Prompt[number], { role: 'user' }>['content'] = [
              { type: 'text', text: 'hi' },
            ];
            const size = imageBytes(cased, entry);
            if (size !== undefined) {
              const bytes = new Uint8Array(size);
              bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
              content.push(
                cased.image!.asFile
                  ? { type: 'file', data: Buffer.from(bytes).toString('base64'), mimeType: 'image/png' }
                  : { type: 'image', image: bytes, mimeType: 'image/png' },
              );
            }
            const prompt: LanguageModelV1Prompt = [{ role: 'user', content }];
            const options: LanguageModelV1CallOptions = {
              inputFormat: 'messages',
              prompt,
              temperature: cased.temperature,
              topP: cased.topP,
              topK: cased.topK,
              mode:
                cased.toolName === undefined
                  ? { type: 'regular' }
                  : {
                      type: 'regular',
                      tools: [
                        {
                          type: 'function',
                          name: cased.toolName,
                          parameters: { type: 'object', properties: {} },
                        },
                      ],
                    },
            };
            const expected = expectedRefusals(cased, used, entry);
            env.emulator.reset();
            const outcome = await model.doGenerate(options).then(
              () => undefined,
              error => error as Error,
            );
            if (APICallError.isInstance(outcome))
              throw new Error(`The emulator rejected a request: ${outcome.message}`);
            if (expected.size === 0) {
              expect(outcome, String(outcome)).toBeUndefined();
              counts.sent++;
              const requests = env.emulator.requests();
              expect(requests, 'exactly one request was sent').toHaveLength(1);
              const body = requests[0]!.body;
              // Each value the body carries is the one given (a codec may leave a setting out, with a warning).
              for (const [keys, value] of [
                [['temperature'], cased.temperature],
                [['topP', 'top_p'], cased.topP],
                [['topK', 'top_k'], cased.topK],
              ] as const) {
                if (value === undefined) continue;
                for (const sent of valuesAt(body, keys)) expect(sent).toBe(value === 0 ? 0 : value);
              }
              if (cased.toolName !== undefined && used === 'converse')
                expect(valuesAt(body, ['name'])).toContain(cased.toolName);
              return;
            }
            const kind = InvalidArgumentError.isInstance(outcome)
              ? 'argument'
              : InvalidPromptError.isInstance(outcome)
                ? 'prompt'
                : String(outcome);
            expect([...expected], `${used}: ${String(outcome)}`).toContain(kind);
            expect(env.emulator.requests(), 'a refused call sent nothing').toHaveLength(0);
            counts.refused++;
          }),
          { numRuns: RUNS, seed: Number(process.env.INPUT_LIMIT_SEED ?? 20261201) },
        );
      },
      // Calls with images of several MB take about a second each here: the long run's 300 cases need more than the
      // default, and a test cut by its timeout would keep calling the shared emulator while the next one runs.
      Math.max(300_000, RUNS * 3_000),
    );
  }
});
