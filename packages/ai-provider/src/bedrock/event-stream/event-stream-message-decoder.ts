import { crc32 } from './crc32';

/** One decoded `application/vnd.amazon.eventstream` message: its string headers and its payload bytes. */
export interface EventStreamMessage {
  headers: Record<string, string>;
  payload: Uint8Array;
}

// Frame layout (https://docs.aws.amazon.com/transcribe/latest/dg/event-stream.html): total length, headers length, prelude CRC, headers, payload, message CRC.
const PRELUDE_BYTES = 12;
const MIN_MESSAGE_BYTES = 16;
// AWS caps an event-stream message at 16 MiB; anything longer is a corrupt length, not a message to wait for.
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

const utf8 = new TextDecoder();

/**
 * Splits response bytes into event-stream messages, whatever the network chunking (a frame may span reads, a read
 * may hold many frames), checking both CRCs. Only string headers are kept (the only type Bedrock sends); the others
 * are skipped by their encoded length.
 */
export class EventStreamMessageDecoder {
  /** Bytes of an incomplete message, kept as they arrived: joined once the whole message is there. */
  private pending: Uint8Array[] = [];
  private pendingLength = 0;
  /** The length of the incomplete message, once its first four bytes are known. */
  private awaited = 0;
  /**
   * The header block of the previous message and what it decoded to: consecutive events of a stream carry the same
   * headers byte for byte (`:event-type`, `:content-type`, `:message-type`), so comparing ~80 bytes replaces building
   * three strings per event. Callers only read `headers`.
   */
  private readonly headerCache: HeaderCache = { bytes: new Uint8Array(0), headers: {} };

  /** Decodes every complete message in what has arrived so far; keeps the rest for the next push. */
  push(chunk: Uint8Array, onMessage: (message: EventStreamMessage) => void): void {
    let bytes = chunk;
    if (this.pendingLength > 0) {
      this.pending.push(chunk);
      this.pendingLength += chunk.length;
      // A large message arriving in many reads is joined once, not once per read.
      if (this.pendingLength < this.awaited) return;
      bytes = join(this.pending, this.pendingLength);
      this.pending = [];
      this.pendingLength = 0;
      this.awaited = 0;
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let offset = 0;
    while (bytes.length - offset >= 4) {
      const total = view.getUint32(offset);
      if (total < MIN_MESSAGE_BYTES || total > MAX_MESSAGE_BYTES)
        throw streamError(`Invalid event-stream message length ${total}.`);
      if (bytes.length - offset < total) {
        this.awaited = total;
        break;
      }
      onMessage(decodeMessage(bytes, view, offset, total, this.headerCache));
      offset += total;
    }
    if (offset < bytes.length) {
      // A copy, so the pending bytes do not keep the whole network buffer alive.
      this.pending.push(bytes.slice(offset));
      this.pendingLength = bytes.length - offset;
    }
  }

  /** The body ended: a partial message left over means the stream was cut. */
  end(): void {
    if (this.pendingLength > 0)
      throw streamError(`The event stream ended inside a message (${this.pendingLength} bytes).`);
  }
}

function join(pieces: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

interface HeaderCache {
  bytes: Uint8Array;
  headers: Record<string, string>;
}

function decodeMessage(
  bytes: Uint8Array,
  view: DataView,
  start: number,
  total: number,
  cache: HeaderCache,
): EventStreamMessage {
  const headersLength = view.getUint32(start + 4);
  if (view.getUint32(start + 8) !== crc32(bytes, start, start + 8))
    throw streamError('Event-stream prelude checksum mismatch.');
  const end = start + total;
  if (view.getUint32(end - 4) !== crc32(bytes, start, end - 4))
    throw streamError('Event-stream message checksum mismatch.');
  const headersStart = start + PRELUDE_BYTES;
  const payloadStart = headersStart + headersLength;
  if (payloadStart > end - 4) throw streamError('Event-stream headers overrun the message.');
  return {
    headers: cachedHeaders(bytes, view, headersStart, payloadStart, cache),
    payload: bytes.subarray(payloadStart, end - 4),
  };
}

function cachedHeaders(
  bytes: Uint8Array,
  view: DataView,
  start: number,
  end: number,
  cache: HeaderCache,
): Record<string, string> {
  const length = end - start;
  if (length === cache.bytes.length) {
    let same = true;
    for (let i = 0; i < length; i++) {
      if (bytes[start + i] !== cache.bytes[i]) {
        same = false;
        break;
      }
    }
    if (same) return cache.headers;
  }
  const headers = decodeHeaders(bytes, view, start, end);
  cache.bytes = bytes.slice(start, end);
  cache.headers = headers;
  return headers;
}

function decodeHeaders(
  bytes: Uint8Array,
  view: DataView,
  start: number,
  end: number,
): Record<string, string> {
  const headers: Record<string, string> = {};
  let at = start;
  while (at < end) {
    const nameLength = bytes[at] as number;
    const name = text(bytes, at + 1, at + 1 + nameLength);
    at += 1 + nameLength;
    const type = bytes[at] as number;
    at += 1;
    switch (type) {
      case 0: // true
      case 1: // false
        break;
      case 2: // byte
        at += 1;
        break;
      case 3: // int16
        at += 2;
        break;
      case 4: // int32
        at += 4;
        break;
      case 5: // int64
      case 8: // timestamp
        at += 8;
        break;
      case 9: // uuid
        at += 16;
        break;
      case 6: // bytes
        at += 2 + view.getUint16(at);
        break;
      case 7: {
        const length = view.getUint16(at);
        headers[name] = text(bytes, at + 2, at + 2 + length);
        at += 2 + length;
        break;
      }
      default:
        throw streamError(`Unknown event-stream header type ${type}.`);
    }
  }
  if (at !== end) throw streamError('Event-stream headers overrun their length.');
  return headers;
}

// Header names and values are short ASCII in practice: building them by char code avoids a TextDecoder call each.
function text(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > 64) return utf8.decode(bytes.subarray(start, end));
  let out = '';
  for (let i = start; i < end; i++) {
    const code = bytes[i] as number;
    if (code >= 0x80) return utf8.decode(bytes.subarray(start, end));
    out += String.fromCharCode(code);
  }
  return out;
}

function streamError(message: string): Error {
  return Object.assign(new Error(message), { name: 'EventStreamDecodeError' });
}
