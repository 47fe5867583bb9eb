import type { FamilyDescriptor } from '../../core/codec-contract';
import { deepseekR1Codec } from './deepseek-r1-codec';

/**
 * DeepSeek-R1: its prompt template on InvokeModel; nothing differs on Converse. No AWS page gives its sampling ranges,
 * so only the unsourced default bounds are checked (docs/catalog-sources.md, "Not confirmed").
 */
export const deepseekR1Family: FamilyDescriptor = {
  invoke: deepseekR1Codec,
  converse: {},
  rawIdPrefixes: ['deepseek.r1'],
};
