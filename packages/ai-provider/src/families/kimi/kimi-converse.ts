import type { ConverseHooks } from '../../core/codec-contract';

/**
 * Kimi K2 writes its reasoning inline as `<think>` text on Converse (recorded:
 * packages/emulator/fixtures/bedrock-recorded/converse-kimi-k2-thinking-tool-call.json and
 * converse-stream-kimi-k2-thinking.events.json).
 */
export const kimiConverse: ConverseHooks = { inlineThink: true };
