import type { RuleSpec } from '../../knowledge/rules';
import { REAL } from '../../knowledge/sources';
import type { EmulatedModel } from '../../models/emulated-model';

/** Bedrock's two refusals of an assistant prefill, without the API's own prefix. */
export const PREFILL_REFUSALS = {
  never:
    'This model does not support assistant message prefill. The conversation must end with a user message.',
  'without-tools':
    'Your API request included an `assistant` message in the final position, which would pre-fill the `assistant` response. When using tools, pre-filling the `assistant` response is not supported.',
} as const;

/** The two prefill rules, declared the same way by the Claude body's rules and by Converse's (each under its scope). */
export const PREFILL_RULE_SPECS = {
  prefillWithToolsUnsupported: {
    says: 'Claude refuses a conversation that ends with an assistant message while tools are offered.',
    source: [REAL.prefillWithToolsConverse, REAL.prefillWithToolsInvoke],
  },
  prefillUnsupported: {
    says: 'Claude 4.6 and later refuse a conversation that ends with an assistant message (assistant prefill).',
    source: [
      REAL.prefillOpus46,
      REAL.prefillSonnet5Opus5,
      REAL.prefillSonnet46,
      REAL.prefillOpus48,
      REAL.prefill46Plus,
    ],
  },
} satisfies Record<string, RuleSpec>;

/**
 * Which refusal, if any, a conversation ending with an assistant message meets on this model (its `assistantPrefill`,
 * the `prefillUnsupported` / `prefillWithToolsUnsupported` rules with their sources). Shared by the Claude body on
 * InvokeModel and Converse, which differ only in the rule they cite and the prefix of the message.
 */
export function prefillRefusal(
  model: EmulatedModel,
  messages: unknown,
  toolsOffered: boolean,
): keyof typeof PREFILL_REFUSALS | undefined {
  const last = Array.isArray(messages) ? (messages.at(-1) as { role?: unknown } | undefined) : undefined;
  if (last?.role !== 'assistant') return undefined;
  if (model.assistantPrefill === 'never') return 'never';
  return model.assistantPrefill === 'without-tools' && toolsOffered ? 'without-tools' : undefined;
}
