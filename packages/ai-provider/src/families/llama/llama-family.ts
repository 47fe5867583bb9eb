import type { FamilyDescriptor, SamplingRange, SamplingSetting } from '../../core/codec-contract';
import { llama3Codec, llama4Codec } from './llama-codec';

/** temperature and top_p: 0 to 1 (the Meta Llama parameters page). */
const META = 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html';
const LLAMA_SAMPLING: Readonly<Partial<Record<SamplingSetting, SamplingRange>>> = {
  temperature: { min: 0, max: 1, source: META },
  topP: { min: 0, max: 1, source: META },
};

/** Meta Llama 3.x: its prompt template on InvokeModel; nothing differs on Converse. */
export const llama3Family: FamilyDescriptor = {
  invoke: llama3Codec,
  converse: {},
  rawIdPrefixes: ['meta.llama3'],
  invokeSampling: LLAMA_SAMPLING,
};

/** Meta Llama 4: its prompt template (and `images`) on InvokeModel; nothing differs on Converse. */
export const llama4Family: FamilyDescriptor = {
  invoke: llama4Codec,
  converse: {},
  rawIdPrefixes: ['meta.llama4'],
  invokeSampling: LLAMA_SAMPLING,
};
