import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';

/** Qwen3 (incl. VL and Coder): the plain chat-completions body with `max_tokens` (AWS "models-api-compatibility"); no quirks known. */
export const qwenCodec = createOpenAIChatCodec({ maxTokensKey: 'max_tokens' });
