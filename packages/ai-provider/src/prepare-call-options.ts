import {
  InvalidArgumentError,
  type LanguageModelV1CallOptions,
  type LanguageModelV1CallWarning,
  type LanguageModelV1FunctionTool,
  type LanguageModelV1ToolChoice,
} from '@ai-sdk/provider';
import type { BedrockCallOptions } from './bedrock-call-options';
import { parseCallOptions } from './bedrock-wrapper-options-schema';
import type { BedrockWrapperModelSettings } from './bedrock-wrapper-settings';
import type { ReasoningRequest, ResolvedModel } from './catalog/model-catalog-types';
import { type ApiChoice, chooseApi } from './choose-api';
import { normalizePrompt } from './prompt/normalize-prompt';
import { validatePromptImages } from './prompt/validate-prompt-media';

const API_NAMES = { invoke: 'InvokeModel', converse: 'Converse' } as const;
const OTHER_API = { invoke: 'converse', converse: 'invoke' } as const;

export interface PreparedCall {
  options: BedrockCallOptions;
  choice: ApiChoice;
  warnings: LanguageModelV1CallWarning[];
}

/**
 * LanguageModelV1 call options -> one normalised call for the codecs (see BedrockCallOptions): everything that does
 * not depend on the wire format is decided here, once, with a warning for every setting that is changed or dropped.
 */
export function prepareCallOptions(
  call: LanguageModelV1CallOptions,
  model: ResolvedModel,
  settings: BedrockWrapperModelSettings & { api?: 'invoke' | 'converse' },
  stream: boolean,
): PreparedCall {
  const warnings: LanguageModelV1CallWarning[] = [];
  const entry = model.entry;
  const providerOptions = parseCallOptions(call.providerMetadata);
  const prompt = normalizePrompt(call.prompt, warnings);

  let tools: LanguageModelV1FunctionTool[] = [];
  let toolChoice: LanguageModelV1ToolChoice | undefined;
  let objectMode: BedrockCallOptions['objectMode'];
  const mode = call.mode;
  if (mode.type === 'regular') {
    for (const tool of mode.tools ?? []) {
      if (tool.type === 'function') tools.push(tool);
      else
        warnings.push({
          type: 'unsupported-tool',
          tool,
          details: 'Provider-defined tools are not supported on Bedrock.',
        });
    }
    toolChoice = tools.length > 0 ? (mode.toolChoice ?? { type: 'auto' }) : undefined;
    const forced = toolChoice?.type === 'tool' ? toolChoice.toolName : undefined;
    if (forced !== undefined && !tools.some(tool => tool.name === forced)) {
      throw new InvalidArgumentError({
        argument: 'toolChoice',
        message: `toolChoice names "${forced}", which is not among the tools.`,
      });
    }
  } else if (mode.type === 'object-tool') {
    tools = [mode.tool];
    toolChoice = { type: 'tool', toolName: mode.tool.name };
    objectMode = { type: 'tool' };
  } else {
    objectMode = { type: 'json', schema: mode.schema };
  }
  if (toolChoice?.type === 'none') tools = [];

  const choice = chooseApi({
    entry,
    requested: providerOptions.api ?? settings.api,
    prompt,
    hasTools: tools.length > 0,
    stream,
    warnings,
  });
  validatePromptImages(prompt, entry, choice.api);

  let maxTokens = call.maxTokens ?? entry.defaultMaxTokens;
  if (!Number.isInteger(maxTokens) || maxTokens < 1) {
    throw new InvalidArgumentError({
      argument: 'maxTokens',
      message: `maxTokens must be a positive integer, got ${maxTokens}.`,
    });
  }
  if (maxTokens > entry.maxOutputTokens) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'maxTokens',
      details: `${entry.name} writes at most ${entry.maxOutputTokens} tokens; maxTokens ${maxTokens} was lowered to it.`,
    });
    maxTokens = entry.maxOutputTokens;
  }

  let stopSequences = call.stopSequences?.filter(stop => stop.length > 0);
  if (stopSequences && stopSequences.length > 0) {
    if (!entry.stopSequences[choice.api]) {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'stopSequences',
        details: `${entry.name} cannot stop on sequences on ${API_NAMES[choice.api]}${entry.stopSequences[OTHER_API[choice.api]] ? ` (the ${API_NAMES[OTHER_API[choice.api]]} API can)` : ''}; they were not sent.`,
      });
      stopSequences = undefined;
    } else if (stopSequences.length > entry.stopSequences.max) {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'stopSequences',
        details: `${entry.name} takes at most ${entry.stopSequences.max} stop sequences; only the first ${entry.stopSequences.max} were sent.`,
      });
      stopSequences = stopSequences.slice(0, entry.stopSequences.max);
    }
  } else stopSequences = undefined;

  const reasoning = mergeReasoning(model, settings, providerOptions.reasoning, warnings);

  return {
    choice,
    warnings,
    options: {
      api: choice.api,
      stream: stream && !choice.simulateStream,
      prompt,
      maxTokens,
      temperature: call.temperature,
      topP: call.topP,
      topK: call.topK,
      stopSequences,
      seed: call.seed,
      presencePenalty: call.presencePenalty,
      frequencyPenalty: call.frequencyPenalty,
      tools,
      toolChoice: tools.length > 0 ? toolChoice : undefined,
      objectMode,
      reasoning,
      providerOptions,
    },
  };
}

/** Reasoning: the name (`-Thinking`), then the model settings, then the call's options, each overriding. */
function mergeReasoning(
  model: ResolvedModel,
  settings: BedrockWrapperModelSettings,
  call: { enabled?: boolean; budgetTokens?: number; effort?: 'low' | 'medium' | 'high' } | undefined,
  warnings: LanguageModelV1CallWarning[],
): ReasoningRequest {
  const merged = { ...model.defaultReasoning, ...settings.reasoning, ...call };
  const asked = call !== undefined || settings.reasoning !== undefined;
  // Asking for a budget or an effort turns reasoning on unless `enabled` says otherwise (the name's own default
  // `enabled: false` does not count as saying so).
  const enabled =
    call?.enabled ??
    settings.reasoning?.enabled ??
    (model.defaultReasoning.enabled ||
      (asked && (merged.budgetTokens !== undefined || merged.effort !== undefined)));
  const support = model.entry.reasoning;
  if (enabled && !support) {
    warnings.push({
      type: 'other',
      message: `${model.entry.name} does not reason; the reasoning option was ignored.`,
    });
    return { enabled: false };
  }
  if (!enabled) return { enabled: false };
  // Claude: the codec picks the form (budget or adaptive effort) from the catalog, so both are passed on as asked.
  if (support?.kind === 'anthropic-thinking')
    return {
      enabled: true,
      ...(merged.budgetTokens !== undefined ? { budgetTokens: merged.budgetTokens } : {}),
      ...(merged.effort !== undefined ? { effort: merged.effort } : {}),
    };
  if (support?.kind === 'effort') return { enabled: true, effort: merged.effort ?? support.thinkingEffort };
  return { enabled: true };
}
