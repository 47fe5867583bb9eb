import type { LanguageModelV1CallWarning } from '@ai-sdk/provider';
import type { BedrockCallOptions } from '../../bedrock-call-options';
import type { ModelCatalogEntry } from '../../catalog/model-catalog-types';
import type { AnthropicThinkingFields } from './anthropic-api';

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
 * The sampling rules of Claude, shared by InvokeModel and Converse (AWS "Extended thinking" page): a thinking budget
 * of at least 1024 tokens and below max_tokens; with thinking on, temperature only 1, no top_k, top_p not below 0.95,
 * no forced tool use; on Claude 4+, temperature and top_p are mutually exclusive. Every change to what the caller
 * asked for is a warning.
 */
export function claudeSampling(
  options: BedrockCallOptions,
  entry: ModelCatalogEntry,
  warnings: LanguageModelV1CallWarning[],
): ClaudeSampling {
  let { maxTokens, temperature, topP, topK } = options;
  if (entry.sampling?.temperatureOrTopP && temperature !== undefined && topP !== undefined) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'topP',
      details: `${entry.name} takes temperature or topP, not both; topP was not sent.`,
    });
    topP = undefined;
  }
  if (!options.reasoning.enabled || entry.reasoning?.kind !== 'anthropic-thinking')
    return { maxTokens, temperature, topP, topK, forceToolAllowed: true };
  if (unsignedToolTurn(options)) {
    warnings.push({
      type: 'other',
      message:
        'Thinking was turned off for this call: the assistant turn that called the tools has no signed thinking (it came from a call without thinking or from another model), and Claude then rejects thinking.',
    });
    return { maxTokens, temperature, topP, topK, forceToolAllowed: true };
  }

  let budget = Math.max(1024, options.reasoning.budgetTokens ?? entry.reasoning.defaultBudgetTokens);
  if (maxTokens <= budget) {
    // The answer needs room after the thinking: add the budget to the caller's max tokens, within the model's cap.
    const raised = Math.min(entry.maxOutputTokens, maxTokens + budget);
    // A budget at or above the cap itself: keep room for the answer (at most half the cap) below it.
    if (raised <= budget) budget = Math.max(1024, raised - Math.min(maxTokens, Math.floor(raised / 2)));
    warnings.push({
      type: 'other',
      message: `Thinking needs max_tokens above its budget: max_tokens ${maxTokens} -> ${raised}, budget_tokens ${budget}.`,
    });
    maxTokens = raised;
  }
  if (temperature !== undefined && temperature !== 1) {
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
  return {
    maxTokens,
    temperature,
    topP,
    topK,
    thinkingFields: { thinking: { type: 'enabled', budget_tokens: budget } },
    forceToolAllowed: false,
  };
}

/**
 * With thinking on, the assistant turn whose tool calls the last tool results answer must start with its signed
 * thinking (Anthropic "extended thinking with tool use"). A history without it cannot think in this call.
 */
function unsignedToolTurn(options: BedrockCallOptions): boolean {
  const prompt = options.prompt;
  // The final user turn (user and tool messages merge into one) must hold tool results for the rule to apply.
  let index = prompt.length - 1;
  let toolResults = false;
  while (index >= 0 && (prompt[index]!.role === 'tool' || prompt[index]!.role === 'user')) {
    if (prompt[index]!.role === 'tool') toolResults = true;
    index--;
  }
  if (!toolResults) return false;
  // Consecutive assistant messages form one turn (the codec merges them).
  const parts: Array<{ type: string; signature?: string }> = [];
  while (index >= 0 && prompt[index]!.role === 'assistant')
    parts.push(...(prompt[index--]!.content as Array<{ type: string; signature?: string }>));
  if (parts.length === 0) return false;
  const signed = parts.some(
    part => (part.type === 'reasoning' && part.signature) || part.type === 'redacted-reasoning',
  );
  return !signed && parts.some(part => part.type === 'tool-call');
}
