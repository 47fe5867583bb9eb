import type { JSONObject } from '@ai-sdk/provider';
import type { BedrockApi } from '../catalog/model-catalog-types';
import { PROVIDER_OPTIONS_KEY } from '../provider-options-key';
import type { CodecGenerateResult, CodecStreamFinish, CodecUsage } from './codec-contract';
import type {
  CoreContent,
  CoreFinish,
  CoreGenerateResult,
  CoreRequestInfo,
  CoreUsage,
  CoreWarning,
} from './core-parts';

/** `amazon-bedrock-invocationMetrics`, which Bedrock adds to InvokeModel answers and the last chunk of their streams. */
export interface InvocationMetrics {
  readonly inputTokenCount?: number;
  readonly outputTokenCount?: number;
  readonly invocationLatency?: number;
  readonly firstByteLatency?: number;
}

export interface AnswerInfo {
  readonly api: BedrockApi;
  readonly requestId: string | undefined;
  /** Response headers as received. */
  readonly headers: Record<string, string>;
  readonly metrics: InvocationMetrics | undefined;
}

/**
 * The end of an answer, the same for a whole answer and a stream: usage from the body, else Bedrock's invocation
 * metrics, else its token-count headers (`X-Amzn-Bedrock-Input-Token-Count`/`-Output-Token-Count`, sent on InvokeModel
 * answers: https://docs.aws.amazon.com/bedrock/latest/userguide/inference-invoke.html); cache tokens; the raw stop
 * reason; and this provider's metadata (request id, API, metrics).
 */
export function assembleFinish(end: CodecStreamFinish, info: AnswerInfo): CoreFinish {
  const metadata = end.providerMetadata ?? {};
  return {
    finishReason: { unified: end.finishReason, raw: end.rawFinishReason },
    usage: coreUsage(end.usage, metadata, info),
    providerMetadata: {
      [PROVIDER_OPTIONS_KEY]: {
        ...metadata,
        ...(info.metrics ? { invocationMetrics: { ...info.metrics } } : {}),
        requestId: info.requestId ?? null,
        api: info.api,
      },
    },
  };
}

/** A whole answer: the codec's half plus the shared end, response and request information. */
export function assembleResult(
  parsed: CodecGenerateResult,
  info: AnswerInfo & {
    readonly modelId: string;
    readonly request: CoreRequestInfo;
    readonly warnings: readonly CoreWarning[];
    readonly simulatedStream: boolean;
    /** The answer's parsed body. */
    readonly body: unknown;
  },
): CoreGenerateResult {
  const content: CoreContent[] = [];
  for (const detail of parsed.reasoning ?? []) {
    content.push(
      detail.type === 'text'
        ? {
            type: 'reasoning',
            text: detail.text,
            ...(detail.signature ? { signature: detail.signature } : {}),
          }
        : { type: 'redacted-reasoning', data: detail.data },
    );
  }
  if (parsed.text) content.push({ type: 'text', text: parsed.text });
  for (const call of parsed.toolCalls ?? [])
    content.push({
      type: 'tool-call',
      toolCallId: call.toolCallId,
      toolName: call.toolName,
      input: call.args,
    });
  const finish = assembleFinish(
    {
      ...parsed,
      providerMetadata: info.simulatedStream
        ? { ...parsed.providerMetadata, simulatedStream: true }
        : parsed.providerMetadata,
    },
    info,
  );
  return {
    ...finish,
    content,
    response: {
      id: parsed.response?.id ?? info.requestId,
      modelId: parsed.response?.modelId ?? info.modelId,
      timestamp: new Date(),
      headers: info.headers,
      body: info.body,
    },
    request: info.request,
    warnings: info.warnings,
  };
}

function coreUsage(usage: CodecUsage, metadata: Record<string, unknown>, info: AnswerInfo): CoreUsage {
  const header = (name: string) => count(info.headers[name] ?? info.headers[name.toLowerCase()]);
  return {
    inputTokens:
      count(usage.promptTokens) ??
      count(info.metrics?.inputTokenCount) ??
      header('X-Amzn-Bedrock-Input-Token-Count'),
    outputTokens:
      count(usage.completionTokens) ??
      count(info.metrics?.outputTokenCount) ??
      header('X-Amzn-Bedrock-Output-Token-Count'),
    cacheReadTokens: count(metadata.cacheReadInputTokens),
    cacheWriteTokens: count(metadata.cacheWriteInputTokens),
    reasoningTokens: count(usage.reasoningTokens),
    raw: usage.raw ?? (info.metrics ? { ...info.metrics } : countHeaders(info.headers)),
  };
}

/** The token-count headers of an InvokeModel answer, as sent; `undefined` when it has none. */
function countHeaders(headers: Record<string, string>): JSONObject | undefined {
  const found: JSONObject = {};
  for (const [name, value] of Object.entries(headers))
    if (/^x-amzn-bedrock-(input|output)-token-count$/i.test(name)) found[name] = value;
  return Object.keys(found).length > 0 ? found : undefined;
}

/** A finite token count, or `undefined` (NaN, absent, or a header string that is not a number). */
function count(value: unknown): number | undefined {
  const number = typeof value === 'string' && value !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}
