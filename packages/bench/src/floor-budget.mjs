import zlib from 'node:zlib';
import { floorFrameReader } from './bytes-floor-client.mjs';

/**
 * What two things every conforming client pays per event cost on their own, measured in process on the network reads
 * of one real answer (captured from the emulator by the bytes floor's own request), next to the floor's decoding:
 * - both event-stream CRCs (prelude and message), as the AWS SDK checks them, with Node's native CRC-32;
 * - one web-stream hop per part: the LanguageModel specifications hand parts over in a ReadableStream, so each is
 *   enqueued and read once (here: a pull per network read, as the provider's stream pulls).
 * Returns CPU microseconds per event for each, medians of `samples` samples of `repeats` replays.
 */
export async function measureFloorBudget(reads, scenarioName, { repeats = 20, samples = 5 } = {}) {
  const frames = frameBounds(reads);
  const events = frames.length;
  const perRead = eventsPerRead(reads);
  const whole = Buffer.concat(reads);

  const parse = () => {
    let chars = 0;
    const read = floorFrameReader(scenarioName, text => {
      chars += text.length;
    });
    for (const data of reads) read(data);
    return chars;
  };
  const crcs = () => {
    let mismatches = 0;
    for (const [start, total] of frames) {
      if (zlib.crc32(whole.subarray(start, start + 8)) !== whole.readUInt32BE(start + 8)) mismatches++;
      if (zlib.crc32(whole.subarray(start, start + total - 4)) !== whole.readUInt32BE(start + total - 4))
        mismatches++;
    }
    if (mismatches > 0) throw new Error(`${mismatches} CRC mismatches in the captured answer`);
    return mismatches;
  };
  const hop = async () => {
    let next = 0;
    const stream = new ReadableStream(
      {
        pull(controller) {
          if (next === perRead.length) return controller.close();
          const count = perRead[next++];
          for (let i = 0; i < count; i++) controller.enqueue({ type: 'text-delta', textDelta: 'w1 ' });
        },
      },
      { highWaterMark: 16 },
    );
    const reader = stream.getReader();
    let parts = 0;
    while (!(await reader.read()).done) parts++;
    if (parts !== events) throw new Error(`the stream gave ${parts} parts for ${events} events`);
  };

  const microsPerEvent = async work => {
    for (let i = 0; i < repeats; i++) await work();
    const values = [];
    for (let s = 0; s < samples; s++) {
      const cpu = process.cpuUsage();
      for (let i = 0; i < repeats; i++) await work();
      const used = process.cpuUsage(cpu);
      values.push((used.user + used.system) / repeats / events);
    }
    return values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  };
  return {
    events,
    parseUs: await microsPerEvent(parse),
    crcUs: await microsPerEvent(crcs),
    hopUs: await microsPerEvent(hop),
  };
}

/** [start, total length] of every frame in the reads. */
function frameBounds(reads) {
  const whole = Buffer.concat(reads);
  const bounds = [];
  for (let at = 0; at + 12 <= whole.length; ) {
    const total = whole.readUInt32BE(at);
    bounds.push([at, total]);
    at += total;
  }
  return bounds;
}

/** How many frames each network read completes. */
function eventsPerRead(reads) {
  const counts = [];
  let buffered = Buffer.alloc(0);
  for (const data of reads) {
    buffered = Buffer.concat([buffered, data]);
    let count = 0;
    let at = 0;
    while (buffered.length - at >= 4 && buffered.length - at >= buffered.readUInt32BE(at)) {
      at += buffered.readUInt32BE(at);
      count++;
    }
    buffered = buffered.subarray(at);
    counts.push(count);
  }
  if (buffered.length > 0) throw new Error('the captured answer ends inside a frame');
  return counts;
}
