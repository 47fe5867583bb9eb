import { hashedId } from '../../core/hashed-id';

/**
 * Mistral models take only 9-character alphanumeric tool-call ids. Ids already in that form are kept (the model's
 * own); others are hashed, the same way every time (https://github.com/vercel/ai/issues/11802,
 * https://github.com/vercel/ai/issues/16182).
 */
export function nineCharToolId(id: string): string {
  return /^[a-zA-Z0-9]{9}$/.test(id) ? id : hashedId(id, 9);
}
