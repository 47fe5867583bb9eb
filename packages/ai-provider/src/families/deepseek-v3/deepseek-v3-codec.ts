import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';

/** DeepSeek V3.x: the plain chat-completions body with `max_tokens` (AWS "models-api-compatibility"); no quirks known. */
export const deepseekV3Codec = createOpenAIChatCodec({ maxTokensKey: 'max_tokens' });
