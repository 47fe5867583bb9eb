import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';

/** Writer Palmyra: the plain chat-completions body with `max_tokens` (AWS "models-api-compatibility"); no quirks known. */
export const palmyraCodec = createOpenAIChatCodec({ maxTokensKey: 'max_tokens' });
