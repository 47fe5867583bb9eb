import type { JSONSchema7, LanguageModelV1Prompt } from '@ai-sdk/provider';

/**
 * Adds the JSON schema and an answer-as-JSON instruction to the system prompt, for models that cannot be
 * forced to call a tool. ai@4 does this itself before calling a V1 model; ai@5+ does not (LanguageModelV2CallOptions.responseFormat: the provider gets the schema and decides),
 * so the V2 adapter does it. The instruction is appended to the first system message (or becomes one), because
 * several families reject system messages after other messages.
 */
export function injectJsonInstruction(
  prompt: LanguageModelV1Prompt,
  schema: JSONSchema7 | undefined,
): LanguageModelV1Prompt {
  const instruction =
    schema === undefined
      ? 'Answer with a single JSON value and nothing else: no prose, no code fences.'
      : `Answer with a single JSON value that conforms to this JSON schema, and nothing else (no prose, no code fences):\n${JSON.stringify(schema)}`;
  const first = prompt[0];
  if (first?.role === 'system') {
    return [{ ...first, content: `${first.content}\n\n${instruction}` }, ...prompt.slice(1)];
  }
  return [{ role: 'system', content: instruction }, ...prompt];
}
