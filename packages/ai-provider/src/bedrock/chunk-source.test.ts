import { describe, expect, it } from 'vitest';
import { chunkSourceFromEvents } from './chunk-source';

// The fallback for a body the SDK kept: one SDK event per read, mapped, undefined skipped.
describe('chunkSourceFromEvents', () => {
  it('maps each event, skips the ones mapped to undefined, ends with false', async () => {
    async function* events() {
      yield { n: 1 };
      yield { skip: true };
      yield { n: 2 };
    }
    const source = chunkSourceFromEvents(events(), (event: { n?: number }) => event.n);
    const chunks: unknown[] = [];
    const reads: boolean[] = [];
    for (let i = 0; i < 4; i++) reads.push(await source.read(chunk => chunks.push(chunk)));
    expect(chunks).toEqual([1, 2]);
    expect(reads).toEqual([true, true, true, false]);
  });

  it('without events it ends at once; cancel returns the iterator', async () => {
    expect(await chunkSourceFromEvents(undefined).read(() => {})).toBe(false);
    let returned = false;
    async function* events() {
      try {
        yield 1;
        yield 2;
      } finally {
        returned = true;
      }
    }
    const source = chunkSourceFromEvents(events());
    await source.read(() => {});
    source.cancel();
    await new Promise(resolve => setImmediate(resolve));
    expect(returned).toBe(true);
  });
});
