import { randomUUID } from 'node:crypto';
import type { BedrockError } from '../models/emulated-model';
import type { AnyResponse } from './listen-h2c-and-http1';

export function newRequestId(): string {
  return randomUUID();
}

/** A JSON response with the request id header every Bedrock answer carries (bedrock-wire.md §1.4). */
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
 * plus `{"message"}`; `__type` in the body too, as some recordings show it there (bedrock-wire.md §1.5).
 */
export function sendAwsError(response: AnyResponse, error: BedrockError, requestId: string): void {
  sendJson(response, error.status, { message: error.message, __type: error.name }, requestId, {
    'x-amzn-errortype': `${error.name}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
    // Which sourced rule answered (docs/emulator-rules.md); real Bedrock sends no such header.
    ...(error.rule ? { 'x-emulator-rule': error.rule } : {}),
  });
}
