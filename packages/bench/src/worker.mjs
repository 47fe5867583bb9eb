/**
 * One measurement in a fresh process, so contenders never share a JIT, a heap or a socket pool.
 * argv[2] is a JSON job: { kind, contender, scenario, url, tokens, streams, calls, iterations }. Prints one JSON line.
 */
import { performance } from 'node:perf_hooks';
import { bytesFloorClient } from './bytes-floor-client.mjs';
import { CONTENDERS } from './contenders.mjs';
import { scriptReplies, scriptReply } from './emulator-control.mjs';
import { measureFloorBudget } from './floor-budget.mjs';
import { replyOf } from './scenarios.mjs';

const job = JSON.parse(process.argv[2]);
const contender = await CONTENDERS[job.contender].create(job.url);
const prompt = 'Benchmark prompt';

/** Streams `text` once (scripted as the next answer); returns the characters received. */
async function streamOnce(text, extra) {
  await scriptReply(job.url, text, extra);
  let received = 0;
  await contender.stream(job.scenario, prompt, piece => {
    received += piece.length;
  });
  return received;
}

// Warm the client, the JIT and the connection.
for (let i = 0; i < 3; i++) await streamOnce(replyOf(200));

const results = [];
if (job.kind === 'cpu') {
  // One sample = `streams` answers of `tokens` tokens (several for Llama, whose answers are capped at 2,048 tokens).
  const text = replyOf(job.tokens);
  const streams = job.streams ?? 1;
  // Steady state: the first full-length streams of a process still compile and grow the heap (measured 1.3-1.8x
  // the later ones), so one sample's worth is run and discarded first.
  for (let i = 0; i < streams; i++) await streamOnce(text);
  for (let i = 0; i < job.iterations; i++) {
    let cpuMicros = 0;
    let wallMs = 0;
    for (let s = 0; s < streams; s++) {
      await scriptReply(job.url, text);
      const cpu = process.cpuUsage();
      const start = performance.now();
      let chars = 0;
      await contender.stream(job.scenario, prompt, piece => {
        chars += piece.length;
      });
      const used = process.cpuUsage(cpu);
      wallMs += performance.now() - start;
      cpuMicros += used.user + used.system;
      if (chars < text.length - 1) throw new Error(`short stream: ${chars} of ${text.length} characters`);
    }
    results.push({ cpuMs: cpuMicros / 1000, wallMs });
  }
} else if (job.kind === 'generate') {
  // The per-call cost (request building, signing, HTTP, parsing, result objects) of a short answer, in three phases
  // of one process: its first `calls` calls (`early`: the JIT compiles the call path), the next `iterations` samples
  // of `calls` calls (`warming`), then, once `settleCalls` calls have run in all, `iterations` samples more (`settled`:
  // what a long-running server pays per call). Successive samples of one process kept falling until about 3,000
  // calls (through ai@6/ai@7, 3.5 -> 1.2 ms per call: V8 keeps optimising the call path, ai's generateText body last),
  // so the warming samples alone overstate a server's cost by 2x or more. A sample of 50 calls was measured too short:
  // a single garbage collection moved it by up to 2x, so samples are 150 calls.
  const text = replyOf(job.tokens);
  const callOnce = async () => {
    const answer = await contender.generate(job.scenario, prompt);
    if (answer.length < text.length - 1) throw new Error(`short answer: ${answer.length} of ${text.length}`);
  };
  const sample = async phase => {
    await scriptReplies(job.url, text, job.calls);
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (let c = 0; c < job.calls; c++) await callOnce();
    const used = process.cpuUsage(cpu);
    results.push({ phase, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - start });
  };
  await sample('early');
  for (let i = 0; i < job.iterations; i++) await sample('warming');
  // `settleCalls: 0`: a short process, for more samples of the first two phases alone.
  if (job.settleCalls > 0) {
    const unmeasured = job.settleCalls - job.calls * (1 + job.iterations);
    for (let done = 0; done < unmeasured; done += job.calls) {
      await scriptReplies(job.url, text, job.calls);
      for (let c = 0; c < job.calls; c++) await callOnce();
    }
    for (let i = 0; i < job.iterations; i++) await sample('settled');
  }
} else if (job.kind === 'ttft') {
  const text = replyOf(20);
  for (let i = 0; i < job.iterations; i++) {
    await scriptReply(job.url, text);
    const start = performance.now();
    let first;
    await contender.stream(job.scenario, prompt, () => {
      first ??= performance.now() - start;
    });
    results.push({ ttftMs: first });
  }
} else if (job.kind === 'memory') {
  // One character per event, so 200,000 events fit under the model's output cap.
  const text = 'abcdefghij'.repeat(Math.ceil(job.tokens / 10)).slice(0, job.tokens);
  await fetch(`${job.url}/_emulator/requests`, { method: 'DELETE' });
  await fetch(`${job.url}/_emulator/script`, {
    method: 'POST',
    body: JSON.stringify({ reply: { text, chunkSize: 1 } }),
  });
  globalThis.gc?.();
  const baseline = process.memoryUsage();
  let peakHeap = baseline.heapUsed;
  let peakRss = baseline.rss;
  let peakRetained = 0;
  let pieces = 0;
  let chars = 0;
  await contender.stream(job.scenario, prompt, piece => {
    chars += piece.length;
    if (++pieces % 1000 === 0) {
      const now = process.memoryUsage();
      if (now.heapUsed > peakHeap) peakHeap = now.heapUsed;
      if (now.rss > peakRss) peakRss = now.rss;
    }
    // What is still reachable mid-stream: a full GC every 10% of the answer, then the heap.
    if (pieces % Math.ceil(job.tokens / 10) === 0) {
      globalThis.gc();
      peakRetained = Math.max(peakRetained, process.memoryUsage().heapUsed - baseline.heapUsed);
    }
  });
  if (chars < text.length) throw new Error(`short stream: ${chars} of ${text.length}`);
  results.push({
    peakHeapGrowthMB: (peakHeap - baseline.heapUsed) / 2 ** 20,
    retainedMB: peakRetained / 2 ** 20,
    peakRssMB: peakRss / 2 ** 20,
  });
} else if (job.kind === 'budget') {
  // The network reads of one answer, as the bytes floor receives them, replayed in process (floor-budget.mjs).
  const client = await bytesFloorClient(job.url);
  await scriptReply(job.url, replyOf(job.tokens));
  const reads = [];
  await client.streamReads(job.scenario, prompt, data => reads.push(Buffer.from(data)));
  results.push(await measureFloorBudget(reads, job.scenario));
} else if (job.kind === 'concurrency') {
  const text = replyOf(job.tokens);
  await scriptReplies(job.url, text, job.streams);
  const start = performance.now();
  const settled = await Promise.allSettled(
    Array.from({ length: job.streams }, () => {
      let chars = 0;
      return contender
        .stream(job.scenario, prompt, piece => {
          chars += piece.length;
        })
        .then(() => {
          if (chars < text.length - 1) throw new Error('short stream');
        });
    }),
  );
  const wallMs = performance.now() - start;
  const failed = settled.filter(result => result.status === 'rejected');
  results.push({
    completed: settled.length - failed.length,
    failed: failed.length,
    firstError: failed[0] ? String(failed[0].reason?.message ?? failed[0].reason) : undefined,
    wallMs,
    tokensPerSecond: ((settled.length - failed.length) * job.tokens) / (wallMs / 1000),
  });
}
process.stdout.write(`${JSON.stringify(results)}\n`);
process.exit(0);
