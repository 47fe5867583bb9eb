import { InvalidArgumentError } from '@ai-sdk/provider';
import type { BedrockWrapperModelSettings } from '../bedrock-wrapper-settings';
import type { ReasoningRequest, ResolvedModel } from '../catalog/model-catalog-types';
import { CONVERSE_STOP_SEQUENCES_MAX } from '../converse/converse-stop-sequences-max';
import { FAMILIES } from '../families/family-descriptors';
import { refuseAssistantPrefill } from '../prompt/assistant-prefill';
import { limitCachePoints } from '../prompt/cache-points';
import { dropReasoningOnlyTurns } from '../prompt/drop-reasoning-only-turns';
import { normalizePrompt } from '../prompt/normalize-prompt';
import { validatePromptImages } from '../prompt/prompt-media';
import { API_NAMES } from './api-names';
import { type BedrockWrapperCallOptions, parseCallOptions } from './bedrock-wrapper-call-options';
import { type ApiChoice, chooseApi } from './choose-api';
import type { BedrockCallOptions } from './codec-contract';
import type { CoreCallRequest } from './core-call';
import type { CoreWarning } from './core-parts';
import { validateCallValues } from './validate-call-values';

const OTHER_API = { invoke: 'converse', converse: 'invoke' } as const;

export interface PreparedCall {
  readonly options: BedrockCallOptions;
  readonly choice: ApiChoice;
  readonly warnings: CoreWarning[];
}

/**
 * One call from any edge -> the normalised call the codecs read (BedrockCallOptions): everything that does not depend
 * on the wire format is decided here, once, with a warning for every setting that is changed or dropped.
 */
export function prepareCall(
  request: CoreCallRequest,
  model: ResolvedModel,
  settings: BedrockWrapperModelSettings,
  stream: boolean,
): PreparedCall {
  const warnings: CoreWarning[] = [];
  const entry = model.entry;
  const providerOptions = parseCallOptions(request.providerOptions);
  const normalized = limitCachePoints(normalizePrompt(request.prompt, warnings), entry, warnings);

  const toolChoice = request.tools.length > 0 ? (request.toolChoice ?? { type: 'auto' as const }) : undefined;
  const forced = toolChoice?.type === 'tool' ? toolChoice.toolName : undefined;
  if (forced !== undefined && !request.tools.some(tool => tool.name === forced)) {
    throw new InvalidArgumentError({
      argument: 'toolChoice',
      message: `toolChoice names "${forced}", which is not among the tools.`,
    });
  }
  const tools = toolChoice?.type === 'none' ? [] : request.tools;
  refuseAssistantPrefill(normalized, entry, tools.length > 0);

  const choice = chooseApi({
    entry,
    requested: providerOptions.api ?? settings.api,
    prompt: normalized,
    hasTools: tools.length > 0,
    stream,
    warnings,
  });
  const prompt = choice.api === 'converse' ? dropReasoningOnlyTurns(normalized, entry, warnings) : normalized;
  validatePromptImages(prompt, entry, choice.api);
  validateCallValues(request, choice.api, FAMILIES[entry.family]);

  let maxTokens = request.maxOutputTokens ?? entry.defaultMaxTokens;
  if (!Number.isInteger(maxTokens) || maxTokens < 1) {
    throw new InvalidArgumentError({
      argument: 'maxOutputTokens',
      message: `maxOutputTokens (maxTokens on ai@4) must be a positive integer, got ${maxTokens}.`,
    });
  }
  if (maxTokens > entry.maxOutputTokens) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'maxOutputTokens',
      details: `${entry.name} writes at most ${entry.maxOutputTokens} tokens; maxOutputTokens ${maxTokens} was lowered to it.`,
    });
    maxTokens = entry.maxOutputTokens;
  }

  let stopSequences = request.stopSequences?.filter(stop => stop.length > 0);
  if (stopSequences && stopSequences.length > 0) {
    if (!entry.stopSequences[choice.api]) {
      const other = OTHER_API[choice.api];
      warnings.push({
        type: 'unsupported-setting',
        setting: 'stopSequences',
        details: `${entry.name} cannot stop on sequences on ${API_NAMES[choice.api]}${entry.stopSequences[other] ? ` (the ${API_NAMES[other]} API can)` : ''}; they were not sent.`,
      });
      stopSequences = undefined;
    } else {
      const max =
        choice.api === 'converse'
          ? Math.min(entry.stopSequences.max, CONVERSE_STOP_SEQUENCES_MAX)
          : entry.stopSequences.max;
      if (stopSequences.length > max) {
        warnings.push({
          type: 'unsupported-setting',
          setting: 'stopSequences',
          details: `${entry.name} takes at most ${max} stop sequences on ${API_NAMES[choice.api]}; only the first ${max} were sent.`,
        });
        stopSequences = stopSequences.slice(0, max);
      }
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
      maxTokensSet: request.maxOutputTokens !== undefined,
      temperature: request.temperature,
      temperatureSet: request.temperature !== undefined && !request.temperatureIsDefault,
      topP: request.topP,
      topK: request.topK,
      stopSequences,
      seed: request.seed,
      presencePenalty: request.presencePenalty,
      frequencyPenalty: request.frequencyPenalty,
      tools,
      toolChoice: tools.length > 0 ? toolChoice : undefined,
      objectMode: request.objectMode,
      reasoning,
      providerOptions,
    },
  };
}

/** Reasoning: the name (`-Thinking`), then the model settings, then the call's options, each overriding. */
function mergeReasoning(
  model: ResolvedModel,
  settings: BedrockWrapperModelSettings,
  call: BedrockWrapperCallOptions['reasoning'],
  warnings: CoreWarning[],
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
  // Claude: the codec picks the form (budget or adaptive effort) from the catalog, so both are passed on as asked; the
  // codec applies the catalog's default budget when none was asked for.
  if (support?.kind === 'anthropic-thinking')
    return {
      enabled: true,
      ...(merged.budgetTokens !== undefined ? { budgetTokens: merged.budgetTokens } : {}),
      // A budget the caller chose (not the -Thinking name's default): a codec may warn when it must change it.
      budgetSet: (call?.budgetTokens ?? settings.reasoning?.budgetTokens) !== undefined,
      ...(merged.effort !== undefined ? { effort: merged.effort } : {}),
    };
  if (support?.kind === 'effort') return { enabled: true, effort: merged.effort ?? support.thinkingEffort };
  return { enabled: true };
}
