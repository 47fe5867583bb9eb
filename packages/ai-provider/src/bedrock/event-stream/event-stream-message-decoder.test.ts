import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { describe, expect, it } from 'vitest';
import { type EventStreamMessage, EventStreamMessageDecoder } from './event-stream-message-decoder';

// Frames made by the AWS SDK's own encoder: an independent reference for the provider's decoder.
const reference = new EventStreamCodec(toUtf8, fromUtf8);

function frame(headers: Record<string, string>, payload: string): Uint8Array {
  return reference.encode({
    headers: Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name, { type: 'string' as const, value }]),
    ),
    body: fromUtf8(payload),
  });
}

const EVENT = { ':event-type': 'chunk', ':content-type': 'application/json', ':message-type': 'event' };
const FRAMES = [
  frame(EVENT, '{"bytes":"eyJhIjoxfQ==","p":"abc"}'),
  frame({ ...EVENT, ':event-type': 'contentBlockDelta' }, '{"delta":{"text":"héllo ✓"}}'),
  frame({ ':message-type': 'exception', ':exception-type': 'throttlingException' }, '{"message":"slow"}'),
];
const ALL = concat(FRAMES);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function decodeAll(pieces: Uint8Array[]): Array<{ headers: Record<string, string>; payload: string }> {
  const decoder = new EventStreamMessageDecoder();
  const out: EventStreamMessage[] = [];
  for (const piece of pieces) decoder.push(piece, message => out.push(message));
  decoder.end();
  return out.map(message => ({ headers: message.headers, payload: toUtf8(message.payload) }));
}

const EXPECTED = [
  { headers: EVENT, payload: '{"bytes":"eyJhIjoxfQ==","p":"abc"}' },
  { headers: { ...EVENT, ':event-type': 'contentBlockDelta' }, payload: '{"delta":{"text":"héllo ✓"}}' },
  {
    headers: { ':message-type': 'exception', ':exception-type': 'throttlingException' },
    payload: '{"message":"slow"}',
  },
];

