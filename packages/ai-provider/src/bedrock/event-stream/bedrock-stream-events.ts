import { convertBase64ToUint8Array } from '@ai-sdk/provider-utils';

/**
 * The two streaming operations' events -> what their codecs read (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModelWithResponseStream.html, https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html). Both skip what they
 * do not know, as the SDK skips unknown union members.
 */
const utf8 = new TextDecoder();

/** IMWRS: a `chunk` event's payload is `{"bytes": base64 of the model's JSON, "p": padding}`. */
export function invokeChunkOfEvent(eventType: string, payload: Uint8Array): unknown {
  if (eventType !== 'chunk') return undefined;
  const text = utf8.decode(payload);
  // Every recorded frame starts with the `bytes` member; base64 holds no quote or backslash, so the next quote ends
  // it and the wrapper needs no JSON parse of its own. Any other shape goes through JSON.parse.
  const end = text.startsWith(BYTES_PREFIX) ? text.indexOf('"', BYTES_PREFIX.length) : -1;
  const base64 =
    end > 0 ? text.slice(BYTES_PREFIX.length, end) : (JSON.parse(text) as { bytes?: unknown }).bytes;
  return typeof base64 === 'string' && base64 ? JSON.parse(decodeBase64Utf8(base64)) : undefined;
}

const BYTES_PREFIX = '{"bytes":"';

/**
 * ConverseStream: the payload is the union member's JSON, given as `{ [eventType]: member }` like the SDK's events.
 * Blob members stay base64 strings here (the SDK would give bytes): only `reasoningContent.redactedContent` is one the
 * codec reads, and it accepts both.
 */
export function converseEventOf(eventType: string, payload: Uint8Array): unknown {
  return eventType ? { [eventType]: JSON.parse(utf8.decode(payload)) } : undefined;
}

// Node's Buffer decodes base64 natively (the hot path); elsewhere the AI SDK's own helper. Looked up per call, not at
// module load, so that loading the provider touches no Node global.
function decodeBase64Utf8(base64: string): string {
  const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;
  if (NodeBuffer) return NodeBuffer.from(base64, 'base64').toString('utf8');
  return utf8.decode(convertBase64ToUint8Array(base64));
}
