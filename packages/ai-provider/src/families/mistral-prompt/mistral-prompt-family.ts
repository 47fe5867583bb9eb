import type { FamilyDescriptor } from '../../core/codec-contract';
import { mistralConverse } from '../mistral-chat/mistral-converse';
import { mistralPromptCodec } from './mistral-prompt-codec';

/** temperature and top_p: 0 to 1 (the Mistral text completion page). */
const MISTRAL_TEXT =
  'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-text-completion.html';

/**
 * The older Mistral models (7B, Mixtral 8x7B, Large and Small 2402): the `<s>[INST]` prompt body on InvokeModel. Their
 * id starts are more specific than the newer models' `mistral.`, so they win over it.
 */
export const mistralPromptFamily: FamilyDescriptor = {
  invoke: mistralPromptCodec,
  converse: mistralConverse,
  rawIdPrefixes: [
    'mistral.mistral-7b',
    'mistral.mixtral',
    'mistral.mistral-large-2402',
    'mistral.mistral-small-2402',
  ],
  invokeSampling: {
    temperature: { min: 0, max: 1, source: MISTRAL_TEXT },
    topP: { min: 0, max: 1, source: MISTRAL_TEXT },
  },
};
