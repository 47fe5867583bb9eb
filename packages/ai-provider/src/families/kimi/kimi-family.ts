import type { FamilyDescriptor } from '../../core/codec-contract';
import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';
import { OPENAI_CHAT_SAMPLING } from '../openai-chat/openai-chat-sampling';

/**
 * Kimi K2 / K2.5: the plain chat-completions body. Where a Kimi model writes its reasoning inline (`<reasoning>` around
 * every streamed delta, or `<think>` text), its catalog row says so (`inlineReasoning`) and the shared splitter turns
 * it into reasoning parts. On Converse nothing differs in the request; its inline `<think>` text is read through the catalog row's
 * `inlineReasoning.converse` (recorded: packages/emulator/fixtures/bedrock-recorded/converse-kimi-k2-thinking-tool-call.json
 * and converse-stream-kimi-k2-thinking.events.json).
 */
export const kimiFamily: FamilyDescriptor = {
  invoke: createOpenAIChatCodec({ maxTokensKey: 'max_tokens' }),
  converse: {},
  rawIdPrefixes: ['moonshot'],
  invokeSampling: OPENAI_CHAT_SAMPLING,
};
