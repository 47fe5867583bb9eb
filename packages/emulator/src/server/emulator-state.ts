import type { AuthConfig } from '../auth/verify-request-auth';
import type { RecordedRequest } from '../emulator-types';
import type { ScriptQueue } from '../scripting/script-queue';

/** Everything one emulator instance keeps: configuration, the request log and the script queue. */
export interface EmulatorState {
  auth: AuthConfig;
  eventDelayMs: number;
  log: RecordedRequest[];
  queue: ScriptQueue;
  /** Streams that are stalled or delayed, ended by close(). */
  openResponses: Set<{ end(): void }>;
}

/**
 * Bounds of the request log, so a long-running emulator (the chat example embeds one) does not grow without end:
 * at most `entries` requests, and the bodies of the oldest are replaced by a note once the kept bodies pass
 * `bodyBytes` (bytes as received).
 */
export const REQUEST_LOG_LIMITS = { entries: 10_000, bodyBytes: 32 * 1024 * 1024 } as const;

const bodySizes = new WeakMap<RecordedRequest, number>();

/** Appends one request to the log and drops what passes REQUEST_LOG_LIMITS, oldest first. */
export function appendToLog(log: RecordedRequest[], record: RecordedRequest, bodyBytes: number): void {
  log.push(record);
  bodySizes.set(record, bodyBytes);
  if (log.length > REQUEST_LOG_LIMITS.entries) log.splice(0, log.length - REQUEST_LOG_LIMITS.entries);
  let kept = 0;
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i]!;
    const size = bodySizes.get(entry) ?? 0;
    if (kept + size <= REQUEST_LOG_LIMITS.bodyBytes || i === log.length - 1) {
      kept += size;
      continue;
    }
    entry.body = `[body of ${size} bytes dropped: the request log keeps ${REQUEST_LOG_LIMITS.bodyBytes} bytes]`;
    bodySizes.set(entry, 0);
  }
}
