import { Readable } from 'node:stream';
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { describe, expect, it } from 'vitest';
import { converseEventOf, invokeChunkOfEvent } from './bedrock-stream-events';
import { eventStreamChunkSource, isReadableBody } from './event-stream-chunk-source';

// Frames made by the AWS SDK's own encoder, in Bedrock's header order (`:event-type`, `:content-type`, `:message-type`, as in the recorded fixtures).
const reference = new EventStreamCodec(toUtf8, fromUtf8);
const strings = (headers: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, { type: 'string' as const, value }]),
  );
const eventFrame = (type: string, body: string) =>
  reference.encode({
    headers: strings({ ':event-type': type, ':content-type': 'application/json', ':message-type': 'event' }),
    body: fromUtf8(body),
  });
const event = (type: string, payload: unknown) => eventFrame(type, JSON.stringify(payload));
const chunk = (modelJson: unknown) =>
  event('chunk', { bytes: Buffer.from(JSON.stringify(modelJson)).toString('base64'), p: 'abcdefg' });
const exception = (type: string, body: string) =>
  reference.encode({
    headers: strings({
      ':exception-type': type,
      ':content-type': 'application/json',
      ':message-type': 'exception',
    }),
    body: fromUtf8(body),
  });

/** Reads a source to its end or its error, collecting the chunks delivered before. */
async function drain(body: unknown, toChunk = invokeChunkOfEvent) {
  const source = eventStreamChunkSource(body, toChunk);
  const chunks: unknown[] = [];
  try {
    while (await source.read(value => chunks.push(value))) {}
    return { chunks };
  } catch (error) {
    return { chunks, error: error as Error & Record<string, unknown> };
  }
}

const oneRead = (...frames: Uint8Array[]) => Readable.from([Buffer.concat(frames)]);

describe('eventStreamChunkSource', () => {
  it('IMWRS: each chunk event becomes the model JSON in its base64 bytes; other members are skipped', async () => {
    const { chunks, error } = await drain(
      oneRead(chunk({ type: 'message_start' }), event('futureMember', { x: 1 }), chunk({ text: 'é ✓' })),
    );
    expect(error).toBeUndefined();
    expect(chunks).toEqual([{ type: 'message_start' }, { text: 'é ✓' }]);
  });

  it('IMWRS: the chunk is read whatever the order of the payload members', async () => {
    const bytes = Buffer.from('{"n":3}').toString('base64');
    const { chunks } = await drain(
      oneRead(event('chunk', { p: 'abc', bytes }), event('chunk', { bytes: '' }), event('chunk', { bytes })),
    );
    expect(chunks).toEqual([{ n: 3 }, { n: 3 }]);
  });

  it('IMWRS: a wrapper cut inside its bytes member is a SyntaxError', async () => {
    const cut = eventFrame('chunk', '{"bytes":"eyJuIjozfQ==');
    expect((await drain(oneRead(cut))).error).toBeInstanceOf(SyntaxError);
  });

  it('ConverseStream: each event becomes { [eventType]: member }, blobs left as base64', async () => {
    const member = {
      contentBlockIndex: 0,
      delta: { reasoningContent: { redactedContent: 'AQID' } },
      p: 'ab',
    };
    const { chunks } = await drain(oneRead(event('contentBlockDelta', member)), converseEventOf);
    expect(chunks).toEqual([{ contentBlockDelta: member }]);
  });

  it('a modelled exception throws the SDK-named error with its members, after the chunks before it', async () => {
    const { chunks, error } = await drain(
      oneRead(
        chunk({ n: 1 }),
        exception(
          'modelStreamErrorException',
          '{"message":"model broke","originalStatusCode":400,"originalMessage":"bad"}',
        ),
        chunk({ n: 2 }),
      ),
    );
    expect(chunks).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(Error);
    expect({ ...error, message: error?.message }).toEqual({
      name: 'ModelStreamErrorException',
      message: 'model broke',
      $fault: 'client',
      originalStatusCode: 400,
      originalMessage: 'bad',
    });
  });

  it.each([
    ['throttlingException', 'ThrottlingException', 'client'],
    ['internalServerException', 'InternalServerException', 'server'],
    ['serviceUnavailableException', 'ServiceUnavailableException', 'server'],
    ['validationException', 'ValidationException', 'client'],
    ['modelTimeoutException', 'ModelTimeoutException', 'client'],
  ])('%s -> %s (%s fault)', async (type, name, fault) => {
    const { error } = await drain(oneRead(exception(type, '{"message":"m"}')));
    expect(error).toMatchObject({ name, $fault: fault, message: 'm' });
  });

  it('an unmodelled exception is a plain error named after its type, its body the message', async () => {
    const { error } = await drain(oneRead(exception('brandNewException', 'not json')));
    expect(error).toMatchObject({ name: 'brandNewException', message: 'not json' });
    expect(error?.$fault).toBeUndefined();
  });

  it('an error message throws its code and message', async () => {
    const frame = reference.encode({
      headers: strings({
        ':message-type': 'error',
        ':error-code': 'InternalFailure',
        ':error-message': 'oops',
      }),
      body: new Uint8Array(0),
    });
    const { error } = await drain(oneRead(frame));
    expect(error).toMatchObject({ name: 'InternalFailure', message: 'oops' });
  });

  it('an unknown message type is an error, not a silent skip', async () => {
    const frame = reference.encode({ headers: strings({ ':message-type': 'gossip' }), body: fromUtf8('{}') });
    expect((await drain(oneRead(frame))).error?.message).toMatch(
      /Unrecognized event-stream message type gossip/,
    );
  });

  it('a chunk whose JSON is cut is a SyntaxError after the chunks before it', async () => {
    const { chunks, error } = await drain(oneRead(chunk({ n: 1 }), event('chunk', { bytes: 'eyJhIjo=' })));
    expect(chunks).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(SyntaxError);
  });

  it('a body that ends inside a frame is an error', async () => {
    const frame = chunk({ n: 1 });
    const { error } = await drain(Readable.from([Buffer.from(frame.subarray(0, frame.length - 3))]));
    expect(error?.message).toMatch(/ended inside a message/);
  });

  it('reads a web ReadableStream body (the fetch handler) and a whole Uint8Array the same way', async () => {
    const frames = Buffer.concat([chunk({ n: 1 }), chunk({ n: 2 })]);
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(frames.subarray(0, 50));
        controller.enqueue(frames.subarray(50));
        controller.close();
      },
    });
    expect((await drain(web)).chunks).toEqual([{ n: 1 }, { n: 2 }]);
    expect((await drain(new Uint8Array(frames))).chunks).toEqual([{ n: 1 }, { n: 2 }]);
    expect(() => eventStreamChunkSource({}, invokeChunkOfEvent)).toThrow(/no readable body/);
    expect([web, new Uint8Array(1), Readable.from([]), {}, 'text', undefined].map(isReadableBody)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('cancel releases the body', async () => {
    const body = Readable.from([Buffer.from(chunk({ n: 1 })), Buffer.from(chunk({ n: 2 }))]);
    const source = eventStreamChunkSource(body, invokeChunkOfEvent);
    await source.read(() => {});
    source.cancel();
    await new Promise(resolve => setImmediate(resolve));
    expect(body.destroyed).toBe(true);
  });
});
