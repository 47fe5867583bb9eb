import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ConverseCommand,
  ConverseStreamCommand,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
} from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { CLAUDE, claudeBody, sdkClient } from './sdk-clients';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bedrock-recorded');
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

/** The frames of a recorded stream as the recording decoded them (CRC-checked by its author). */
function recordedFrames(name: string): unknown[] {
  const fixture = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
  const frames = fixture.interactions?.[0]?.response?.frames ?? fixture.response?.frames;
  return frames.map((frame: { body: string }) => JSON.parse(frame.body));
}

describe('replay of the recorded raw streams, byte for byte', () => {
  it.each(['imwrs-claude-v2-messages-stream', 'imwrs-nova-micro-stream'])(
    '%s decodes to the recorded chunks',
    async name => {
      emulator.script({ replay: name });
      const client = sdkClient(emulator.url, 'h2');
      const response = await client.send(
        new InvokeModelWithResponseStreamCommand({ modelId: CLAUDE, body: claudeBody() }),
      );
      const decoded: unknown[] = [];
      for await (const event of response.body!)
        decoded.push(JSON.parse(new TextDecoder().decode(event.chunk!.bytes!)));
      const expected = recordedFrames(name).map(frame =>
        JSON.parse(Buffer.from((frame as { bytes: string }).bytes, 'base64').toString('utf8')),
      );
      expect(decoded).toEqual(expected);
      client.destroy();
    },
  );

  it.each([
    'converse-stream-titan-text-raw',
    'converse-stream-claude-3-7-redacted-thinking',
    'converse-stream-claude-sonnet-4-6-raw',
  ])('%s decodes to the recorded events', async name => {
    emulator.script({ replay: name });
    const client = sdkClient(emulator.url, 'http/1.1');
    const response = await client.send(
      new ConverseStreamCommand({ modelId: CLAUDE, messages: [{ role: 'user', content: [{ text: 'x' }] }] }),
    );
    const decoded: Array<Record<string, unknown>> = [];
    for await (const event of response.stream!) decoded.push(event as unknown as Record<string, unknown>);
    const fixture = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
    const frames = (fixture.interactions?.[0]?.response?.frames ?? fixture.response?.frames) as Array<{
      headers: Record<string, string>;
    }>;
    // Same events in the same order (the SDK drops the `p` padding and decodes blobs to bytes).
    const eventNames = decoded.map(event => Object.keys(event).find(key => event[key] !== undefined));
    expect(eventNames).toEqual(frames.map(frame => frame.headers[':event-type']));
    client.destroy();
  });

  it('replays recorded JSON answers and recorded errors with their status', async () => {
    const client = sdkClient(emulator.url, 'h2');
    emulator.script({ replay: 'invoke-claude-3-5-sonnet-tool-use' });
    const response = await client.send(new InvokeModelCommand({ modelId: CLAUDE, body: claudeBody() }));
    expect(JSON.parse(new TextDecoder().decode(response.body)).id).toBe('msg_bdrk_01Vcemt76oWJo739rm2hmaxn');
    emulator.script({ replay: 'error-converse-throttling-429' });
    await expect(
      client.send(
        new ConverseCommand({ modelId: CLAUDE, messages: [{ role: 'user', content: [{ text: 'x' }] }] }),
      ),
    ).rejects.toMatchObject({
      name: 'ThrottlingException',
      message: 'Rate exceeded',
      $metadata: { httpStatusCode: 429 },
    });
    client.destroy();
  });
});

describe('control endpoints', () => {
  it('scripts, lists and clears over HTTP', async () => {
    await fetch(`${emulator.url}/_emulator/script`, {
      method: 'POST',
      body: JSON.stringify([{ reply: { text: 'scripted over http' } }]),
    });
    const client = sdkClient(emulator.url, 'h2');
    const response = await client.send(new InvokeModelCommand({ modelId: CLAUDE, body: claudeBody() }));
    expect(JSON.parse(new TextDecoder().decode(response.body)).content[0].text).toBe('scripted over http');
    const log = (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as Array<{
      operation: string;
      modelId: string;
      body: unknown;
    }>;
    expect(log).toEqual([
      expect.objectContaining({ operation: 'InvokeModel', modelId: CLAUDE, body: JSON.parse(claudeBody()) }),
    ]);
    await fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
    expect(await (await fetch(`${emulator.url}/_emulator/requests`)).json()).toEqual([]);
    client.destroy();
  });
});

describe('CLI', () => {
  it('prints the listening line and serves requests until killed', async () => {
    const cli = spawn(process.execPath, [join(import.meta.dirname, '..', 'dist', 'cli.js'), '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>(resolve =>
      cli.stdout.once('data', chunk => resolve(String(chunk).trim())),
    );
    expect(line).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
    const url = line.replace('listening on ', '');
    expect((await fetch(`${url}/_emulator/health`)).status).toBe(200);
    const exited = new Promise(resolve => cli.once('exit', resolve));
    cli.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('scripted text chunks', () => {
  it('sends the text exactly as the scripted deltas, streamed and whole', async () => {
    const chunks = ['    def', ' f():\n', '</think>', '<|eot_id|> ', '\u00a0'];
    const client = sdkClient(emulator.url, 'h2');
    const messages = [{ role: 'user' as const, content: [{ text: 'x' }] }];
    emulator.script({ reply: { chunks } }, { reply: { chunks } });
    const stream = await client.send(new ConverseStreamCommand({ modelId: CLAUDE, messages }));
    const deltas: string[] = [];
    for await (const event of stream.stream!) {
      const text = event.contentBlockDelta?.delta?.text;
      if (text !== undefined) deltas.push(text);
    }
    expect(deltas).toEqual(chunks);
    const whole = await client.send(new ConverseCommand({ modelId: CLAUDE, messages }));
    expect(whole.output?.message?.content).toEqual([{ text: chunks.join('') }]);
    client.destroy();
  });
});
