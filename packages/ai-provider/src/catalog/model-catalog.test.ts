import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError, NoSuchModelError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { listBedrockWrapperSupportedModels } from './list-bedrock-wrapper-supported-models';
import { modelCatalog } from './model-catalog';
import type { ModelCatalogEntry } from './model-catalog-types';
import { renderModelTable } from './render-model-table';
import { resolveModel } from './resolve-model';

// Every name of the bedrock-wrapper npm package 2.8 and the newer ones up to 2.12
// (https://github.com/jparkerweb/bedrock-wrapper/blob/main/CHANGELOG.md).
const LEGACY_NAMES = [
  'Claude-4-5-Opus',
  'Claude-4-5-Opus-Thinking',
  'Claude-4-1-Opus',
  'Claude-4-1-Opus-Thinking',
  'Claude-4-Opus',
  'Claude-4-Opus-Thinking',
  'Claude-4-5-Sonnet',
  'Claude-4-5-Sonnet-Thinking',
  'Claude-4-5-Haiku',
  'Claude-4-5-Haiku-Thinking',
  'Claude-4-Sonnet',
  'Claude-4-Sonnet-Thinking',
  'Claude-3-7-Sonnet-Thinking',
  'Claude-3-7-Sonnet',
  'Claude-3-5-Sonnet-v2',
  'Claude-3-5-Sonnet',
  'Claude-3-5-Haiku',
  'Claude-3-Haiku',
  'Llama-3-3-70b',
  'Llama-3-2-1b',
  'Llama-3-2-3b',
  'Llama-3-2-11b',
  'Llama-3-2-90b',
  'Llama-3-1-8b',
  'Llama-3-1-70b',
  'Llama-3-1-405b',
  'Llama-3-8b',
  'Llama-3-70b',
  'Nova-Pro',
  'Nova-Lite',
  'Nova-2-Lite',
  'Nova-Micro',
  'GPT-OSS-120B',
  'GPT-OSS-20B',
  'GPT-OSS-120B-Thinking',
  'GPT-OSS-20B-Thinking',
  'Mistral-7b',
  'Mixtral-8x7b',
  'Mistral-Large',
  'Mistral-Large-3',
  'Ministral-3-3b',
  'Ministral-3-8b',
  'Ministral-3-14b',
  'Magistral-Small-2509',
  'Qwen3-32B',
  'Qwen3-Coder-30B-A3B',
  'Qwen3-235B-A22B-2507',
  'Qwen3-Coder-480B-A35B',
  'Qwen3-Next-80B-A3B',
  'DeepSeek-R1',
  'DeepSeek-V3.1',
  'Gemma-3-4b',
  'Gemma-3-12b',
  'Gemma-3-27b',
  'Kimi-K2',
  'Kimi-K2-Thinking',
  'MiniMax-M2',
  'Claude-Opus-4-7',
  'Claude-Opus-4-7-Thinking',
  'Claude-Opus-4-6',
  'Claude-Sonnet-4-6',
  'Llama-4-Scout-17b',
  'Llama-4-Maverick-17b',
  'Mistral-Pixtral-Large',
  'Qwen3-VL-235B-A22B',
  'Qwen3-Coder-Next',
  'DeepSeek-V3.2',
  'Kimi-K2.5',
  'Kimi-K2.5-Thinking',
  'MiniMax-M2.1',
  'MiniMax-M2.5',
  'Nemotron-Super-3-120B',
  'Nemotron-Nano-12B-v2',
  'Nemotron-Nano-9B-v2',
  'Nemotron-Nano-3-30B',
  'GLM-4.7',
  'GLM-4.7-Flash',
  'GLM-5',
  'Palmyra-X4',
  'Palmyra-X5',
  'Palmyra-Vision-7B',
];

