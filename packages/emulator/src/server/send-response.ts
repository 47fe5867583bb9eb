import { randomUUID } from 'node:crypto';
import type { BedrockError } from '../models/emulated-model';
import type { AnyResponse } from './listen-h2c-and-http1';

export function newRequestId(): string {
  return randomUUID();
}

/** A JSON response with the request id header every Bedrock answer carries (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html, https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html). */
export function sendJson(
  response: AnyResponse,
  status: number,
  body: unknown,
  requestId: string,
  headers: Record<string, string> = {},
): void {
  const payload = Buffer.from(JSON.stringify(body));
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(payload.length),
    'x-amzn-requestid': requestId,
    ...headers,
  });
  response.end(payload);
}

/**
 * An AWS error as Bedrock sends it: `x-amzn-ErrorType: <Name>:http://internal.amazon.com/coral/com.amazon.bedrock/`
 * plus `{"message"}`; `__type` in the body too, as some recordings show it there (https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html and the recorded errors in fixtures/bedrock-recorded).
 */
export function sendAwsError(response: AnyResponse, error: BedrockError, requestId: string): void {
  sendJson(response, error.status, { message: error.message, __type: error.name }, requestId, {
    'x-amzn-errortype': `${error.name}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
    // Which sourced rule answered (docs/emulator-rules.md); real Bedrock sends no such header.
    ...(error.rule ? { 'x-emulator-rule': error.rule } : {}),
  });
}
