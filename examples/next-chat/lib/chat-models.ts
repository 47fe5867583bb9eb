import type { BedrockWrapperModelInfo, ModelFamily } from '@bedrock-wrapper/ai-provider';

/** What the page knows of one model: enough to group the picker and to refuse what the route would refuse. */
export interface ChatModel {
  name: string;
  family: string;
  /** Images per API. */
  vision: { invoke: boolean; converse: boolean };
  apis: { invoke: boolean; converse: boolean };
  /** `on-request`: the page shows the reasoning toggle. */
  reasoning: BedrockWrapperModelInfo['reasoning'];
  /** Stop sequences per API and how many the model takes. */
  stopSequences: { invoke: boolean; converse: boolean; max: number };
}

/** The picker's group names, by the provider's model family (a new family fails the typecheck until named here). */
const FAMILY_LABELS: Record<ModelFamily, string> = {
  anthropic: 'Anthropic Claude',
  llama3: 'Meta Llama',
  llama4: 'Meta Llama',
  'mistral-prompt': 'Mistral',
  'mistral-chat': 'Mistral',
  nova: 'Amazon Nova',
  'deepseek-r1': 'DeepSeek',
  'deepseek-v3': 'DeepSeek',
  'gpt-oss': 'OpenAI gpt-oss',
  qwen: 'Qwen',
  gemma: 'Google Gemma',
  kimi: 'Moonshot Kimi',
  minimax: 'MiniMax',
  nemotron: 'NVIDIA Nemotron',
  glm: 'Z.ai GLM',
  palmyra: 'Writer Palmyra',
  jamba: 'AI21 Jamba',
};

export function toChatModel(model: BedrockWrapperModelInfo): ChatModel {
  return {
    name: model.name,
    family: FAMILY_LABELS[model.family],
    vision: { ...model.vision },
    apis: { ...model.apis },
    reasoning: model.reasoning,
    stopSequences: { ...model.stopSequences },
  };
}
