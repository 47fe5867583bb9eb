import type { ConverseHooks } from '../../core/codec-contract';

/**
 * Kimi K2 on Converse: nothing differs in the request. Its inline `<think>` text is read through the catalog row's
 * `inlineReasoning.converse` (recorded: packages/emulator/fixtures/bedrock-recorded/converse-kimi-k2-thinking-tool-call.json
 * and converse-stream-kimi-k2-thinking.events.json).
 */
export const kimiConverse: ConverseHooks = {};