describe('EventStreamMessageDecoder', () => {
  it('decodes the frames of one read', () => {
    expect(decodeAll([ALL])).toEqual(EXPECTED);
  });

  it('decodes the same frames cut at every byte position', () => {
    for (let cut = 1; cut < ALL.length; cut++)
      expect(decodeAll([ALL.subarray(0, cut), ALL.subarray(cut)]), `cut at ${cut}`).toEqual(EXPECTED);
  });

  it('decodes them arriving one byte at a time', () => {
    expect(decodeAll(Array.from(ALL, byte => Uint8Array.of(byte)))).toEqual(EXPECTED);
  });

  it('joins a large message arriving in many reads', () => {
    const payload = JSON.stringify({ text: 'x'.repeat(300_000) });
    const big = frame(EVENT, payload);
    const pieces: Uint8Array[] = [];
    for (let at = 0; at < big.length; at += 1000) pieces.push(big.subarray(at, at + 1000));
    expect(decodeAll([...pieces, FRAMES[0] as Uint8Array])).toEqual([
      { headers: EVENT, payload },
      EXPECTED[0],
    ]);
  });

  it('skips non-string headers by their encoded length and keeps the string ones', () => {
    const mixed = reference.encode({
      headers: {
        flag: { type: 'boolean', value: true },
        off: { type: 'boolean', value: false },
        b: { type: 'byte', value: 7 },
        s: { type: 'short', value: 300 },
        i: { type: 'integer', value: 70000 },
        blob: { type: 'binary', value: Uint8Array.of(1, 2, 3) },
        when: { type: 'timestamp', value: new Date(0) },
        id: { type: 'uuid', value: '123e4567-e89b-12d3-a456-426614174000' },
        ':message-type': { type: 'string', value: 'event' },
      },
      body: fromUtf8('{}'),
    });
    expect(decodeAll([mixed])).toEqual([{ headers: { ':message-type': 'event' }, payload: '{}' }]);
  });

  it('rejects a message whose checksum does not match, after delivering the messages before it', () => {
    const corrupt = Uint8Array.from(FRAMES[1] as Uint8Array);
    corrupt.set([(corrupt.at(-1) ?? 0) ^ 0xff], corrupt.length - 1);
    const decoder = new EventStreamMessageDecoder();
    const seen: string[] = [];
    expect(() =>
      decoder.push(concat([FRAMES[0] as Uint8Array, corrupt]), message => seen.push(toUtf8(message.payload))),
    ).toThrow(/message checksum mismatch/);
    expect(seen).toEqual([EXPECTED[0]?.payload]);
  });

  it('rejects a prelude whose checksum does not match', () => {
    const corrupt = Uint8Array.from(FRAMES[0] as Uint8Array);
    corrupt.set([(corrupt[9] ?? 0) ^ 0x01], 9);
    expect(() => new EventStreamMessageDecoder().push(corrupt, () => {})).toThrow(
      /prelude checksum mismatch/,
    );
  });

  it('rejects an impossible length instead of waiting for it', () => {
    expect(() => new EventStreamMessageDecoder().push(Uint8Array.of(0, 0, 0, 8, 0, 0), () => {})).toThrow(
      /Invalid event-stream message length 8/,
    );
    expect(() => new EventStreamMessageDecoder().push(Uint8Array.of(0x7f, 0, 0, 0), () => {})).toThrow(
      /Invalid event-stream message length/,
    );
  });

  it('reports a body that ends inside a message', () => {
    const decoder = new EventStreamMessageDecoder();
    decoder.push(ALL.subarray(0, 20), () => {});
    expect(() => decoder.end()).toThrow(/ended inside a message \(20 bytes\)/);
  });

  it('decodes every recorded Bedrock stream exactly as the SDK decoder does', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../../../emulator/fixtures/bedrock-recorded/', import.meta.url);
    let streams = 0;
    for (const name of readdirSync(dir).filter(file => file.endsWith('.json'))) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      for (const match of text.matchAll(/"(?:eventstream_base64|bodyBase64)":\s*"([^"]+)"/g)) {
        const bytes = Uint8Array.from(Buffer.from(match[1] as string, 'base64'));
        const expected: Array<{ headers: Record<string, string>; payload: string }> = [];
        for (let at = 0; at < bytes.length; ) {
          const length = new DataView(bytes.buffer, at).getUint32(0);
          const message = reference.decode(bytes.subarray(at, at + length));
          expected.push({
            headers: Object.fromEntries(
              Object.entries(message.headers).map(([k, v]) => [k, String(v.value)]),
            ),
            payload: toUtf8(message.body),
          });
          at += length;
        }
        // Cut into 37-byte pieces, as the network may.
        const pieces: Uint8Array[] = [];
        for (let at = 0; at < bytes.length; at += 37) pieces.push(bytes.subarray(at, at + 37));
        expect(decodeAll(pieces), name).toEqual(expected);
        streams++;
      }
    }
    // Every recording that kept its raw bytes (the others were stored decoded).
    expect(streams).toBe(5);
  });
});

describe('header reuse between consecutive events', () => {
  it('decodes headers that differ in one byte at the same length, and reuses identical ones', () => {
    const decoder = new EventStreamMessageDecoder();
    const out: EventStreamMessage[] = [];
    const same = frame({ ...EVENT, ':event-type': 'chunkA' }, '{}');
    const oneByteOff = frame({ ...EVENT, ':event-type': 'chunkB' }, '{}');
    decoder.push(concat([same, same, oneByteOff, same]), message => out.push(message));
    expect(out.map(message => message.headers[':event-type'])).toEqual([
      'chunkA',
      'chunkA',
      'chunkB',
      'chunkA',
    ]);
    expect(out[1]?.headers).toBe(out[0]?.headers);
    expect(out[2]?.headers).toEqual({ ...EVENT, ':event-type': 'chunkB' });
  });
});
