/**
 * `pnpm bench` in packages/emulator: how many stream events per second the emulator serves to one AWS SDK client
 * (default HTTP/2 handler), on InvokeModelWithResponseStream and ConverseStream. Target: >= 50,000 events/s, so the
 * emulator is never the bottleneck of the provider's benchmarks. Uses the built dist.
 */
import {
  BedrockRuntimeClient,
  ConverseStreamCommand,
  InvokeModelWithResponseStreamCommand,
} from '@aws-sdk/client-bedrock-runtime';
import { startEmulator } from '../dist/index.js';

const EVENTS = Number(process.env.EMULATOR_BENCH_EVENTS ?? 50_000);
const RUNS = Number(process.env.EMULATOR_BENCH_RUNS ?? 5);
const emulator = await startEmulator();
const client = new BedrockRuntimeClient({
  region: 'us-east-1',
  endpoint: emulator.url,
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  maxAttempts: 1,
});
const text = Array.from({ length: EVENTS }, (_, i) => `w${i % 100}`).join(' ');
const modelId = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';

async function measure(operation) {
  emulator.reset();
  emulator.script({ reply: { text } });
  const start = performance.now();
  let events = 0;
  let bytes = 0;
  if (operation === 'InvokeModelWithResponseStream') {
    const body = JSON.stringify({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 64000,
      messages: [{ role: 'user', content: 'x' }],
    });
    const response = await client.send(new InvokeModelWithResponseStreamCommand({ modelId, body }));
    for await (const event of response.body) {
      events++;
      bytes += event.chunk?.bytes?.length ?? 0;
    }
  } else {
    const response = await client.send(
      new ConverseStreamCommand({ modelId, messages: [{ role: 'user', content: [{ text: 'x' }] }] }),
    );
    for await (const event of response.stream) {
      events++;
      bytes += event.contentBlockDelta?.delta?.text?.length ?? 0;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return { eventsPerSecond: events / seconds, megabytesPerSecond: bytes / 2 ** 20 / seconds };
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `emulator stream throughput to one SDK client, ${EVENTS} events per stream, median of ${RUNS} runs`,
);
let met = true;
for (const operation of ['InvokeModelWithResponseStream', 'ConverseStream']) {
  await measure(operation); // warm-up
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(operation));
  const eventsPerSecond = median(runs.map(run => run.eventsPerSecond));
  const mbPerSecond = median(runs.map(run => run.megabytesPerSecond));
  met &&= eventsPerSecond >= 50_000;
  console.log(
    `${operation.padEnd(30)} ${Math.round(eventsPerSecond).toLocaleString('en-US').padStart(10)} events/s  ${mbPerSecond.toFixed(2)} MB/s payload`,
  );
}
console.log(`target >= 50,000 events/s: ${met ? 'met' : 'NOT met'}`);
client.destroy();
await emulator.close();
