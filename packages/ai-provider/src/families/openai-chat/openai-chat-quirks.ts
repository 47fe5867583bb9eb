/**
 * What differs between the models of Bedrock's OpenAI chat-completions backend. Each family folder
 * (`families/gpt-oss`, `families/kimi`, …) is one of these; the body, the answer and the stream are shared.
 */
export interface OpenAIChatQuirks {
  /** `max_completion_tokens` for gpt-oss (AWS OpenAI models page), `max_tokens` for the others. */
  readonly maxTokensKey: 'max_tokens' | 'max_completion_tokens';
  /** Sends `reasoning_effort` when reasoning is on (gpt-oss). */
  readonly reasoningEffort?: boolean;
  /** Tool-call ids must be 9 alphanumeric characters (Mistral; ai-sdk-contracts.md §5 #11). */
  readonly nineCharToolIds?: boolean;
  /** A final assistant message (prefill) is rejected (`add_generation_prompt`, legacy-wrapper.md §2.1). */
  readonly noAssistantPrefill?: boolean;
}
