import type { LanguageModelV1CallWarning } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { modelCatalog } from '../src/catalog/model-catalog';
import type { BedrockApi } from '../src/catalog/model-catalog-types';
import { useEmulatedProvider } from '../src/test-utils/emulated-provider';
import { PLAIN_CALL, readParts } from '../src/test-utils/plain-call';

const env = useEmulatedProvider();

/** One model of every family (the first catalog row of each). */
const FAMILY_MODELS = [
  ...new Map(modelCatalog.filter(entry => !entry.endOfLife).map(entry => [entry.family, entry])).values(),
];

const GUARDRAIL = { guardrailIdentifier: 'gr-1', guardrailVersion: 'DRAFT', trace: 'enabled' } as const;

/**
 * Each operation-level option, what it must look like on the wire for each API, and when it cannot be sent at all.
 * Sources: https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html (body fields),
 * https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html (the X-Amzn-Bedrock-* headers),
 * https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_GuardrailStreamConfiguration.html
 * (streamProcessingMode, ConverseStream only).
 */
const OPTIONS = [
  {
    name: 'guardrailConfig',
    value: { guardrailConfig: GUARDRAIL },
    converse: { guardrailConfig: GUARDRAIL },
    invokeHeaders: {
      'x-amzn-bedrock-guardrailidentifier': 'gr-1',
      'x-amzn-bedrock-guardrailversion': 'DRAFT',
      'x-amzn-bedrock-trace': 'ENABLED',
    },
  },
  {
    name: 'performanceConfig',
    value: { performanceConfig: { latency: 'optimized' } },
    converse: { performanceConfig: { latency: 'optimized' } },
    invokeHeaders: { 'x-amzn-bedrock-performanceconfig-latency': 'optimized' },
  },
  {
    name: 'requestMetadata',
    value: { requestMetadata: { team: 'a' } },
    converse: { requestMetadata: { team: 'a' } },
    invokeHeaders: { 'x-amzn-bedrock-request-metadata': '{"team":"a"}' },
  },
  {
    name: 'streamProcessingMode',
    value: { guardrailConfig: { ...GUARDRAIL, streamProcessingMode: 'async' } },
    // Sent only on ConverseStream; every other operation warns and sends the rest of the guardrail.
    converseStream: { guardrailConfig: { ...GUARDRAIL, streamProcessingMode: 'async' } },
    converse: { guardrailConfig: GUARDRAIL },
    invokeHeaders: { 'x-amzn-bedrock-guardrailidentifier': 'gr-1' },
    warnsUnless: 'converseStream',
  },
] as const;

const CASES = FAMILY_MODELS.flatMap(entry =>
  (['invoke', 'converse'] as BedrockApi[])
    .filter(api => entry.apis[api])
    .flatMap(api => OPTIONS.map(option => [entry.name, api, option.name] as const)),
);

describe('operation-level options: sent on every family and API, or a warning, never silence', () => {
  it.each(CASES)('%s on %s: %s', async (name, api, optionName) => {
    const option = OPTIONS.find(candidate => candidate.name === optionName)!;
    const model = env.provider(name, { api });
    const call = { ...PLAIN_CALL, providerMetadata: { bedrockWrapper: option.value } };
    const generated = await model.doGenerate(call);
    const streamed = await model.doStream(call);
    await readParts(streamed.stream);
    const [first, second] = env.emulator.requests();
    const checks: [typeof first, LanguageModelV1CallWarning[] | undefined, boolean][] = [
      [first, generated.warnings, false],
      [second, streamed.warnings, true],
    ];
    for (const [request, warnings, stream] of checks) {
      const warned = (warnings ?? []).some(
        warning => warning.type === 'other' && warning.message.includes(optionName),
      );
      const operation = request!.operation;
      if (operation === 'Converse' || operation === 'ConverseStream') {
        const expected =
          stream && operation === 'ConverseStream' && 'converseStream' in option
            ? option.converseStream
            : option.converse;
        expect(request!.body).toMatchObject(expected);
      } else {
        const headers = Object.fromEntries(
          Object.entries(request!.headers).map(([key, value]) => [key.toLowerCase(), value]),
        );
        expect(headers).toMatchObject(option.invokeHeaders);
      }
      const sentWhole = 'warnsUnless' in option ? operation === 'ConverseStream' : true;
      expect(warned).toBe(!sentWhole);
    }
  });

  it('a call that sets none of them gets no warning and sends none of them', async () => {
    const model = env.provider('Claude-4-5-Sonnet');
    const result = await model.doGenerate(PLAIN_CALL);
    expect(result.warnings).toEqual([]);
    const headers = Object.keys(env.emulator.requests()[0]!.headers).map(key => key.toLowerCase());
    expect(headers.filter(key => key.startsWith('x-amzn-bedrock-'))).toEqual([]);
  });
});
