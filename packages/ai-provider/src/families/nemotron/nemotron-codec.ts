import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';

/**
 * Nemotron: the plain chat-completions body with `max_tokens`. Nano 9B v2 starts its answer inside reasoning, closed
 * by `</think>` with no opening tag: its catalog row says so (`inlineReasoning`).
 */
export const nemotronCodec = createOpenAIChatCodec({ maxTokensKey: 'max_tokens' });
