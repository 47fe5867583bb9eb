import { modelCatalog } from './model-catalog';
import type { ModelCatalogEntry, ModelFamily } from './model-catalog-types';

/** Plain (mutable) copy of a per-API capability: callers own what they get. */
type PerApiInfo = { invoke: boolean; converse: boolean };

/** One friendly name, as `listBedrockWrapperSupportedModels()` describes it (plain JSON-safe data). */
export interface BedrockWrapperModelInfo {
  name: string;
  modelId: string;
  family: ModelFamily;
  apis: PerApiInfo;
  converseOnly: boolean;
  streaming: PerApiInfo;
  vision: PerApiInfo;
  documents: PerApiInfo;
  tools: {
    invoke: boolean;
    converse: boolean;
    converseStream: boolean;
    forcedChoice: boolean;
    specificChoice: boolean;
  };
  reasoning: 'none' | 'thinking-variant' | 'always' | 'on-request';
  stopSequences: { invoke: boolean; converse: boolean; max: number };
  maxOutputTokens: number;
  inferenceProfile: 'required' | 'optional' | 'none';
}

/**
 * Every friendly name of the catalog, `-Thinking` variants included, as fresh objects on each call; models past their
 * end of life on Bedrock are left out (their names fail with a pointer to the successor).
 */
export function listBedrockWrapperSupportedModels(): BedrockWrapperModelInfo[] {
  const entries: readonly ModelCatalogEntry[] = modelCatalog;
  return entries.flatMap(entry => {
    if (entry.endOfLife) return [];
    const base = describe(entry, entry.name, false);
    return entry.thinkingVariant ? [base, describe(entry, `${entry.name}-Thinking`, true)] : [base];
  });
}

function describe(entry: ModelCatalogEntry, name: string, thinking: boolean): BedrockWrapperModelInfo {
  return {
    name,
    modelId: entry.modelId,
    family: entry.family,
    apis: { ...entry.apis },
    converseOnly: !entry.apis.invoke,
    streaming: { ...entry.streaming },
    vision: { ...entry.vision },
    documents: { ...entry.documents },
    tools: { ...entry.tools },
    reasoning: thinking
      ? 'thinking-variant'
      : entry.reasoning?.kind === 'always' ||
          (entry.reasoning?.kind === 'anthropic-thinking' && entry.reasoning.alwaysOn)
        ? 'always'
        : entry.reasoning
          ? 'on-request'
          : 'none',
    stopSequences: { ...entry.stopSequences },
    maxOutputTokens: entry.maxOutputTokens,
    inferenceProfile: entry.inferenceProfile,
  };
}
