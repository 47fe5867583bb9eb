/**
 * What differs between the models of Bedrock's OpenAI chat-completions backend. Each family folder
 * (`families/gpt-oss`, `families/kimi`, …) is one of these; the body, the answer and the stream are shared.
 */
export interface OpenAIChatQuirks {
  /** `max_completion_tokens` for gpt-oss (AWS OpenAI models page), `max_tokens` for the others. */
  readonly maxTokensKey: 'max_tokens' | 'max_completion_tokens';
  /** Sends `reasoning_effort` when reasoning is on (gpt-oss). */
  readonly reasoningEffort?: boolean;
  /**
   * Rewrites tool-call ids into the form the model takes, the same for a call and its result (Mistral: 9 letters and
   * digits, `families/mistral-chat/nine-char-tool-id.ts`); without it ids are sent as given.
   */
  readonly toolCallId?: (id: string) => string;
  /** A final assistant message (prefill) is rejected (`add_generation_prompt`, real error: https://github.com/jparkerweb/bedrock-wrapper/blob/756a5f39a859b592bcc588047b9c0d81e715eaad/test-run-output.txt#L5216). */
  readonly noAssistantPrefill?: boolean;
  /** Settings the family's body has no key for: a warning each, never sent (Jamba: no `top_k`, no `seed`). */
  readonly unsupportedSettings?: readonly ('topK' | 'seed')[];
}
