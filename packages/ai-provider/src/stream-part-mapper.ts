import type { LanguageModelV1CallWarning, LanguageModelV1StreamPart } from '@ai-sdk/provider';

/**
 * Turns the V1 parts of a stream into the parts the caller streams, synchronously, as they are made. The /v2 model
 * maps into V2 parts this way, inside the one stream the V1 model builds, instead of piping through a second
 * stream: each stream hop costs every part a few promises, the largest cost left in the profile (BENCHMARKS.md).
 */
export interface StreamPartMapper<T> {
  start(emit: (part: T) => void): void;
  push(part: LanguageModelV1StreamPart, emit: (part: T) => void): void;
  /** The stream ends (not called when the reader cancels). */
  flush(emit: (part: T) => void): void;
}

/** Made once the call's warnings are known, before the first part. */
export type CreateStreamPartMapper<T> = (warnings: LanguageModelV1CallWarning[]) => StreamPartMapper<T>;

export const v1StreamParts: CreateStreamPartMapper<LanguageModelV1StreamPart> = () => ({
  start() {},
  push(part, emit) {
    emit(part);
  },
  flush() {},
});
