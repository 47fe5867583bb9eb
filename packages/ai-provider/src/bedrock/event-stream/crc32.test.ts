import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, tableCrc32 } from './crc32';

describe('crc32', () => {
  it('matches zlib on the standard check value and on ranges of every length up to 300 bytes', () => {
    expect(crc32(new TextEncoder().encode('123456789'), 0, 9)).toBe(0xcbf43926);
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i * 131 + 7) & 0xff);
    for (let length = 0; length <= 300; length++) {
      const expected = zlibCrc32(bytes.subarray(50, 50 + length)) >>> 0;
      expect(crc32(bytes, 50, 50 + length), `length ${length}`).toBe(expected);
      expect(tableCrc32(bytes, 50, 50 + length), `table, length ${length}`).toBe(expected);
    }
  });
});
