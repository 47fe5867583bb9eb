import { createHash } from 'node:crypto';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first key of `body` not in `allowed`. */
export function unknownKey(body: Json, allowed: readonly string[]): string | undefined {
  return Object.keys(body).find(key => !allowed.includes(key));
}

export function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

export function isNumberIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && value >= min && value <= max;
}

/**
 * The signature the emulator puts on a thinking block: derived from the thinking text, so a replayed block whose
 * text or signature was changed is rejected, as Bedrock rejects tampered thinking (Anthropic "thinking encryption").
 */
export function thinkingSignature(text: string): string {
  return `Eq${createHash('sha256').update(`emulator-thinking:${text}`).digest('base64')}`;
}

/** Collects the text of string-or-blocks content. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map(block =>
      isObject(block) && typeof block.text === 'string'
        ? block.text
        : isObject(block) && Array.isArray(block.content)
          ? textOf(block.content)
          : '',
    )
    .filter(Boolean)
    .join(' ');
}
