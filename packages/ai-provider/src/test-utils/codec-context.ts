import type {
  LanguageModelV1CallOptions,
  LanguageModelV1Prompt,
  LanguageModelV1StreamPart,
} from '@ai-sdk/provider';
import { resolveModel } from '../catalog/resolve-model';
import type { BedrockCodec, CodecContext } from '../core/codec-contract';
import { prepareCall } from '../core/prepare-call';
import { FAMILIES } from '../families/family-descriptors';
import { convertV1Call } from '../v1/convert-v1-call';

/**
 * A codec context for converter tests, built the way the language model builds it (catalog entry, prepared options),
 * so a converter test sees exactly what a real call would hand the codec.
 */
export function codecContext(
  name: string,
  prompt: LanguageModelV1Prompt,
  call: Partial<LanguageModelV1CallOptions> = {},
  options: { api?: 'invoke' | 'converse'; stream?: boolean } = {},
): { ctx: CodecContext; codec: BedrockCodec } {
  const model = resolveModel(name, { region: 'us-east-1' });
  const prepared = prepareCall(
    convertV1Call({ inputFormat: 'messages', mode: { type: 'regular' }, prompt, ...call }).request,
    model,
    { api: options.api },
    options.stream ?? false,
  );
  let counter = 0;
  return {
    ctx: {
      model,
      options: prepared.options,
      warnings: prepared.warnings,
      generateId: () => `id-${counter++}`,
      converse: FAMILIES[model.entry.family].converse,
    },
    codec: prepared.choice.codec,
  };
}

/** Runs chunks through a codec's stream decoder and returns every part it emits plus the finish data. */
export function decodeStream(codec: BedrockCodec, ctx: CodecContext, chunks: unknown[]) {
  const parts: LanguageModelV1StreamPart[] = [];
  const decoder = codec.createStreamDecoder(ctx);
  for (const chunk of chunks) decoder.push(chunk, part => parts.push(part));
  const finish = decoder.flush(part => parts.push(part));
  return { parts, finish };
}

/** Text and reasoning joined from decoded parts. */
export function joinParts(parts: LanguageModelV1StreamPart[]): { text: string; reasoning: string } {
  let text = '';
  let reasoning = '';
  for (const part of parts) {
    if (part.type === 'text-delta') text += part.textDelta;
    if (part.type === 'reasoning') reasoning += part.textDelta;
  }
  return { text, reasoning };
}
