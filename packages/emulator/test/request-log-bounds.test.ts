import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { REQUEST_LOG_LIMITS } from '../src/server/emulator-state';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const MiB = 1024 * 1024;
const NOVA_CONVERSE = '/model/amazon.nova-pro-v1:0/converse';

/** A Converse call over HTTP/1.1 with the emulator's bearer key; `body` may be a stream (never held in memory). */
function post(body: string | ReadableStream<Uint8Array>) {
  return fetch(`${emulator.url}${NOVA_CONVERSE}`, {
    method: 'POST',
    headers: { authorization: 'Bearer test', 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('the request log is bounded', () => {
  it('keeps the bodies of the newest requests within REQUEST_LOG_LIMITS.bodyBytes', async () => {
    const sizes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const body = JSON.stringify({
        messages: [{ role: 'user', content: [{ text: `${i}:${'x'.repeat(8 * MiB)}` }] }],
      });
      sizes.push(Buffer.byteLength(body));
      const response = await post(body);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    const log = emulator.requests();
    expect(log).toHaveLength(6);
    // 4 x 8 MiB and change is over 32 MiB: the three newest bodies are kept, the three oldest dropped.
    const kept = log.filter(entry => typeof entry.body === 'object');
    expect(
      kept.map(entry =>
        (entry.body as { messages: [{ content: [{ text: string }] }] }).messages[0].content[0].text.slice(
          0,
          2,
        ),
      ),
    ).toEqual(['3:', '4:', '5:']);
    expect(log.slice(0, 3).map(entry => entry.body)).toEqual(
      sizes
        .slice(0, 3)
        .map(
          size =>
            `[body of ${size} bytes dropped: the request log keeps ${REQUEST_LOG_LIMITS.bodyBytes} bytes]`,
        ),
    );
    // Everything else of a dropped entry stays.
    expect(log[0]).toMatchObject({ operation: 'Converse', modelId: 'amazon.nova-pro-v1:0', status: 200 });
  });

  it('refuses a 200 MiB body without keeping it', async () => {
    let sent = 0;
    const chunk = new Uint8Array(MiB).fill(0x61);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 200) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toMatch(/^ValidationException/);
    expect(await response.json()).toEqual({
      __type: 'ValidationException',
      message:
        "1 validation error detected: Value at 'body' failed to satisfy constraint: Member must have length less than or equal to 25000000",
    });
    expect(emulator.requests()).toEqual([]);
  });

  it('accepts a body just under 25,000,000 bytes', async () => {
    const padding = 'y'.repeat(24 * 1000 * 1000);
    const response = await post(
      JSON.stringify({ messages: [{ role: 'user', content: [{ text: padding }] }] }),
    );
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    expect(emulator.requests()).toHaveLength(1);
  });
});
