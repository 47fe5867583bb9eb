import { describe, expect, it } from 'vitest';
import type { ChunkSource } from '../bedrock/chunk-source';
import type { CodecStreamDecoder } from './codec-contract';
import type { CoreFinish, CorePart, PartMapper } from './core-parts';
import { createPartStream } from './part-stream';

type Read = { chunks: unknown[] } | { error: Error } | { end: true } | { wait: number; chunks?: unknown[] };

/** A scripted chunk source: each read does what the next step says; `cancel` and abort are recorded. */
function fakeSource(steps: Read[]) {
  const log: string[] = [];
  let cancelled = false;
  const source: ChunkSource = {
    async read(onChunk) {
      const step = steps.shift() ?? { end: true };
      if ('wait' in step) await new Promise(resolve => setTimeout(resolve, step.wait));
      if (cancelled) return false;
      if ('error' in step) throw step.error;
      if ('end' in step) return false;
      for (const chunk of step.chunks ?? []) onChunk(chunk);
      return true;
    },
    cancel() {
      cancelled = true;
      log.push('cancel');
    },
  };
  return { source, log };
}

/** Decodes `{ text }` chunks into text deltas; anything else is a shape error. */
const decoder = (): CodecStreamDecoder => ({
  push(chunk, emit) {
    const text = (chunk as { text?: unknown }).text;
    if (typeof text !== 'string') throw new TypeError('unexpected chunk');
    emit({ type: 'text-delta', textDelta: text });
  },
  flush: () => ({
    finishReason: 'stop',
    rawFinishReason: 'end_turn',
    usage: { promptTokens: 1, completionTokens: 2 },
  }),
});

const identity: PartMapper<CorePart> = { start() {}, push: (part, emit) => emit(part), flush() {} };

const finishOf = (end: {
  finishReason: CoreFinish['finishReason']['unified'];
  rawFinishReason?: string;
}): CoreFinish => ({
  finishReason: { unified: end.finishReason, raw: end.rawFinishReason },
  usage: {
    inputTokens: 1,
    outputTokens: 2,
    cacheReadTokens: undefined,
    cacheWriteTokens: undefined,
    reasoningTokens: undefined,
    raw: undefined,
  },
  providerMetadata: {},
});

async function run(steps: Read[], stallTimeoutMs = 1_000) {
  const { source, log } = fakeSource(steps);
  const stream = await createPartStream({
    source,
    decoder: decoder(),
    mapper: identity,
    responseMetadata: { type: 'response-metadata', id: 'r1', modelId: 'm' },
    stallTimeoutMs,
    finishOf,
    failure: (error, stalled) => (stalled ? new Error('stalled') : error),
    abort: () => log.push('abort'),
    done: () => log.push('done'),
  });
  const parts: CorePart[] = [];
  for await (const part of stream as unknown as AsyncIterable<CorePart>) parts.push(part);
  return { parts, log };
}

const texts = (parts: CorePart[]) =>
  parts.flatMap(part => (part.type === 'text-delta' ? [part.textDelta] : []));

