import type { LanguageModelV1CallWarning, LanguageModelV1StreamPart } from '@ai-sdk/provider';
import type { CoreFinishReason, CoreUsage, CoreWarning, CreatePartMapper } from '../core/core-parts';

/** Core parts -> LanguageModelV1 stream parts: the same parts, with V1's finish reason and NaN for unknown counts. */
export const v1StreamParts: CreatePartMapper<LanguageModelV1StreamPart> = () => ({
  start() {},
  push(part, emit) {
    if (part.type === 'finish') {
      emit({
        type: 'finish',
        finishReason: v1FinishReason(part.finishReason),
        usage: v1Usage(part.usage),
        providerMetadata: part.providerMetadata as never,
      });
    } else emit(part as LanguageModelV1StreamPart);
  },
  flush() {},
});

export function v1FinishReason(reason: CoreFinishReason) {
  return reason.unified;
}

export function v1Usage(usage: CoreUsage): { promptTokens: number; completionTokens: number } {
  return {
    promptTokens: usage.inputTokens ?? Number.NaN,
    completionTokens: usage.outputTokens ?? Number.NaN,
  };
}

/** Core warnings use the neutral setting names; V1 calls the output limit `maxTokens`. */
export function v1Warnings(
  own: LanguageModelV1CallWarning[],
  core: readonly CoreWarning[],
): LanguageModelV1CallWarning[] {
  return [
    ...own,
    ...core.map(
      (warning): LanguageModelV1CallWarning =>
        warning.type === 'unsupported-setting'
          ? {
              type: 'unsupported-setting',
              setting: (warning.setting === 'maxOutputTokens' ? 'maxTokens' : warning.setting) as never,
              details: warning.details,
            }
          : warning,
    ),
  ];
}
