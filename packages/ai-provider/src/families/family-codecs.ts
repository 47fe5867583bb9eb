import type { ModelFamily } from '../catalog/model-catalog-types';
import { anthropicCodec } from './anthropic/anthropic-codec';
import type { BedrockCodec } from './bedrock-codec';

/**
 * InvokeModel codec of each family. A family without an entry is not implemented on InvokeModel yet: its calls go
 * through Converse, with a warning (choose-api.ts).
 */
export const FAMILY_CODECS: Partial<Record<ModelFamily, BedrockCodec>> = {
  anthropic: anthropicCodec,
};
