import type { LanguageModelV1CallOptions, LanguageModelV1StreamPart } from '@ai-sdk/provider';

/** The smallest V1 call: one user text, no settings. */
export const PLAIN_CALL: LanguageModelV1CallOptions = {
  inputFormat: 'prompt',
  mode: { type: 'regular' },
  prompt: [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
};

/** Every part of a V1 stream, read to its end. */
export async function readParts(stream: ReadableStream<LanguageModelV1StreamPart>) {
  const parts: LanguageModelV1StreamPart[] = [];
  for await (const part of stream as unknown as AsyncIterable<LanguageModelV1StreamPart>) parts.push(part);
  return parts;
}
