/**
 * What a codec reads from Bedrock, as data: the type of each field it uses. The core checks every whole answer and
 * every stream chunk against its codec's shapes before the codec reads it (bedrock-model-core.ts), so a field of the
 * wrong type fails the call with a typed error instead of being skipped as if absent.
 *
 * - Every field is optional, and `null` counts as absent (OpenAI-style chunks send `"usage": null`, `"content": null`).
 * - Fields the shape does not name are not checked (Bedrock adds fields over time; a codec ignores what it does not read).
 * - `'bytes'` is a base64 string in InvokeModel JSON or a Uint8Array from the AWS SDK's Converse output.
 *
 * Hand-written rather than zod: it allocates nothing for a chunk that passes (zod's object parse builds a copy of
 * every chunk), and it runs the same whichever zod major the application installed.
 */
export type Shape =
  | 'string'
  | 'number'
  | 'boolean'
  | 'bytes'
  | 'unknown'
  | { readonly [field: string]: Shape }
  | readonly [item: Shape];

/** Where the value first differs from `shape` and how (`chunk.choices[0].delta.content: a number, expected a string`). */
export function shapeMismatch(value: unknown, shape: Shape, path: string): string | undefined {
  if (typeof shape === 'string') {
    if (shape === 'unknown' || typeof value === shape) return undefined;
    if (shape === 'bytes' && (typeof value === 'string' || value instanceof Uint8Array)) return undefined;
    return `${path}: ${describe(value)}, expected ${shape === 'bytes' ? 'bytes' : `a ${shape}`}`;
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return `${path}: ${describe(value)}, expected an array`;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (item === null || item === undefined) continue;
      const found = shapeMismatch(item, shape[0] as Shape, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `${path}: ${describe(value)}, expected an object`;
  const fields = shape as { readonly [field: string]: Shape };
  for (const field in fields) {
    const item = (value as Record<string, unknown>)[field];
    if (item === null || item === undefined) continue;
    const found = shapeMismatch(item, fields[field] as Shape, `${path}.${field}`);
    if (found) return found;
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return 'bytes';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/**
 * The error for a body or chunk that is not what the codec reads: named `MalformedResponse`, as a body that is not
 * JSON; `mapBedrockError` makes it an `APICallError` (retryable, as a fault on the way of a 2xx answer).
 */
export function malformedResponse(mismatch: string, requestId?: string): Error {
  return Object.assign(new Error(`Bedrock sent a body of an unexpected shape: ${mismatch}`), {
    name: 'MalformedResponse',
    $metadata: { httpStatusCode: 502, requestId },
  });
}
