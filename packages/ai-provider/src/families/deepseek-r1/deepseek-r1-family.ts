import type { FamilyDescriptor } from '../../core/codec-contract';
import { deepseekR1Codec } from './deepseek-r1-codec';

/** temperature and top_p: "Numerical value less than or equal to 1" (the DeepSeek parameters page). */
const DEEPSEEK = 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-deepseek.html';

/** DeepSeek-R1: its prompt template on InvokeModel; nothing differs on Converse. */
export const deepseekR1Family: FamilyDescriptor = {
  invoke: deepseekR1Codec,
  converse: {},
  rawIdPrefixes: ['deepseek.r1'],
  // The page states only the upper bounds; 0 as the lower one is the unsourced "not negative" of every family.
  invokeSampling: {
    temperature: { min: 0, max: 1, source: DEEPSEEK },
    topP: { min: 0, max: 1, source: DEEPSEEK },
  },
};