describe('the catalog', () => {
  it('has every legacy friendly name (57 + 24): each resolves, or fails as past its end of life', () => {
    expect(LEGACY_NAMES).toHaveLength(81);
    const names = listBedrockWrapperSupportedModels().map(model => model.name);
    const retired = new Set<string>(modelCatalog.filter(entry => entry.endOfLife).map(entry => entry.name));
    for (const name of LEGACY_NAMES) {
      if (retired.has(name.replace(/-Thinking$/, ''))) {
        expect(() => resolveModel(name)).toThrow(/end of life/);
        continue;
      }
      expect(names).toContain(name);
      expect(resolveModel(name).entry.modelId).toMatch(/^[a-z]+\./);
    }
  });

  it('makes -Thinking a variant of one entry that turns reasoning on', () => {
    const thinking = resolveModel('Claude-4-5-Sonnet-Thinking', { region: 'us-east-1' });
    const plain = resolveModel('Claude-4-5-Sonnet', { region: 'us-east-1' });
    expect(thinking.entry).toBe(plain.entry);
    // The codec sizes Claude's thinking (a default budget, or the model's own default effort when adaptive).
    expect(thinking.defaultReasoning).toEqual({ enabled: true });
    expect(plain.defaultReasoning).toEqual({ enabled: false });
    expect(resolveModel('GPT-OSS-120B-Thinking').defaultReasoning).toEqual({ enabled: true, effort: 'high' });
  });

  it('picks the profile geography from the region, with an override and `none`', () => {
    expect(resolveModel('Claude-4-5-Sonnet', { region: 'eu-central-1' }).bedrockModelId).toBe(
      'eu.anthropic.claude-sonnet-4-5-20250929-v1:0',
    );
    // Tokyo: `jp.` where the model has it, else `apac.`, else `global.`.
    expect(resolveModel('Claude-4-5-Sonnet', { region: 'ap-northeast-1' }).bedrockModelId).toBe(
      'jp.anthropic.claude-sonnet-4-5-20250929-v1:0',
    );
    expect(resolveModel('Claude-4-Sonnet', { region: 'ap-northeast-1' }).bedrockModelId).toBe(
      'apac.anthropic.claude-sonnet-4-20250514-v1:0',
    );
    expect(resolveModel('Claude-4-5-Haiku', { region: 'ap-southeast-2' }).bedrockModelId).toBe(
      'au.anthropic.claude-haiku-4-5-20251001-v1:0',
    );
    expect(resolveModel('Claude-Opus-4-7', { region: 'us-east-1' }).bedrockModelId).toBe(
      'us.anthropic.claude-opus-4-7',
    );
    expect(resolveModel('Claude-4-1-Opus', { region: 'eu-west-1' }).bedrockModelId).toBe(
      'us.anthropic.claude-opus-4-1-20250805-v1:0',
    );
    expect(resolveModel('Claude-4-5-Sonnet', { region: 'sa-east-1' }).bedrockModelId).toBe(
      'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
    );
    expect(
      resolveModel('Claude-4-5-Sonnet', { region: 'us-east-1', inferenceProfile: 'global' }).bedrockModelId,
    ).toBe('global.anthropic.claude-sonnet-4-5-20250929-v1:0');
    expect(resolveModel('Nova-Pro', { region: 'us-east-1' }).bedrockModelId).toBe('amazon.nova-pro-v1:0');
    expect(resolveModel('Llama-3-1-405b', { region: 'us-west-2' }).bedrockModelId).toBe(
      'meta.llama3-1-405b-instruct-v1:0',
    );
  });

  it('takes raw ids, profile ids and ARNs, mapped to their family', () => {
    expect(resolveModel('us.anthropic.claude-3-7-sonnet-20250219-v1:0').entry.name).toBe('Claude-3-7-Sonnet');
    expect(resolveModel('us.anthropic.claude-3-7-sonnet-20250219-v1:0').defaultReasoning.enabled).toBe(false);
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.meta.llama3-2-1b-instruct-v1:0';
    expect(resolveModel(arn)).toMatchObject({
      bedrockModelId: arn,
      entry: { family: 'llama3', name: 'Llama-3-2-1b' },
    });
    expect(resolveModel('qwen.qwen3-999b-v9:0').entry).toMatchObject({
      family: 'qwen',
      modelId: 'qwen.qwen3-999b-v9:0',
    });
    const app = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc';
    expect(() => resolveModel(app)).toThrow(InvalidArgumentError);
    expect(resolveModel(app, { family: 'anthropic' }).entry.family).toBe('anthropic');
  });

  it('names the closest models of an unknown name', () => {
    expect(() => resolveModel('Claude-4-5-Sonet')).toThrow(NoSuchModelError);
    expect(() => resolveModel('Claude-4-5-Sonet')).toThrow(/Did you mean "Claude-4-5-Sonnet"/);
  });

  const endOfLife = () => modelCatalog.filter(entry => entry.endOfLife);

  it('lists the models past their end of life, each with a source and a live successor', () => {
    expect(
      endOfLife()
        .map(entry => entry.name)
        .sort(),
    ).toEqual([
      'Claude-3-5-Haiku',
      'Claude-3-5-Sonnet',
      'Claude-3-5-Sonnet-v2',
      'Claude-3-7-Sonnet',
      'Claude-3-Haiku',
      'Nova-Premier',
    ]);
    for (const entry of endOfLife()) {
      expect(entry.endOfLife?.source).toMatch(/^https:\/\//);
      expect(modelCatalog.some(other => other.name === entry.endOfLife?.successor && !other.endOfLife)).toBe(
        true,
      );
    }
  });

  it('refuses the friendly name of a model past its end of life, naming the successor', () => {
    for (const entry of endOfLife()) {
      expect(() => resolveModel(entry.name)).toThrow(NoSuchModelError);
      expect(() => resolveModel(entry.name)).toThrow(`Use "${entry.endOfLife?.successor}" instead`);
    }
  });

  it('still sends the raw id of a model past its end of life, and does not list it', () => {
    for (const entry of endOfLife()) {
      expect(resolveModel(entry.modelId).bedrockModelId).toBe(entry.modelId);
      expect(listBedrockWrapperSupportedModels().some(model => model.modelId === entry.modelId)).toBe(false);
    }
  });

  it("points a -Thinking name past its end of life at the successor's -Thinking name", () => {
    expect(() => resolveModel('Claude-3-7-Sonnet-Thinking')).toThrow(
      /^"Claude-3-7-Sonnet-Thinking" \(anthropic\.claude-3-7-sonnet-20250219-v1:0\) has reached its end of life .* Use "Claude-4-5-Sonnet-Thinking" instead/,
    );
  });

  it('lists fresh objects: mutating one changes nothing', () => {
    const sonnet = (models: ReturnType<typeof listBedrockWrapperSupportedModels>) =>
      models.find(model => model.name === 'Claude-4-5-Sonnet')!;
    const first = sonnet(listBedrockWrapperSupportedModels());
    first.vision.invoke = false;
    first.name = 'changed';
    expect(sonnet(listBedrockWrapperSupportedModels())).toMatchObject({
      name: 'Claude-4-5-Sonnet',
      vision: { invoke: true },
    });
  });

  it('keeps the README model table equal to the catalog (UPDATE_README=1 rewrites it)', () => {
    const readmePath = join(import.meta.dirname, '..', '..', '..', '..', 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const pattern = /(<!-- model-table:start -->\n)([\s\S]*?)(\n?<!-- model-table:end -->)/;
    const table = renderModelTable();
    const current = pattern.exec(readme)?.[2];
    if (process.env.UPDATE_README === '1' && current !== table) {
      writeFileSync(readmePath, readme.replace(pattern, `$1${table}\n<!-- model-table:end -->`));
      return;
    }
    expect(current).toBe(table);
  });
});

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'emulator', 'fixtures', 'bedrock-recorded');
const CATALOG: readonly ModelCatalogEntry[] = modelCatalog;

/** An AWS documentation page, a public GitHub issue / pull request / file, or a recorded fixture that exists. */
function checkSource(source: string, where: string): void {
  if (source.startsWith('fixture:')) {
    expect(existsSync(join(FIXTURES, source.slice('fixture:'.length))), `${where}: ${source}`).toBe(true);
    return;
  }
  expect(source, where).toMatch(
    /^https:\/\/(docs\.aws\.amazon\.com\/\S+|github\.com\/[\w.-]+\/[\w.-]+\/\S+)$/,
  );
}

describe('every catalog row and rule has a source', () => {
  it.each(CATALOG.map(entry => [entry.name, entry] as const))('%s', (name, entry) => {
    expect(entry.source.length, `${name} has no source`).toBeGreaterThan(0);
    for (const source of entry.source) checkSource(source, name);
    const reasoning = entry.reasoning;
    if (reasoning?.kind === 'anthropic-thinking') checkSource(reasoning.source, `${name} reasoning`);
    if (entry.systemPrompt) checkSource(entry.systemPrompt.source, `${name} systemPrompt`);
    for (const [rule, value] of Object.entries(entry.sampling ?? {}))
      checkSource((value as { source: string }).source, `${name} sampling.${rule}`);
  });

  it('fails on a row without a source', () => {
    expect(() => checkSource('legacy-wrapper.md §2', 'x')).toThrow();
    expect(() => checkSource('fixture:no-such-file.json', 'x')).toThrow();
  });
});

describe('catalog facts from the AWS pages', () => {
  const byName = (name: string) => CATALOG.find(entry => entry.name === name)!;

  // https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html lists these ids; the
  // models before Opus 4.6 "require thinking.type: enabled with budget_tokens".
  it('uses adaptive thinking on the models of the adaptive-thinking page, budget thinking on the older ones', () => {
    const adaptive = CATALOG.filter(
      entry => entry.reasoning?.kind === 'anthropic-thinking' && entry.reasoning.form === 'adaptive',
    ).map(entry => entry.modelId);
    expect(adaptive.sort()).toEqual(
      [
        'anthropic.claude-opus-5-5',
        'anthropic.claude-fable-5-1',
        'anthropic.claude-fable-5-2',
        'anthropic.claude-mythos-5-1',
        'anthropic.claude-mythos-5-2',
        'anthropic.claude-opus-5',
        'anthropic.claude-sonnet-5',
        'anthropic.claude-mythos-5',
        'anthropic.claude-fable-5',
        'anthropic.claude-opus-4-7',
        'anthropic.claude-mythos-preview',
        'anthropic.claude-opus-4-6-v1',
        'anthropic.claude-sonnet-4-6',
      ].sort(),
    );
    const budget = CATALOG.filter(
      entry => entry.reasoning?.kind === 'anthropic-thinking' && entry.reasoning.form === 'budget',
    ).map(entry => entry.name);
    expect(budget).toEqual([
      'Claude-4-5-Opus',
      'Claude-4-1-Opus',
      'Claude-4-Opus',
      'Claude-4-5-Sonnet',
      'Claude-4-5-Haiku',
      'Claude-4-Sonnet',
      'Claude-3-7-Sonnet',
    ]);
  });

  it('Claude Opus 4.7 is anthropic.claude-opus-4-7, 128K output, no sampling parameters', () => {
    expect(byName('Claude-Opus-4-7')).toMatchObject({
      modelId: 'anthropic.claude-opus-4-7',
      maxOutputTokens: 128000,
      sampling: { none: { source: 'https://github.com/github/copilot-sdk/issues/1557' } },
    });
  });

  it('Mistral 7B and Mixtral take no system prompt on Converse', () => {
    for (const name of ['Mistral-7b', 'Mixtral-8x7b'])
      expect(byName(name).systemPrompt).toEqual({
        invoke: true,
        converse: false,
        source: 'https://github.com/567-labs/instructor/issues/1753',
      });
    expect(byName('Mistral-Large').systemPrompt).toBeUndefined();
  });

  it('DeepSeek-V3.1 and Magistral are Converse-only', () => {
    for (const name of ['DeepSeek-V3.1', 'Magistral-Small-2509'])
      expect(byName(name).apis).toEqual({ invoke: false, converse: true });
  });

  it('Nova forces tools (any and tool) and takes documents on Converse only', () => {
    for (const name of ['Nova-Pro', 'Nova-Lite', 'Nova-2-Lite', 'Nova-Premier']) {
      expect(byName(name).tools).toMatchObject({ forcedChoice: true, specificChoice: true });
      expect(byName(name).documents).toEqual({ invoke: false, converse: true });
    }
  });
});
