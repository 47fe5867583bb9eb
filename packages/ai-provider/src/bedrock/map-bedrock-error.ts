import { APICallError } from '@ai-sdk/provider';
import { isAbortError } from '@ai-sdk/provider-utils';
import { configurationError } from './configuration-errors';
import { elideLargeValues } from './elide-large-values';

export interface BedrockCallInfo {
  operation: 'InvokeModel' | 'InvokeModelWithResponseStream' | 'Converse' | 'ConverseStream';
  modelId: string;
  body: unknown;
}

interface AwsErrorShape {
  name?: string;
  message?: string;
  code?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
}

/**
 * An AWS SDK error -> `APICallError` with Bedrock's error name, status and request id. `isRetryable` follows AWS:
 * throttling (429), timeouts (408) and server faults (5xx) are, as are network failures without a status and a 200
 * whose body failed; so the
 * AI SDK's retry loop (the only one: the client makes one attempt) retries exactly what AWS would.
 * A configuration error (no credentials, no region) becomes a `LoadAPIKeyError` / `LoadSettingError`, which `ai` does
 * not retry. Aborts are passed through untouched. No request header (so no credential or signature) is ever copied.
 */
export function mapBedrockError(error: unknown, call: BedrockCallInfo, fallbackStatus?: number): unknown {
  if (isAbortError(error)) return error;
  if (APICallError.isInstance(error)) return error;
  const configuration = configurationError(error);
  if (configuration) return configuration;
  const aws = (error ?? {}) as AwsErrorShape;
  const name = aws.name ?? 'Error';
  const status = aws.$metadata?.httpStatusCode ?? fallbackStatus;
  const requestId = aws.$metadata?.requestId;
  const message = aws.message ?? String(error);
  const networkFailure = status === undefined && aws.$fault === undefined;
  return new APICallError({
    message: `Bedrock ${call.operation} failed: ${name}${status ? ` (HTTP ${status})` : ''}: ${message}`,
    url: `bedrock-runtime://${call.operation}/${call.modelId}`,
    requestBodyValues: elideLargeValues(call.body),
    statusCode: status,
    responseHeaders: requestId ? { 'x-amzn-requestid': requestId } : undefined,
    responseBody: status ? JSON.stringify({ message }) : undefined,
    isRetryable:
      networkFailure ||
      RETRY_BY_NAME.has(name) ||
      status === 408 ||
      status === 429 ||
      (status !== undefined && status >= 500) ||
      // The answer started (2xx) but its body failed (cut, empty, not parseable): a fault on the way, as a network one.
      (status !== undefined && status >= 200 && status < 300),
    data: { awsErrorName: name, requestId, fault: aws.$fault },
    cause: error,
  });
}

/**
 * Errors whose status alone (4xx) would say "do not retry" but that AWS says to retry: ModelStreamErrorException,
 * HTTP 424, "An error occurred while streaming the response. Retry your request."
 * (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ResponseStream.html).
 */
const RETRY_BY_NAME = new Set(['ModelStreamErrorException']);

// Exception frames inside a stream carry no HTTP status; the modelled status of the error class stands in.
const STREAM_ERROR_STATUS: Record<string, number> = {
  ModelStreamErrorException: 424,
  ThrottlingException: 429,
  ValidationException: 400,
  InternalServerException: 500,
  ServiceUnavailableException: 503,
  ModelTimeoutException: 408,
};

/** A mid-stream failure (exception frame, dropped connection, decode error) in the same shape. */
export function mapStreamError(error: unknown, call: BedrockCallInfo): unknown {
  return mapBedrockError(error, call, STREAM_ERROR_STATUS[(error as AwsErrorShape | undefined)?.name ?? '']);
}
