import type { CodecFinishReason } from './codec-contract';

/** A family's stop reasons, as it words them, and what each means. */
export type FinishReasonTable = Readonly<Record<string, CodecFinishReason>>;

/** A stop reason read through its family's table: none stated is `unknown`, one the table does not know is `other`. */
export function finishReasonOf(
  reason: string | null | undefined,
  table: FinishReasonTable,
): CodecFinishReason {
  if (reason === null || reason === undefined) return 'unknown';
  return Object.hasOwn(table, reason) ? (table[reason] as CodecFinishReason) : 'other';
}
