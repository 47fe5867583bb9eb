import { APICallError, type DataStreamWriter, type LanguageModelV1Middleware } from 'ai';

/** What the route writes to the data stream while it waits to try again; the page shows it as "retrying". */
export interface RetryNotice {
  type: 'retrying';
  /** The attempt about to start (2 for the first retry). */
  attempt: number;
  maxAttempts: number;
  delayMs: number;
  /** The AWS error name of the failed attempt, e.g. ThrottlingException. */
  reason: string;
}

/**
 * The retries `ai` would make on its own (`maxRetries: 2`: three attempts, 2 s then 4 s apart, only for errors the
 * provider marks retryable), done here instead so that the page can say "retrying" while it waits. A stream that
 * has started is never retried: the page already shows its first words.
 */
export function retryWithNotice(
  dataStream: DataStreamWriter,
  signal: AbortSignal | undefined,
  { maxAttempts = 3, initialDelayMs = 2000, backoffFactor = 2 } = {},
): LanguageModelV1Middleware {
  return {
    async wrapStream({ doStream }) {
      let delayMs = initialDelayMs;
      for (let attempt = 1; ; attempt++) {
        try {
          return await doStream();
        } catch (error) {
          if (attempt >= maxAttempts || !APICallError.isInstance(error) || !error.isRetryable) throw error;
          if (signal?.aborted) throw error;
          const reason =
            (error.data as { awsErrorName?: string } | undefined)?.awsErrorName ?? 'retryable error';
          const notice: RetryNotice = {
            type: 'retrying',
            attempt: attempt + 1,
            maxAttempts,
            delayMs,
            reason,
          };
          dataStream.writeData({ ...notice });
          await sleep(delayMs, signal);
          delayMs *= backoffFactor;
        }
      }
    },
  };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal?.reason ?? new Error('aborted'));
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}
