import type { ConverseHooks } from '../../core/codec-contract';
import { nineCharToolId } from './nine-char-tool-id';

/**
 * Every Mistral model on Converse, old and new, takes tool-call ids of 9 letters and digits only. A live run in
 * September 2026 saw Pixtral, Mistral Large 2402 and Small 2402 refuse short ids ("The model returned the following
 * errors: Tool call id was a but must be a-z, A-Z, 0-9, with a length of 9.") and pass Bedrock's own `tooluse_…`
 * (https://github.com/anomalyco/opencode/pull/48843); in January 2026 Ministral 3 refused Bedrock's own too
 * (https://github.com/vercel/ai/issues/11802). The 9-character form passed every case of that live run, so calls and
 * results always carry it, as @ai-sdk/amazon-bedrock does (https://github.com/vercel/ai/pull/16606). The ids the caller
 * sees stay Bedrock's: the rewrite is one-way and the same for a call and its result.
 */
export const mistralConverse: ConverseHooks = { toolCallId: nineCharToolId };
