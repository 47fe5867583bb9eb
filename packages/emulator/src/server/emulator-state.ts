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
