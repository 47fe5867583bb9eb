import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@bedrock-wrapper/emulator';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The app as a user meets it: the production build (`next build`, run by the root build before this test),
 * `next start` against an emulator this test scripts, and Debian's Chromium driven by playwright-core.
 */
const appDir = join(import.meta.dirname, '..');
const outputDir = process.env.BROWSER_TEST_OUTPUT ?? join(appDir, 'test-output');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// A 2x2 red PNG, generated once and kept inline so the test needs no file.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

let emulator: Emulator;
let server: ChildProcess;
let browser: Browser;
let baseUrl: string;

/** The test talks to its own emulator, whatever AWS credentials the machine has. */
function withoutAwsCredentials(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of [
    'AWS_BEARER_TOKEN_BEDROCK',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_PROFILE',
  ])
    delete copy[name];
  return copy;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

async function openChat(model?: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(baseUrl);
  if (model) await page.getByTestId('model').selectOption(model);
  return page;
}

async function send(page: Page, text: string) {
  await page.getByTestId('input').fill(text);
  await page.getByTestId('send').click();
}

const assistantText = (page: Page) => page.getByTestId('message-assistant').last().getByTestId('text');

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  if (!existsSync(join(appDir, '.next', 'BUILD_ID'))) {
    throw new Error(
      'The app is not built: run `npm test` at the root (it builds first) or `pnpm build` here.',
    );
  }
  emulator = await startEmulator();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    env: {
      ...withoutAwsCredentials(process.env),
      BEDROCK_EMULATOR_URL: emulator.url,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForServer(baseUrl, server);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  await emulator?.close();
});

describe('next-chat in a real browser', () => {
  it('says which Bedrock it talks to', async () => {
    const page = await openChat();
    await expect
      .poll(() => page.getByTestId('backend').textContent())
      .toContain(`Bedrock emulator at ${emulator.url}`);
    await page.close();
  });

  it('streams the answer token by token and shows its token usage', async () => {
    const answer = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    emulator.script({ reply: { text: answer }, delayMs: 40 });
    const page = await openChat('Claude-4-5-Sonnet');
    await send(page, 'Tell me a story');
    const lengths: number[] = [];
    await expect
      .poll(
        async () => {
          const text =
            (await assistantText(page)
              .textContent()
              .catch(() => '')) ?? '';
          if (lengths.at(-1) !== text.length) lengths.push(text.length);
          return text;
        },
        { timeout: 20_000, interval: 30 },
      )
      .toBe(answer);
    // The answer grew in several steps, not at once.
    expect(lengths.filter(length => length > 0 && length < answer.length).length).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => page.getByTestId('usage').textContent())
      .toMatch(/\d+ input tokens · \d+ output tokens/);
    await page.screenshot({ path: join(outputDir, 'streamed-answer.png'), fullPage: true });
    await page.close();
  });

  it('shows the reasoning of a -Thinking model in its own block', async () => {
    const page = await openChat('Claude-4-5-Sonnet-Thinking');
    await send(page, 'What is 6 times 7?');
    const reasoning = page.getByTestId('reasoning');
    await reasoning.waitFor({ timeout: 20_000 });
    await reasoning.locator('summary').click();
    await expect
      .poll(async () => (await reasoning.textContent())?.length ?? 0)
      .toBeGreaterThan('Reasoning'.length);
    await expect.poll(() => assistantText(page).textContent()).toContain('What is 6 times 7?');
    await page.screenshot({ path: join(outputDir, 'reasoning.png'), fullPage: true });
    await page.close();
  });

  it('sends an attached image to a vision model', async () => {
    const page = await openChat('Claude-4-5-Sonnet');
    await page.getByTestId('attach').setInputFiles({ name: 'red.png', mimeType: 'image/png', buffer: PNG });
    await send(page, 'What is in this picture?');
    await expect.poll(() => assistantText(page).textContent(), { timeout: 20_000 }).toMatch(/1 image/);
    await page.screenshot({ path: join(outputDir, 'image.png'), fullPage: true });
    await page.close();
  });

  it('stops a long answer mid-stream', async () => {
    emulator.script({
      reply: { text: Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ') },
      delayMs: 50,
    });
    const page = await openChat('Claude-4-5-Sonnet');
    await send(page, 'Write a very long essay');
    await expect
      .poll(
        async () =>
          (
            (await assistantText(page)
              .textContent()
              .catch(() => '')) ?? ''
          ).length,
      )
      .toBeGreaterThan(20);
    await page.getByTestId('stop').click();
    await page.getByTestId('send').waitFor();
    const stoppedAt = (await assistantText(page).textContent()) ?? '';
    await new Promise(resolve => setTimeout(resolve, 600));
    expect(await assistantText(page).textContent()).toBe(stoppedAt);
    expect(stoppedAt.split(' ').length).toBeLessThan(400);
    await page.screenshot({ path: join(outputDir, 'stopped.png'), fullPage: true });
    await page.close();
  });

  it('shows a clean error when Bedrock throttles', async () => {
    // ai retries a throttled call twice (maxRetries 2), so three throttles reach the page as an error.
    emulator.script({
      error: { name: 'ThrottlingException', message: 'Too many requests, please wait before trying again.' },
      times: 3,
    });
    const page = await openChat('Claude-4-5-Sonnet');
    await send(page, 'Hello?');
    const alert = page.getByTestId('error');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/throttling requests \(ThrottlingException, HTTP 429\)/);
    expect(await alert.textContent()).not.toMatch(/AWS4-HMAC|Signature=|test:test/);
    await page.screenshot({ path: join(outputDir, 'throttled.png'), fullPage: true });
    await page.close();
  });
});
