import {
  type BedrockWrapperModelInfo,
  listBedrockWrapperSupportedModels,
  type ModelFamily,
} from '@bedrock-wrapper/ai-provider';

/**
 * One model of every family that has a Converse entry. `peerModelId` is the raw id `@ai-sdk/amazon-bedrock` is given:
 * the foundation-model id, or its `us.` cross-region profile where on-demand calls need one. This provider gets the
 * friendly name (and, with region us-east-1, must resolve it to the same id: the comparison includes the id).
 */
export const PEER_MODELS: ReadonlyArray<{ family: ModelFamily; name: string; peerModelId: string }> = [
  {
    family: 'anthropic',
    name: 'Claude-4-5-Sonnet',
    peerModelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
  },
  { family: 'llama3', name: 'Llama-3-3-70b', peerModelId: 'us.meta.llama3-3-70b-instruct-v1:0' },
  {
    family: 'llama4',
    name: 'Llama-4-Maverick-17b',
    peerModelId: 'us.meta.llama4-maverick-17b-instruct-v1:0',
  },
  { family: 'mistral-prompt', name: 'Mistral-Large', peerModelId: 'mistral.mistral-large-2402-v1:0' },
  { family: 'nova', name: 'Nova-Pro', peerModelId: 'amazon.nova-pro-v1:0' },
  { family: 'deepseek-r1', name: 'DeepSeek-R1', peerModelId: 'us.deepseek.r1-v1:0' },
  { family: 'gpt-oss', name: 'GPT-OSS-120B', peerModelId: 'openai.gpt-oss-120b-1:0' },
  // Qwen3 235B: the model of the real stopSequences rejection (langgenius/dify-official-plugins#1767).
  { family: 'qwen', name: 'Qwen3-235B-A22B-2507', peerModelId: 'qwen.qwen3-235b-a22b-2507-v1:0' },
  { family: 'gemma', name: 'Gemma-3-27b', peerModelId: 'google.gemma-3-27b-it' },
  { family: 'kimi', name: 'Kimi-K2.5', peerModelId: 'moonshotai.kimi-k2.5' },
  { family: 'minimax', name: 'MiniMax-M2', peerModelId: 'minimax.minimax-m2' },
  { family: 'deepseek-v3', name: 'DeepSeek-V3.2', peerModelId: 'deepseek.v3.2' },
  { family: 'mistral-chat', name: 'Mistral-Large-3', peerModelId: 'mistral.mistral-large-3-675b-instruct' },
  { family: 'nemotron', name: 'Nemotron-Super-3-120B', peerModelId: 'nvidia.nemotron-super-3-120b' },
  { family: 'glm', name: 'GLM-4.7', peerModelId: 'zai.glm-4.7' },
  { family: 'palmyra', name: 'Palmyra-X5', peerModelId: 'us.writer.palmyra-x5-v1:0' },
  { family: 'jamba', name: 'Jamba-1-5-Mini', peerModelId: 'ai21.jamba-1-5-mini-v1:0' },
];

/** The catalog's description of a friendly name (which scenarios apply follows from it). */
export function catalogInfo(name: string): BedrockWrapperModelInfo {
  const info = listBedrockWrapperSupportedModels().find(model => model.name === name);
  if (!info) throw new Error(`${name} is not in the catalog any more; pick another model of its family.`);
  return info;
}

/** Families with at least one model that speaks Converse, from the catalog. */
export function converseFamilies(): ModelFamily[] {
  const families = listBedrockWrapperSupportedModels()
    .filter(model => model.apis.converse)
    .map(model => model.family);
  return [...new Set(families)].sort();
}
