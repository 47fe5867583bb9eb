import type { CoreFinishReason, CoreGenerateResult, CoreUsage } from '../core/core-parts';
import { PROVIDER_OPTIONS_KEY } from '../provider-options-key';
import type { EdgeCallPlan } from './convert-edge-call';

/** The content kinds V2, V3 and V4 share. */
export type EdgeContent =
  | { type: 'text'; text: string }
  | { type: 'reasoning'; text: string; providerMetadata?: Record<string, Record<string, string>> }
  | { type: 'tool-call'; toolCallId: string; toolName: string; input: string };

/**
 * A whole answer as block-protocol content, in the order the model gave it; signatures and redacted reasoning ride in
 * `providerMetadata.bedrockWrapper`, where ai@5+ copies them into the next turn's prompt. With a JSON tool, the forced
 * tool's arguments are the object and come back as text.
 */
export function edgeContent(result: CoreGenerateResult, plan: EdgeCallPlan): EdgeContent[] {
  const content: EdgeContent[] = [];
  // Text around the forced JSON tool call (a preamble) is not the object; it is kept only when no such call came.
  const jsonToolAnswered =
    plan.output === 'json-tool' &&
    result.content.some(item => item.type === 'tool-call' && item.toolName === plan.jsonToolName);
  for (const item of result.content) {
    switch (item.type) {
      case 'reasoning':
        content.push({
          type: 'reasoning',
          text: item.text,
          ...(item.signature
            ? { providerMetadata: { [PROVIDER_OPTIONS_KEY]: { signature: item.signature } } }
            : {}),
        });
        break;
      case 'redacted-reasoning':
        content.push({
          type: 'reasoning',
          text: '',
          providerMetadata: { [PROVIDER_OPTIONS_KEY]: { redactedData: item.data } },
        });
        break;
      case 'text':
        if (!jsonToolAnswered) content.push({ type: 'text', text: item.text });
        break;
      case 'tool-call':
        if (plan.output === 'json-tool' && item.toolName === plan.jsonToolName)
          content.push({ type: 'text', text: item.input });
        else if (plan.output !== 'json-tool')
          content.push({
            type: 'tool-call',
            toolCallId: item.toolCallId,
            toolName: item.toolName,
            input: item.input,
          });
        break;
    }
  }
  return content;
}

/** With a JSON tool the forced call is the answer: the caller sees a normal stop. */
export function edgeFinishReason(reason: CoreFinishReason, jsonTool: boolean): CoreFinishReason {
  return jsonTool && reason.unified === 'tool-calls' ? { unified: 'stop', raw: reason.raw } : reason;
}

/** V2's flat usage. */
export function flatUsage(usage: CoreUsage) {
  const { inputTokens, outputTokens } = usage;
  return {
    inputTokens,
    outputTokens,
    totalTokens:
      inputTokens === undefined || outputTokens === undefined ? undefined : inputTokens + outputTokens,
    reasoningTokens: usage.reasoningTokens,
    cachedInputTokens: usage.cacheReadTokens,
  };
}

/**
 * V3/V4's nested usage. Bedrock's `inputTokens` excludes the cache reads and writes it reports beside it
 * (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_TokenUsage.html lists them as separate counts;
 * https://github.com/anomalyco/opencode/pull/38427 corrected its mapping to the same reading), so the total adds them.
 */
export function nestedUsage(usage: CoreUsage) {
  const { inputTokens, cacheReadTokens, cacheWriteTokens, outputTokens, reasoningTokens } = usage;
  const total =
    inputTokens === undefined ? undefined : inputTokens + (cacheReadTokens ?? 0) + (cacheWriteTokens ?? 0);
  return {
    inputTokens: { total, noCache: inputTokens, cacheRead: cacheReadTokens, cacheWrite: cacheWriteTokens },
    outputTokens: {
      total: outputTokens,
      text:
        outputTokens === undefined || reasoningTokens === undefined
          ? undefined
          : outputTokens - reasoningTokens,
      reasoning: reasoningTokens,
    },
    ...(usage.raw ? { raw: usage.raw } : {}),
  };
}
