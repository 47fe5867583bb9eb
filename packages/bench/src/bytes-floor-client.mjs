import { SCENARIOS } from './scenarios.mjs';

/**
 * The least a client can do against Bedrock's wire: one HTTP/2 request on a kept session (a bearer key, so no
 * signing), the event-stream frames split by their prelude and each chunk's JSON parsed; no CRC check, no SDK.
 * Shared by the `bytes-floor` contender and the budget measurement (floor-budget.mjs).
 */
export async function bytesFloorClient(url) {
  const http2 = await import('node:http2');
  const session = http2.connect(url);
  // The session keeps the worker alive only while a request is in flight, like the SDK's pooled sessions.
  let inFlight = 0;
  session.unref();
  const request = (scenario, stream, prompt) => {
    if (inFlight++ === 0) session.ref();
    const exchange = session.request({
      ':method': 'POST',
      ':path': operationPath(scenario, stream),
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: 'Bearer test',
    });
    exchange.on('close', () => {
      if (--inFlight === 0) session.unref();
    });
    const body =
      scenario.api === 'converse'
        ? { messages: [{ role: 'user', content: [{ text: prompt }] }] }
        : scenario.invokeBody(prompt);
    return exchange.end(JSON.stringify(body));
  };
  return {
    /** Streams a scenario's answer; `onData` gets every network read as it arrives. */
    streamReads(scenarioName, prompt, onData) {
      return new Promise((resolve, reject) => {
        const exchange = request(SCENARIOS[scenarioName], true, prompt);
        exchange.on('data', onData);
        exchange.on('end', resolve);
        exchange.on('error', reject);
      });
    },
    /** One non-streaming call: the answer's text. */
    generate(scenarioName, prompt) {
      const scenario = SCENARIOS[scenarioName];
      return new Promise((resolve, reject) => {
        const exchange = request(scenario, false, prompt);
        const parts = [];
        exchange.on('data', data => parts.push(data));
        exchange.on('end', () => {
          const body = JSON.parse(Buffer.concat(parts).toString('utf8'));
          resolve(
            scenario.api === 'converse'
              ? body.output.message.content.map(block => block.text ?? '').join('')
              : scenario.bodyText(body),
          );
        });
        exchange.on('error', reject);
      });
    },
  };
}

function operationPath(scenario, stream) {
  const operation =
    scenario.api === 'converse'
      ? stream
        ? 'converse-stream'
        : 'converse'
      : stream
        ? 'invoke-with-response-stream'
        : 'invoke';
  return `/model/${encodeURIComponent(scenario.modelId)}/${operation}`;
}

/**
 * The floor's decoding: network reads in, the text of every event out. Frames are split by their prelude only; an
 * event's payload is parsed as JSON (InvokeModel: then its base64 `bytes`, then the model's own JSON).
 */
export function floorFrameReader(scenarioName, onText) {
  const scenario = SCENARIOS[scenarioName];
  const textOf =
    scenario.api === 'converse'
      ? payload => JSON.parse(payload).delta?.text
      : payload =>
          scenario.chunkText(JSON.parse(Buffer.from(JSON.parse(payload).bytes, 'base64').toString('utf8')));
  let pending = Buffer.alloc(0);
  return data => {
    pending = pending.length === 0 ? data : Buffer.concat([pending, data]);
    let offset = 0;
    while (pending.length - offset >= 12) {
      const total = pending.readUInt32BE(offset);
      if (pending.length - offset < total) break;
      const headersLength = pending.readUInt32BE(offset + 4);
      const start = offset + 12 + headersLength;
      const payload = pending.toString('utf8', start, offset + total - 4);
      const text = payload.length > 0 ? textOf(payload) : undefined;
      if (text) onText(text);
      offset += total;
    }
    pending = pending.subarray(offset);
  };
}
