import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';

/**
 * gpt-oss: `max_completion_tokens` and `reasoning_effort` (AWS "OpenAI models" parameters page); its reasoning comes
 * inline as `<reasoning>…</reasoning>` before the answer on InvokeModel (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html).
 */
export const gptOssCodec = createOpenAIChatCodec({
  maxTokensKey: 'max_completion_tokens',
  reasoningEffort: true,
});
