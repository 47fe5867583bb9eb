import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BodyCutError, readBodyChunks } from './read-body-chunks';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');

describe('readBodyChunks on a Node.js stream', () => {
  it('returns every chunk and the total length at the end', async () => {
    const read = await readBodyChunks(
      Readable.from([bytes('{"a":'), bytes('1}')]),
      new AbortController().signal,
    );
    expect(text(read.chunks)).toBe('{"a":1}');
    expect(read.length).toBe(7);
  });

  it('rejects with BodyCutError, keeping the length so far, when the stream errors', async () => {
    const stream = new PassThrough();
    const pending = readBodyChunks(stream, new AbortController().signal);
    stream.write(bytes('abc'));
    await new Promise(resolve => setImmediate(resolve));
    stream.destroy(new Error('reset'));
    await expect(pending).rejects.toMatchObject({ name: 'Error', length: 3, message: 'reset' });
    await expect(pending).rejects.toBeInstanceOf(BodyCutError);
  });

  it('rejects with BodyCutError when the stream closes without its end', async () => {
    const stream = new PassThrough();
    const pending = readBodyChunks(stream, new AbortController().signal);
    stream.destroy();
    await expect(pending).rejects.toBeInstanceOf(BodyCutError);
  });

  it('stops at an abort, rejects with its reason and destroys the stream', async () => {
    const stream = new PassThrough();
    const controller = new AbortController();
    const pending = readBodyChunks(stream, controller.signal);
    controller.abort(new Error('caller gave up'));
    await expect(pending).rejects.toThrow('caller gave up');
    expect(stream.destroyed).toBe(true);
  });

  it('leaves no listener of its own on the stream once done', async () => {
    const stream = Readable.from([bytes('x')]);
    await readBodyChunks(stream, new AbortController().signal);
    expect(stream.listenerCount('data')).toBe(0);
    expect(stream.listenerCount('end')).toBe(0);
  });
});

describe('readBodyChunks on a web stream', () => {
  it('returns every chunk', async () => {
    const body = new Response('{"b":2}').body;
    const read = await readBodyChunks(body, new AbortController().signal);
    expect(text(read.chunks)).toBe('{"b":2}');
  });

  it('rejects with BodyCutError when the stream errors', async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulls++ === 0) controller.enqueue(bytes('ab'));
        else controller.error(new Error('cut'));
      },
    });
    await expect(readBodyChunks(body, new AbortController().signal)).rejects.toMatchObject({ length: 2 });
  });
});
