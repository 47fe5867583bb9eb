import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';

/**
 * Kimi K2 / K2.5: reasons always, inline as `<reasoning>` around every streamed delta or as `<think>` text
 * (legacy-wrapper.md §2.5); the shared splitter turns both into reasoning parts.
 */
export const kimiCodec = createOpenAIChatCodec({ maxTokensKey: 'max_tokens' });
