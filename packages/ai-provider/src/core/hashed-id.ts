const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A `length`-character base62 id derived from `text` (FNV-1a, 64 bits): the same text always maps the same way, so a
 * tool call and its result still pair after both are rewritten, and different texts practically never collide
 * (truncating did: https://github.com/vercel/ai/issues/16182).
 */
export function hashedId(text: string, length: number): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  let out = '';
  for (let i = 0; i < length; i++) {
    out += BASE62[Number(hash % 62n)];
    hash /= 62n;
  }
  return out;
}
