import { defineRules, reject } from '../../knowledge/rules';
import { REAL, unsourced } from '../../knowledge/sources';
import type { BedrockError } from '../../models/emulated-model';
import { isObject, type Json } from '../shared/body-checks';

const NOVA_REASONING = defineRules('nova', {
  reasoningSampling: {
    says: 'Nova 2 with reasoningConfig enabled refuses temperature and topP, and at maxReasoningEffort "high" maxTokens too.',
    source: [
      REAL.nova2ReasoningMaxTokens,
      REAL.nova2ReasoningMaxTokensPeer,
      REAL.nova2ReasoningSampling,
      unsourced("Bedrock's wording of the refusal: none of the sources quotes it"),
    ],
  },
});

/**
 * Nova 2's inference settings against its reasoning, the same on InvokeModel (`inferenceConfig.reasoningConfig`) and
 * Converse (`additionalModelRequestFields.reasoningConfig`).
 */
export function checkNovaReasoning(inference: Json, reasoningConfig: unknown): BedrockError | undefined {
  if (!isObject(reasoningConfig) || reasoningConfig.type !== 'enabled') return undefined;
  const refused = ['temperature', 'topP'].filter(key => inference[key] !== undefined);
  if (reasoningConfig.maxReasoningEffort === 'high')
    refused.push(...['maxTokens', 'max_new_tokens'].filter(key => inference[key] !== undefined));
  if (refused.length === 0) return undefined;
  return reject(
    NOVA_REASONING.reasoningSampling,
    `Malformed input request: ${refused.join(', ')} cannot be set when reasoning is enabled${
      refused.some(key => key.startsWith('max')) ? ' with maxReasoningEffort high' : ''
    }, please reformat your input and try again.`,
  );
}
