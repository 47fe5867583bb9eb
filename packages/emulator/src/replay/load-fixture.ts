import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { encodeEventFrame } from '../event-stream/event-stream-frames';

/** A recorded response, ready to send: status, headers, and the exact body bytes. */
export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** The package's copy of shared/fixtures/bedrock-recorded (found from src/ in tests and from dist/ when built). */
export function fixturesDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'fixtures', 'bedrock-recorded');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('fixtures/bedrock-recorded not found next to the emulator package');
}

const codec = new EventStreamCodec(toUtf8, fromUtf8);
type Json = Record<string, unknown>;

/**
 * Loads `<name>` (or `<name>#<n>` for the n-th recorded interaction, from 0) from the recorded fixtures. Raw
 * event streams (`eventstream_base64`, `bodyBase64`) are returned byte for byte; streams recorded as decoded frames
 * or events are framed again; JSON bodies are serialised as recorded (PROVENANCE.md describes each file).
 */
export function loadRecordedResponse(spec: string): RecordedResponse {
  const [name, indexText] = spec.split('#');
  const file = join(fixturesDirectory(), `${name}.json`);
  if (!existsSync(file)) throw new Error(`no recorded fixture named ${name}`);
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as Json;
  const index = Number(indexText ?? 0);
  const interactions = fixture.interactions as Json[] | undefined;
  if (interactions) {
    const interaction = interactions[index];
    if (!interaction) throw new Error(`${name} has no interaction ${index}`);
    return fromRecordedResponse(interaction.response as Json);
  }
  const response = fixture.response as Json | undefined;
  if (response?.bodyBase64) {
    return {
      status: Number(response.status ?? 200),
      headers: streamHeaders(String(fixture.operation)),
      body: Buffer.from(String(response.bodyBase64), 'base64'),
    };
  }
  if (Array.isArray(fixture.events)) {
    const frames = (fixture.events as Json[]).map((event, i) => {
      const [eventType, payload] = Object.entries(event)[0] as [string, Json];
      return encodeEventFrame(eventType, payload, i);
    });
    return { status: 200, headers: streamHeaders('ConverseStream'), body: Buffer.concat(frames) };
  }
  const body = fixture.body as Json;
  if (typeof body?.status === 'number' && body.body !== undefined) {
    return {
      status: body.status,
      headers: { ...(body.headers as Record<string, string>) },
      body: Buffer.from(JSON.stringify(body.body)),
    };
  }
  return {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify(body)),
  };
}

function fromRecordedResponse(response: Json): RecordedResponse {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries((response.headers ?? {}) as Record<string, unknown>)) {
    const lower = key.toLowerCase();
    // Hop-by-hop headers are the transport's business (and forbidden over HTTP/2).
    if (['connection', 'transfer-encoding', 'content-length', 'date', 'keep-alive'].includes(lower)) continue;
    headers[lower] = Array.isArray(value) ? String(value[0]) : String(value);
  }
  // pydantic-ai cassettes store the status as {code, message}.
  const status = Number(
    typeof response.status === 'object' && response.status !== null
      ? (response.status as Json).code
      : (response.status ?? 200),
  );
  if (typeof response.eventstream_base64 === 'string')
    return { status, headers, body: Buffer.from(response.eventstream_base64, 'base64') };
  if (Array.isArray(response.frames)) {
    const frames = (response.frames as Json[]).map(frame =>
      codec.encode({
        headers: Object.fromEntries(
          Object.entries(frame.headers as Record<string, string>).map(([k, v]) => [
            k,
            { type: 'string' as const, value: v },
          ]),
        ),
        body: fromUtf8(String(frame.body)),
      }),
    );
    return { status, headers, body: Buffer.concat(frames) };
  }
  const body = response.body;
  return { status, headers, body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)) };
}

function streamHeaders(operation: string): Record<string, string> {
  return operation === 'InvokeModelWithResponseStream'
    ? {
        'content-type': 'application/vnd.amazon.eventstream',
        'x-amzn-bedrock-content-type': 'application/json',
      }
    : { 'content-type': 'application/vnd.amazon.eventstream' };
}
