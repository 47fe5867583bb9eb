import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';

/** Gemma 3: the plain chat-completions body with `max_tokens` (AWS "models-api-compatibility"); no quirks known. */
export const gemmaCodec = createOpenAIChatCodec({ maxTokensKey: 'max_tokens' });
