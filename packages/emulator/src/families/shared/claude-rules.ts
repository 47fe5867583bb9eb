import { type BedrockRule, reject } from '../../knowledge/rules';
import type { BedrockError, EmulatedModel } from '../../models/emulated-model';
import { isObject, isPositiveInteger } from './body-checks';

/** The Claude rules both request formats enforce (InvokeModel Messages and Converse), each format with its own ids. */
type ClaudeRuleSet = Readonly<
  Record<
    | 'thinkingUnsupported'
    | 'thinkingEnabledUnsupported'
    | 'thinkingAdaptiveUnsupported'
    | 'thinkingDisabledUnsupported'
    | 'thinkingBudgetMin'
    | 'thinkingBudgetBelowMax'
    | 'thinkingTemperature'
    | 'effortValue'
    | 'samplingExclusive'
    | 'samplingRemoved',
    BedrockRule
  >
>;

export const EFFORTS = ['low', 'medium', 'high', 'xhigh', 'max'];

/**
 * `thinking` (and `output_config.effort`) as the model's row allows: budget thinking (`enabled` + `budget_tokens`),
 * adaptive thinking, or `disabled` (AWS "Adaptive thinking" and "Extended thinking" pages). `prefix` is how the
 * format wraps Anthropic's own messages (Converse: "The model returned the following errors: ").
 */
export function checkClaudeThinking(
  model: EmulatedModel,
  thinking: unknown,
  outputConfig: unknown,
  ctx: {
    maxTokens: number;
    temperature: unknown;
    prefix: string;
    rules: ClaudeRuleSet;
    unsupported?: BedrockError;
  },
): BedrockError | undefined {
  const { rules, prefix } = ctx;
  if (
    isObject(outputConfig) &&
    outputConfig.effort !== undefined &&
    !EFFORTS.includes(String(outputConfig.effort))
  ) {
    return reject(
      rules.effortValue,
      `${prefix}output_config.effort: Input should be ${EFFORTS.map(e => `'${e}'`).join(', ')}`,
    );
  }
  if (thinking === undefined) return undefined;
  const type = isObject(thinking) ? String(thinking.type) : '';
  if (model.reasoning !== 'claude-thinking' || !model.thinking) {
    if (ctx.unsupported) return ctx.unsupported;
    return type === 'enabled' || type === 'adaptive'
      ? reject(rules.thinkingUnsupported, `${prefix}thinking: Extra inputs are not permitted`)
      : undefined;
  }
  const forms = model.thinking;
  // Wording observed on claude-sonnet-5 for the budget form; the same sentence for `disabled`.
  const adaptiveOnly = (form: string) =>
    `${prefix}"thinking.type.${form}" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.`;
  if (type === 'enabled' && !forms.enabled)
    return reject(rules.thinkingEnabledUnsupported, adaptiveOnly('enabled'));
  if (type === 'disabled' && !forms.disabled)
    return reject(rules.thinkingDisabledUnsupported, adaptiveOnly('disabled'));
  if (type === 'adaptive' && !forms.adaptive) {
    return reject(
      rules.thinkingAdaptiveUnsupported,
      `${prefix}thinking: Input tag 'adaptive' found using 'type' does not match any of the expected tags: 'disabled', 'enabled'`,
    );
  }
  const known = [
    'enabled',
    'disabled',
    ...(forms.adaptive ? ['adaptive'] : []),
    ...(forms.betweenTools ? ['between_tools'] : []),
  ];
  if (!known.includes(type)) {
    return reject(
      rules.thinkingAdaptiveUnsupported,
      `${prefix}thinking: Input tag '${type}' found using 'type' does not match any of the expected tags: ${known
        .sort()
        .map(tag => `'${tag}'`)
        .join(', ')}`,
    );
  }
  if (type === 'enabled') {
    const budget = (thinking as Record<string, unknown>).budget_tokens;
    if (!isPositiveInteger(budget) || budget < 1024)
      return reject(
        rules.thinkingBudgetMin,
        `${prefix}thinking.enabled.budget_tokens: Input should be greater than or equal to 1024`,
      );
    if (budget >= ctx.maxTokens)
      return reject(
        rules.thinkingBudgetBelowMax,
        `${prefix}\`max_tokens\` must be greater than \`thinking.budget_tokens\`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size`,
      );
  }
  if (type !== 'disabled' && ctx.temperature !== undefined && ctx.temperature !== 1) {
    return reject(
      rules.thinkingTemperature,
      `${prefix}\`temperature\` may only be set to 1 when thinking is enabled. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#feature-compatibility`,
    );
  }
  return undefined;
}

/**
 * Claude's sampling parameters as the row allows: `exclusive` models reject temperature with top_p; `removed` models
 * reject any non-default temperature or top_p, and top_k (real errors "`temperature` is deprecated for this model.").
 */
export function checkClaudeSampling(
  model: EmulatedModel,
  sampling: { temperature: unknown; topP: unknown; topK: unknown },
  ctx: { prefix: string; rules: ClaudeRuleSet },
): BedrockError | undefined {
  if (model.family !== 'anthropic') return undefined;
  const { temperature, topP, topK } = sampling;
  if (model.sampling === 'removed') {
    for (const [name, value] of [
      ['temperature', temperature],
      ['top_p', topP],
      ['top_k', topK],
    ] as const) {
      if (value !== undefined && !(name !== 'top_k' && value === 1))
        return reject(ctx.rules.samplingRemoved, `${ctx.prefix}\`${name}\` is deprecated for this model.`);
    }
  }
  if (model.sampling === 'exclusive' && temperature !== undefined && topP !== undefined) {
    return reject(
      ctx.rules.samplingExclusive,
      `${ctx.prefix}\`temperature\` and \`top_p\` cannot both be specified for this model. Please use only one.`,
    );
  }
  return undefined;
}
