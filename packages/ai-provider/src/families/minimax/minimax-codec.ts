import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';

/** MiniMax M2.x (reasoning in `reasoning_content`): the plain chat-completions body with `max_tokens` (AWS "models-api-compatibility"); no quirks known. */
export const minimaxCodec = createOpenAIChatCodec({ maxTokensKey: 'max_tokens' });
