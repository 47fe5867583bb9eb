import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';

/** Z.ai GLM: the plain chat-completions body with `max_tokens` (AWS "models-api-compatibility"); no quirks known. */
export const glmCodec = createOpenAIChatCodec({ maxTokensKey: 'max_tokens' });
