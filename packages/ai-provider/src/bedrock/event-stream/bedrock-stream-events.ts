/**
 * The two streaming operations' events -> what their codecs read (bedrock-wire.md §2.3, §2.4). Both skip what they
 * do not know, as the SDK skips unknown union members.
 */
const utf8 = new TextDecoder();

/** IMWRS: a `chunk` event's payload is `{"bytes": base64 of the model's JSON, "p": padding}`. */
export function invokeChunkOfEvent(eventType: string, payload: Uint8Array): unknown {
  if (eventType !== 'chunk') return undefined;
  const part = JSON.parse(utf8.decode(payload)) as { bytes?: unknown };
  return typeof part.bytes === 'string' && part.bytes ? JSON.parse(decodeBase64Utf8(part.bytes)) : undefined;
}

/**
 * ConverseStream: the payload is the union member's JSON, given as `{ [eventType]: member }` like the SDK's events.
 * Blob members stay base64 strings here (the SDK would give bytes): only `reasoningContent.redactedContent` is one the
 * codec reads, and it accepts both.
 */
export function converseEventOf(eventType: string, payload: Uint8Array): unknown {
  return eventType ? { [eventType]: JSON.parse(utf8.decode(payload)) } : undefined;
}

function decodeBase64Utf8(base64: string): string {
  const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;
  if (NodeBuffer) return NodeBuffer.from(base64, 'base64').toString('utf8');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return utf8.decode(bytes);
}
