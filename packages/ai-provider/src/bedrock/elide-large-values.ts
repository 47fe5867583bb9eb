/**
 * A copy of a request body for errors and `rawCall`, with long strings (base64 images and documents) and byte
 * arrays shortened, so an error does not carry megabytes of image data.
 */
export function elideLargeValues(value: unknown, depth = 0): unknown {
  if (typeof value === 'string')
    return value.length > 1024 ? `${value.slice(0, 64)}… [${value.length} characters elided]` : value;
  if (value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(item => elideLargeValues(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = elideLargeValues(item, depth + 1);
  return out;
}
