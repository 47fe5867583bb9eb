import type { ModelFamily } from './model-catalog-types';

/**
 * For raw Bedrock ids that are not in the catalog (a newer model version, a fine-tune): the family by id prefix.
 * Explicit, ordered, most specific first — never a guess from a substring anywhere in the id.
 */
export const RAW_MODEL_FAMILIES: ReadonlyArray<readonly [prefix: string, family: ModelFamily]> = [
  ['anthropic.', 'anthropic'],
  ['meta.llama4', 'llama4'],
  ['meta.llama3', 'llama3'],
  ['amazon.nova', 'nova'],
  ['deepseek.r1', 'deepseek-r1'],
  ['deepseek.v3', 'deepseek-v3'],
  ['openai.gpt-oss', 'gpt-oss'],
  ['mistral.mistral-7b', 'mistral-prompt'],
  ['mistral.mixtral', 'mistral-prompt'],
  ['mistral.mistral-large-2402', 'mistral-prompt'],
  ['mistral.mistral-small-2402', 'mistral-prompt'],
  ['mistral.', 'mistral-chat'],
  ['qwen.', 'qwen'],
  ['google.gemma', 'gemma'],
  ['moonshot', 'kimi'],
  ['minimax.', 'minimax'],
  ['nvidia.', 'nemotron'],
  ['zai.', 'glm'],
  ['writer.', 'palmyra'],
];

export function familyOfRawId(modelId: string): ModelFamily | undefined {
  return RAW_MODEL_FAMILIES.find(([prefix]) => modelId.startsWith(prefix))?.[1];
}
