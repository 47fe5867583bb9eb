import type { FamilyDescriptor } from '../../core/codec-contract';
import { novaCodec } from './nova-codec';
import { novaConverse } from './nova-converse';

/** `inferenceConfig.temperature`: 0 to 1 (the Nova complete request schema). */
const NOVA_SCHEMA = 'https://docs.aws.amazon.com/nova/latest/userguide/complete-request-schema.html';

/** Amazon Nova: `messages-v1` on InvokeModel; its reasoning and top-k fields on Converse. */
export const novaFamily: FamilyDescriptor = {
  invoke: novaCodec,
  converse: novaConverse,
  rawIdPrefixes: ['amazon.nova'],
  invokeSampling: { temperature: { min: 0, max: 1, source: NOVA_SCHEMA } },
};