describe('createPartStream', () => {
  const threeChunks = () =>
    run([{ chunks: [{ text: 'a' }, { text: 'b' }] }, { chunks: [{ text: 'c' }] }, { end: true }]);

  it('streams every chunk in order, after the response metadata', async () => {
    const { parts } = await threeChunks();
    expect(parts[0]).toEqual({ type: 'response-metadata', id: 'r1', modelId: 'm' });
    expect(texts(parts)).toEqual(['a', 'b', 'c']);
  });

  it('ends with finish, carrying the raw stop reason', async () => {
    const { parts } = await threeChunks();
    expect(parts.at(-1)).toMatchObject({
      type: 'finish',
      finishReason: { unified: 'stop', raw: 'end_turn' },
    });
  });

  it('releases the call at the end without aborting it', async () => {
    expect((await threeChunks()).log).toEqual(['done']);
  });

  it('rejects the call itself when the first read fails, before any part', async () => {
    await expect(run([{ error: new Error('throttled') }])).rejects.toThrow('throttled');
  });

  it('delivers the chunks of the first read before a failure in the same read', async () => {
    const { source, log } = fakeSource([{ chunks: [{ text: 'a' }] }, { error: new Error('reset') }]);
    // Both in one read: a source that emits then throws.
    const read = source.read.bind(source);
    let first = true;
    source.read = async onChunk => {
      if (!first) return read(onChunk);
      first = false;
      onChunk({ text: 'a' });
      throw new Error('reset');
    };
    const stream = await createPartStream({
      source,
      decoder: decoder(),
      mapper: identity,
      responseMetadata: { type: 'response-metadata' },
      stallTimeoutMs: 1_000,
      finishOf,
      failure: error => error,
      abort: () => log.push('abort'),
      done: () => log.push('done'),
    });
    const parts: CorePart[] = [];
    for await (const part of stream as unknown as AsyncIterable<CorePart>) parts.push(part);
    expect(parts.map(part => part.type)).toEqual(['response-metadata', 'text-delta', 'error', 'finish']);
    expect(parts.at(-1)).toMatchObject({ finishReason: { unified: 'error' } });
    expect(log).toEqual(['abort', 'cancel', 'done']);
  });

  it('keeps what was streamed when a chunk cannot be decoded, then aborts the HTTP exchange', async () => {
    const { parts, log } = await run([
      { chunks: [{ text: 'kept' }] },
      { chunks: [{ nope: 1 }] },
      { chunks: [{ text: 'never' }] },
    ]);
    expect(texts(parts)).toEqual(['kept']);
    expect(parts.at(-2)).toMatchObject({ type: 'error', error: new TypeError('unexpected chunk') });
    expect(parts.at(-1)).toMatchObject({
      type: 'finish',
      finishReason: { unified: 'error', raw: 'end_turn' },
    });
    expect(log).toEqual(['abort', 'cancel', 'done']);
  });

  it('cuts a peer that keeps the connection busy without completing an event (stall between events, not reads)', async () => {
    // Reads that deliver no event, every 20 ms, for longer than the 100 ms stall limit.
    const dribble: Read[] = Array.from({ length: 30 }, () => ({ wait: 20, chunks: [] }));
    const { parts, log } = await run([{ chunks: [{ text: 'start' }] }, ...dribble], 100);
    expect(texts(parts)).toEqual(['start']);
    expect(parts.at(-2)).toMatchObject({ type: 'error', error: new Error('stalled') });
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: { unified: 'error' } });
    expect(log).toContain('abort');
  });

  it('does not cut a stream whose events keep coming, however long it runs', async () => {
    // 16 events 40 ms apart: 640 ms in all, well past the 250 ms stall timeout, each gap far below it (a wide margin,
    // so that a loaded machine's timer lag does not look like a stall).
    const steady: Read[] = Array.from({ length: 16 }, (_, index) => ({
      wait: 40,
      chunks: [{ text: String(index) }],
    }));
    const { parts } = await run([{ chunks: [{ text: 's' }] }, ...steady, { end: true }], 250);
    expect(texts(parts)).toEqual(['s', ...Array.from({ length: 16 }, (_, index) => String(index))]);
    expect(parts.at(-1)).toMatchObject({ finishReason: { unified: 'stop' } });
  });

  it('aborts the exchange when the reader cancels', async () => {
    const { source, log } = fakeSource([{ chunks: [{ text: 'a' }] }, { wait: 50, chunks: [{ text: 'b' }] }]);
    const stream = await createPartStream({
      source,
      decoder: decoder(),
      mapper: identity,
      responseMetadata: { type: 'response-metadata' },
      stallTimeoutMs: 1_000,
      finishOf,
      failure: error => error,
      abort: () => log.push('abort'),
      done: () => log.push('done'),
    });
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    expect(log).toEqual(['abort', 'cancel', 'done']);
  });

  it('needs no timer handle methods: a runtime whose setTimeout returns a number works', async () => {
    const original = globalThis.setTimeout;
    globalThis.setTimeout = ((handler: () => void, delay?: number) =>
      Number(original(handler, delay))) as unknown as typeof setTimeout;
    try {
      const { parts } = await run([{ chunks: [{ text: 'edge' }] }, { end: true }]);
      expect(texts(parts)).toEqual(['edge']);
    } finally {
      globalThis.setTimeout = original;
    }
  });
});
