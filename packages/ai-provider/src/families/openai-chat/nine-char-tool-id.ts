const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Mistral models take only 9-character alphanumeric tool-call ids. Ids already in that form are kept (the model's
 * own); others are hashed (FNV-1a, 64 bits, base62) so the same id always maps the same way within a conversation
 * and different ids practically never collide — truncating did collide (https://github.com/vercel/ai/issues/11802, https://github.com/vercel/ai/issues/16182).
 */
export function nineCharToolId(id: string): string {
  if (/^[a-zA-Z0-9]{9}$/.test(id)) return id;
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < id.length; i++) {
    hash ^= BigInt(id.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  let out = '';
  for (let i = 0; i < 9; i++) {
    out += BASE62[Number(hash % 62n)];
    hash /= 62n;
  }
  return out;
}
