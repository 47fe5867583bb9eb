import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';

/**
 * Kimi K2 / K2.5: the plain chat-completions body. Where a Kimi model writes its reasoning inline (`<reasoning>` around
 * every streamed delta, or `<think>` text), its catalog row says so (`inlineReasoning`) and the shared splitter turns
 * it into reasoning parts.
 */
export const kimiCodec = createOpenAIChatCodec({ maxTokensKey: 'max_tokens' });
