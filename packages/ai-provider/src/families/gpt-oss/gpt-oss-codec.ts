import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';

/**
 * gpt-oss: `max_completion_tokens` and `reasoning_effort` (AWS "OpenAI models" parameters page); its reasoning comes
 * inline as `<reasoning>…</reasoning>` before the answer on InvokeModel (bedrock-wire.md §4.5).
 */
export const gptOssCodec = createOpenAIChatCodec({
  maxTokensKey: 'max_completion_tokens',
  reasoningEffort: true,
});
