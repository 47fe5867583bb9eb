/**
 * Where a stream's chunks come from. One `read` hands over, synchronously, everything decoded from one network read,
 * so a stream costs one promise per read instead of one or two per event (the hottest path of the library).
 */
export interface ChunkSource {
  /** Calls `onChunk` for each chunk of the next read; resolves `false` once the response has ended. */
  read(onChunk: (chunk: unknown) => void): Promise<boolean>;
  /** Stops reading and releases the response body. */
  cancel(): void;
}

/** A source over events the SDK already decoded (ConverseStream): one event per read. */
export function chunkSourceFromEvents<T>(
  events: AsyncIterable<T> | undefined,
  toChunk: (event: T) => unknown = event => event,
): ChunkSource {
  if (!events) return { read: async () => false, cancel: () => {} };
  const iterator = events[Symbol.asyncIterator]();
  return {
    async read(onChunk) {
      const next = await iterator.next();
      if (next.done) return false;
      const chunk = toChunk(next.value);
      if (chunk !== undefined) onChunk(chunk);
      return true;
    },
    cancel() {
      iterator.return?.().catch(() => {});
    },
  };
}
