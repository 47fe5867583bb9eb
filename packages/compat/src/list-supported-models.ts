import { listBedrockWrapperSupportedModels as listProviderModels } from '@bedrock-wrapper/ai-provider';

/**
 * The legacy listing: one JSON string per friendly name, `{"modelName":"…","modelId":"…"}`, in catalog order
 * (`-Thinking` variants after their base). `modelId` is the foundation-model id; the id sent to Bedrock may carry the
 * cross-region inference profile of the client's region (`us.`, `eu.`, `apac.`, `global.`), chosen at call time.
 */
export async function listBedrockWrapperSupportedModels(): Promise<string[]> {
  return listProviderModels().map(info => JSON.stringify({ modelName: info.name, modelId: info.modelId }));
}
