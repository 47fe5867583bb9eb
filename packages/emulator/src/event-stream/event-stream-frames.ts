import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';

/**
 * AWS event-stream frames as Bedrock sends them (https://docs.aws.amazon.com/transcribe/latest/dg/event-stream.html): headers `:event-type`, `:content-type`,
 * `:message-type` (the order seen in every recorded frame), a JSON payload with the `p` padding field.
 */
const codec = new EventStreamCodec(toUtf8, fromUtf8);

// The real service pads every event with a prefix of this alphabet (recorded in every fixture stream).
const PADDING_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Deterministic padding of varying length (the n-th event of a stream gets a prefix of length 1 + n*7 mod 62). */
export function padding(index: number): string {
  return PADDING_ALPHABET.slice(0, 1 + ((index * 7) % PADDING_ALPHABET.length));
}

export function encodeEventFrame(
  eventType: string,
  payload: Record<string, unknown>,
  index: number,
): Uint8Array {
  return codec.encode({
    headers: {
      ':event-type': { type: 'string', value: eventType },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: 'event' },
    },
    body: fromUtf8(JSON.stringify({ ...payload, p: padding(index) })),
  });
}

/** InvokeModelWithResponseStream: the model's JSON chunk, base64 in `bytes` (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ResponseStream.html). */
export function encodeChunkFrame(modelChunk: Record<string, unknown>, index: number): Uint8Array {
  const bytes = Buffer.from(JSON.stringify(modelChunk)).toString('base64');
  return encodeEventFrame('chunk', { bytes }, index);
}

/** An exception frame; the SDK throws the modelled error named by `:exception-type` (the SDK's event-stream unmarshaller: `:message-type` `exception` names the modelled error in `:exception-type`). */
export function encodeExceptionFrame(exceptionType: string, payload: Record<string, unknown>): Uint8Array {
  return codec.encode({
    headers: {
      ':exception-type': { type: 'string', value: exceptionType },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: 'exception' },
    },
    body: fromUtf8(JSON.stringify(payload)),
  });
}

/** A well-framed event whose payload is not JSON (for the "malformed chunk" fault). */
export function encodeMalformedFrame(eventType: string): Uint8Array {
  return codec.encode({
    headers: {
      ':event-type': { type: 'string', value: eventType },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: 'event' },
    },
    body: fromUtf8('{"bytes":"not json'),
  });
}

/** A frame whose trailing message CRC is wrong (for the "bad CRC" fault). */
export function corruptCrc(frame: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(frame);
  const last = copy.length - 1;
  copy[last] = (copy[last] ?? 0) ^ 0xff;
  return copy;
}

/** `modelStreamErrorException` -> `ModelStreamErrorException`, the name the SDK gives the thrown error. */
export function exceptionTypeOf(awsName: string): string {
  return awsName.charAt(0).toLowerCase() + awsName.slice(1);
}
