import type { ModelCatalogEntry } from '../../catalog/model-catalog-types';
import type { BedrockCallOptions } from '../../core/codec-contract';
import type { CoreWarning } from '../../core/core-parts';
import { conversationTurns } from '../../prompt/conversation-turns';
import type { AnthropicEffort, AnthropicThinkingFields } from './anthropic-api';

export interface ClaudeSampling {
  maxTokens: number;
  temperature?: number;
  topP?: number;
  topK?: number;
  /**
   * Model-native request fields that turn thinking on (`thinking`, and `output_config` for adaptive thinking): top-level
   * body fields on InvokeModel, `additionalModelRequestFields` on Converse. Absent: no thinking.
   */
  thinkingFields?: AnthropicThinkingFields;
  /** `tool_choice` must not force a tool while thinking. */
  forceToolAllowed: boolean;
}

/**
 * A thinking budget as an adaptive-thinking effort, for callers who size thinking in tokens (the AI SDK's
 * `budgetTokens`) on a model that only takes an effort. The cut points are this provider's choice, documented in
 * docs/catalog-sources.md: below 4096 tokens `low`, below 16384 `medium`, otherwise `high`. `xhigh` and `max` are
 * reached only by asking for them as an effort.
 */
export function effortForBudget(budgetTokens: number): AnthropicEffort {
  if (budgetTokens < 4096) return 'low';
  if (budgetTokens < 16384) return 'medium';
  return 'high';
}

/**
 * The sampling rules of Claude, shared by InvokeModel and Converse, each from the catalog with its source: thinking as
 * a budget (AWS "Extended thinking": at least 1024 tokens and below max_tokens) or adaptive with an effort (AWS
 * "Adaptive thinking"); with thinking on, temperature only 1, no top_k, top_p not below 0.95, no forced tool use;
 * `sampling.temperatureOrTopP` (Claude 4.x) and `sampling.none` (Opus 4.7 and later) limit temperature / top_p / top_k.
 * Every change to what the caller asked for is a warning.
 */
export function claudeSampling(
  options: BedrockCallOptions,
  entry: ModelCatalogEntry,
  warnings: CoreWarning[],
): ClaudeSampling {
  let { maxTokens, temperature, topP, topK } = options;
  if (entry.sampling?.none) {
    for (const [setting, value] of [
      ['temperature', temperature],
      ['topP', topP],
      ['topK', topK],
    ] as const) {
      // ai@4's default temperature (0) is not the caller's choice: dropped without a word.
      if (value !== undefined && (setting !== 'temperature' || options.temperatureSet))
        warnings.push({
          type: 'unsupported-setting',
          setting,
          details: `${entry.name} takes no ${setting}; it was not sent.`,
        });
    }
    temperature = topP = topK = undefined;
  }
  if (entry.sampling?.temperatureOrTopP && temperature !== undefined && topP !== undefined) {
    // The AI SDK's default temperature yields to the caller's topP without a word.
    if (!options.temperatureSet) temperature = undefined;
    else {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'topP',
        details: `${entry.name} takes temperature or topP, not both; topP was not sent.`,
      });
      topP = undefined;
    }
  }
  const support = entry.reasoning?.kind === 'anthropic-thinking' ? entry.reasoning : undefined;
  const wanted =
    options.reasoning.enabled || (support?.alwaysOn === true && options.reasoning.effort !== undefined);
  if (!wanted || !support)
    return { maxTokens, temperature, topP, topK, forceToolAllowed: !support?.alwaysOn };
  if (!support.alwaysOn && unsignedToolTurn(options)) {
    warnings.push({
      type: 'other',
      message:
        'Thinking was turned off for this call: the assistant turn that called the tools does not start with signed thinking (it came from a call without thinking or from another model, or its thinking comes after a tool call), and Claude then rejects thinking.',
    });
    return { maxTokens, temperature, topP, topK, forceToolAllowed: true };
  }

  let thinkingFields: AnthropicThinkingFields;
  if (support.form === 'adaptive') {
    // Adaptive: the effort asked for, else one derived from a budget, else the model's own default (nothing sent).
    const budget = options.reasoning.budgetTokens;
    const effort = options.reasoning.effort ?? (budget !== undefined ? effortForBudget(budget) : undefined);
    thinkingFields = { thinking: { type: 'adaptive' }, ...(effort ? { output_config: { effort } } : {}) };
  } else {
    let budget = Math.max(1024, options.reasoning.budgetTokens ?? support.defaultBudgetTokens);
    if (maxTokens <= budget) {
      // The answer needs room after the thinking: add the budget to the caller's max tokens, within the model's cap.
      const raised = Math.min(entry.maxOutputTokens, maxTokens + budget);
      // A budget at or above the cap itself: keep room for the answer (at most half the cap) below it.
      if (raised <= budget) budget = Math.max(1024, raised - Math.min(maxTokens, Math.floor(raised / 2)));
      // Only a limit or budget the caller chose is worth a warning; the defaults are made to fit silently.
      if (options.maxTokensSet || options.reasoning.budgetSet)
        warnings.push({
          type: 'other',
          message: `Thinking needs max_tokens above its budget: max_tokens ${maxTokens} -> ${raised}, budget_tokens ${budget}.`,
        });
      maxTokens = raised;
    }
    thinkingFields = { thinking: { type: 'enabled', budget_tokens: budget } };
  }
  if (temperature !== undefined && temperature !== 1) {
    if (options.temperatureSet)
      warnings.push({
        type: 'unsupported-setting',
        setting: 'temperature',
        details: 'Claude thinks only at temperature 1; temperature was not sent.',
      });
    temperature = undefined;
  }
  if (topK !== undefined) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'topK',
      details: 'topK cannot be used with thinking; it was not sent.',
    });
    topK = undefined;
  }
  if (topP !== undefined && topP < 0.95) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'topP',
      details: 'With thinking, topP must be at least 0.95; it was not sent.',
    });
    topP = undefined;
  }
  return { maxTokens, temperature, topP, topK, thinkingFields, forceToolAllowed: false };
}

/**
 * With thinking on, the assistant turn whose tool calls the last tool results answer must start with its signed
 * thinking (Anthropic "extended thinking with tool use"; Anthropic's refusal, "a final `assistant` message must start
 * with a thinking block", quoted in https://github.com/Aider-AI/aider/issues/3532). A history without it, or with its
 * thinking after a tool call, cannot think in this call.
 */
function unsignedToolTurn(options: BedrockCallOptions): boolean {
  const prompt = conversationTurns(options.prompt);
  // The final user turn (user and tool messages merge into one) must hold tool results for the rule to apply.
  let index = prompt.length - 1;
  let toolResults = false;
  while (index >= 0 && (prompt[index]!.role === 'tool' || prompt[index]!.role === 'user')) {
    if (prompt[index]!.role === 'tool') toolResults = true;
    index--;
  }
  if (!toolResults) return false;
  // Consecutive assistant messages form one turn (the codec merges them), in order.
  const end = index;
  while (index >= 0 && prompt[index]!.role === 'assistant') index--;
  const parts = prompt
    .slice(index + 1, end + 1)
    .flatMap(message => message.content as Array<{ type: string; signature?: string }>);
  if (!parts.some(part => part.type === 'tool-call')) return false;
  // The codec leaves unsigned reasoning out, so the first part it sends must be the signed thinking.
  const first = parts.find(part => part.type !== 'reasoning' || part.signature);
  return first?.type !== 'reasoning' && first?.type !== 'redacted-reasoning';
}
