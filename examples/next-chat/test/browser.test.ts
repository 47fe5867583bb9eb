import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { listBedrockWrapperSupportedModels } from '@bedrock-wrapper/ai-provider';
import { type Emulator, startEmulator } from '@bedrock-wrapper/emulator';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

/**
 * The app as a user meets it: the production build (`next build`, run by the root build before this test),
 * `next start` against an emulator this test scripts, and Debian's Chromium driven by playwright-core. Every
 * behaviour is checked on a desktop window and on a 390 px phone, with a screenshot of each in test-output/.
 */
const appDir = join(import.meta.dirname, '..');
const outputDir = process.env.BROWSER_TEST_OUTPUT ?? join(appDir, 'test-output');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// A 2x2 red PNG, generated once and kept inline so the test needs no file.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

const catalog = listBedrockWrapperSupportedModels();
/** The "text-only" model of these tests: it takes no images on either API (checked below, from the catalog). */
const TEXT_ONLY = 'Nova-Micro';
const textOnly = catalog.find(m => m.name === TEXT_ONLY);
if (!textOnly || textOnly.vision.invoke || textOnly.vision.converse || !textOnly.apis.invoke)
  throw new Error(`${TEXT_ONLY} is no longer a text-only InvokeModel model of the catalog: pick another`);

let emulator: Emulator;
let server: ChildProcess;
let browser: Browser;
let baseUrl: string;
// A listener that counts requests: nothing the model writes may make the browser fetch it.
let bait: Server;
let baitUrl: string;
let baitHits = 0;

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

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  if (!existsSync(join(appDir, '.next', 'BUILD_ID'))) {
    throw new Error(
      'The app is not built: run `npm test` at the root (it builds first) or `pnpm build` here.',
    );
  }
  emulator = await startEmulator();
  bait = createHttpServer((_request, response) => {
    baitHits += 1;
    response.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
  });
  await new Promise<void>(resolve => bait.listen(0, '127.0.0.1', resolve));
  baitUrl = `http://127.0.0.1:${(bait.address() as { port: number }).port}`;
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
  await new Promise(resolve => bait?.close(resolve));
});

beforeEach(() => {
  emulator.reset();
  baitHits = 0;
});

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Requests the app sent to Bedrock (the emulator's log), as parsed bodies. */
const bedrockBodies = () => emulator.requests().map(entry => entry.body as Record<string, unknown>);

/** The text of every message a request body carries, whatever the family's shape (Claude here). */
const sentTexts = (body: Record<string, unknown>) => JSON.stringify(body.messages ?? body);

describe.each(VIEWPORTS)('next-chat in a real browser ($name, $width px)', viewport => {
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(outputDir, `${name}-${viewport.name}.png`), fullPage: true });

  /** A fresh browser profile (empty localStorage) at this viewport. */
  async function openChat(model?: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
    });
    const page = await context.newPage();
    await page.goto(baseUrl);
    // Restoring localStorage happens after hydration; the Send button is enabled once it has.
    await page.getByTestId('input').fill('x');
    await page.locator('[data-testid="send"]:not([disabled])').waitFor();
    await page.getByTestId('input').fill('');
    if (model) await page.getByTestId('model').selectOption(model);
    return page;
  }

  async function close(page: Page) {
    await page.context().close();
  }

  async function send(page: Page, text: string) {
    await page.getByTestId('input').fill(text);
    await page.getByTestId('send').click();
  }

  async function openOptions(page: Page) {
    const options = page.getByTestId('options');
    if (!(await options.evaluate(el => (el as HTMLDetailsElement).open)))
      await options.locator('summary').click();
  }

  const lastAnswer = (page: Page) => page.getByTestId('message-assistant').last();
  const lastAnswerText = async (page: Page) =>
    (await lastAnswer(page)
      .getByTestId('text')
      .textContent()
      .catch(() => '')) ?? '';

  /** Whether the element is fully inside the window and inside the scrolled message list. */
  const fullyVisible = (locator: Locator) =>
    locator.evaluate(el => {
      const box = el.getBoundingClientRect();
      const list = document.querySelector('[data-testid="messages"]')!.getBoundingClientRect();
      const inWindow = box.top >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
      const inList = el.closest('[data-testid="messages"]')
        ? box.top >= list.top - 1 && box.bottom <= list.bottom + 1
        : true;
      return inWindow && inList && box.width > 0;
    });

  it('says which Bedrock it talks to without internal URLs, and has a favicon', async () => {
    const page = await openChat();
    const label = (await page.getByTestId('backend').textContent()) ?? '';
    expect(label).toBe('Talking to: Bedrock emulator (BEDROCK_EMULATOR_URL)');
    const html = await page.content();
    expect(html).not.toContain(emulator.url);
    expect(html).not.toContain(String(emulator.port));
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toMatch(/^\/icon\.svg/);
    const response = await fetch(new URL(icon!, baseUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    await shot(page, 'header');
    await close(page);
  });

  it('fits the window: Send visible, nothing wider than the screen', async () => {
    const page = await openChat();
    await page.getByTestId('input').fill('Hello');
    expect(await fullyVisible(page.getByTestId('send'))).toBe(true);
    expect(await fullyVisible(page.getByTestId('input'))).toBe(true);
    expect(await fullyVisible(page.getByTestId('model'))).toBe(true);
    expect(await fullyVisible(page.getByTestId('new-chat'))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );
    await openOptions(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );
    await shot(page, 'layout');
    await close(page);
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
          const text = await lastAnswerText(page);
          if (lengths.at(-1) !== text.length) lengths.push(text.length);
          return text;
        },
        { timeout: 20_000, interval: 30 },
      )
      .toBe(answer);
    expect(lengths.filter(length => length > 0 && length < answer.length).length).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => page.getByTestId('usage').textContent())
      .toMatch(/^\d+ input tokens · \d+ output tokens$/);
    await shot(page, 'streamed-answer');
    await close(page);
  });

  it('renders Markdown with code blocks, and no HTML, script links or remote images from the model', async () => {
    const markdown = [
      '# Plan',
      '',
      'Some **bold** text and `inline code`.',
      '',
      '```ts',
      'const ok = 1 < 2 && "<b>" !== "</b>";',
      '```',
      '',
      '<img src="/favicon.ico" onerror="document.title=\'owned\'"><script>document.title="owned"</script>',
      '',
      `![tracker](${baitUrl}/pixel.png) [click](javascript:document.title='owned')`,
    ].join('\n');
    emulator.script({ reply: { text: markdown } });
    const page = await openChat('Claude-4-5-Sonnet');
    await send(page, 'Format this');
    const answer = lastAnswer(page);
    // The answer streams in: wait for its last piece (the tracker link) before reading it, since a code block that
    // has appeared may still be growing (seen on a loaded CI machine: 'const ok = 1 < 2 &&\n').
    await expect.poll(() => lastAnswerText(page), { timeout: 20_000 }).toContain('[image: tracker]');
    expect(await answer.locator('h1').textContent()).toBe('Plan');
    expect(await answer.locator('strong').textContent()).toBe('bold');
    expect(await answer.locator('p code').textContent()).toBe('inline code');
    expect(await answer.getByTestId('code-block').textContent()).toBe(
      'const ok = 1 < 2 && "<b>" !== "</b>";\n',
    );
    expect(await answer.locator('pre code').getAttribute('class')).toBe('language-ts');
    expect(await answer.locator('img, script, b').count()).toBe(0);
    expect(await answer.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await answer.locator(`a[href="${baitUrl}/pixel.png"]`).textContent()).toBe('[image: tracker]');
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(await page.title()).not.toBe('owned');
    expect(baitHits).toBe(0);
    await shot(page, 'markdown');
    await close(page);
  });

  it('follows the newest message down the list', async () => {
    const page = await openChat('Claude-4-5-Sonnet');
    const long = Array.from({ length: 40 }, (_, i) => `Line ${i} of a long answer.`).join('\n\n');
    for (let turn = 0; turn < 3; turn++) {
      emulator.script({ reply: { text: `${long}\n\nEnd of answer ${turn}.` } });
      await send(page, `Question ${turn}`);
      await expect.poll(() => lastAnswerText(page), { timeout: 20_000 }).toContain(`End of answer ${turn}.`);
      await page.getByTestId('send').waitFor();
    }
    // The list is taller than its box and is scrolled to its end: the newest answer's last line is in view.
    expect(await page.getByTestId('messages').evaluate(el => el.scrollHeight > el.clientHeight * 2)).toBe(
      true,
    );
    await expect.poll(() => fullyVisible(lastAnswer(page).getByText('End of answer 2.'))).toBe(true);
    await shot(page, 'auto-scroll');
    await close(page);
  });

  it('shows a pending state, then "retrying" while Bedrock throttles, then the answer', async () => {
    emulator.script({ error: { name: 'ThrottlingException', message: 'Too many requests.' }, times: 1 });
    const page = await openChat('Claude-4-5-Sonnet');
    await send(page, 'Are you there?');
    const pending = page.getByTestId('pending');
    await pending.waitFor({ timeout: 5_000 });
    const retrying = page.getByTestId('retrying');
    await retrying.waitFor({ timeout: 5_000 });
    expect(await retrying.textContent()).toBe(
      'Bedrock answered ThrottlingException; retrying (attempt 2 of 3) in 2 s…',
    );
    expect(await fullyVisible(pending)).toBe(true);
    await shot(page, 'retrying');
    await expect
      .poll(() => lastAnswerText(page), { timeout: 20_000 })
      .toBe('You said: Are you there? This is the emulator answering.');
    expect(await pending.count()).toBe(0);
    expect(await page.getByTestId('error').count()).toBe(0);
    await close(page);
  });

  it('shows a pending state while the first token is slow to come', async () => {
    emulator.script({ reply: { text: 'Finally here.' }, delayMs: 1500 });
    const page = await openChat('Claude-4-5-Sonnet');
    await send(page, 'Slow one');
    await page.getByTestId('pending').waitFor({ timeout: 1_000 });
    expect(await page.getByTestId('pending').textContent()).toBe('Waiting for Claude-4-5-Sonnet');
    await shot(page, 'pending');
    await expect.poll(() => lastAnswerText(page), { timeout: 20_000 }).toBe('Finally here.');
    await close(page);
  });

  it('shows the reasoning while it streams and folds it once the answer is done', async () => {
    const reasoning = Array.from({ length: 40 }, (_, i) => `step${i}`).join(' ');
    emulator.script({ reply: { reasoning, text: 'The answer is 42.' }, delayMs: 60 });
    const page = await openChat('Claude-4-5-Sonnet-Thinking');
    await send(page, 'What is 6 times 7?');
    const block = lastAnswer(page).getByTestId('reasoning');
    await block.waitFor({ timeout: 20_000 });
    // Mid-stream: open, its text growing and visible.
    expect(await block.evaluate(el => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await block.locator('summary').textContent()).toBe('Thinking…');
    await expect.poll(async () => (await block.locator('p').textContent())?.length ?? 0).toBeGreaterThan(10);
    expect(await block.locator('p').isVisible()).toBe(true);
    await shot(page, 'reasoning-streaming');
    await expect.poll(() => lastAnswerText(page), { timeout: 20_000 }).toBe('The answer is 42.');
    await page.getByTestId('send').waitFor();
    expect(await block.evaluate(el => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await block.locator('summary').textContent()).toBe('Reasoning');
    await block.locator('summary').click();
    expect(await block.locator('p').textContent()).toBe(reasoning);
    await shot(page, 'reasoning-done');
    await close(page);
  });

  it('retries a failed turn, and never resends a failed turn with the next message', async () => {
    emulator.script({ error: { name: 'AccessDeniedException', message: 'No access.' } });
    const page = await openChat('Claude-4-5-Sonnet');
    await send(page, 'First try');
    const alert = page.getByTestId('error');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(/^Access denied \(AccessDeniedException, HTTP 403\)/);
    expect(await fullyVisible(alert)).toBe(true);
    await shot(page, 'error');
    await page.getByTestId('retry').click();
    await expect
      .poll(() => lastAnswerText(page), { timeout: 20_000 })
      .toBe('You said: First try This is the emulator answering.');
    expect(await alert.count()).toBe(0);

    // Regenerate: the last answer is asked again, from the same conversation.
    emulator.script({ reply: { text: 'A second opinion.' } });
    await page.getByTestId('regenerate').click();
    await expect.poll(() => lastAnswerText(page), { timeout: 20_000 }).toBe('A second opinion.');
    expect(await page.getByTestId('message-assistant').count()).toBe(1);
    const regenerated = bedrockBodies().at(-1)!;
    expect((regenerated.messages as unknown[]).length).toBe(1);

    // A failed turn stays on screen, marked, and is left out of the next request.
    emulator.script({ error: { name: 'ValidationException', message: 'Bad input.' } });
    await send(page, 'This one fails');
    await alert.waitFor({ timeout: 20_000 });
    await send(page, 'Next question');
    await expect
      .poll(() => lastAnswerText(page), { timeout: 20_000 })
      .toBe('You said: Next question This is the emulator answering.');
    expect(await page.getByTestId('failed-note').textContent()).toBe(
      'Failed: not sent again with the next message.',
    );
    const last = sentTexts(bedrockBodies().at(-1)!);
    expect(last).toContain('First try');
    expect(last).toContain('A second opinion.');
    expect(last).toContain('Next question');
    expect(last).not.toContain('This one fails');
    await shot(page, 'failed-turn');
    await close(page);
  });

  it('clears an attachment when the model cannot take images, and drops earlier images on a text-only model', async () => {
    const page = await openChat('Claude-4-5-Sonnet');
    await page.getByTestId('attach').setInputFiles({ name: 'red.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('attachment-chip').waitFor();
    await page.getByTestId('model').selectOption(TEXT_ONLY);
    expect(await page.getByTestId('attachment-chip').count()).toBe(0);
    expect(await page.getByTestId('notice').textContent()).toBe(
      `Removed the attached image: ${TEXT_ONLY} does not take images on InvokeModel.`,
    );
    expect(await page.getByTestId('attach').isDisabled()).toBe(true);
    await shot(page, 'attachment-cleared');

    // A conversation with an image, continued on the text-only model.
    await page.getByTestId('model').selectOption('Claude-4-5-Sonnet');
    await page.getByTestId('attach').setInputFiles({ name: 'red.png', mimeType: 'image/png', buffer: PNG });
    await send(page, 'What is in this picture?');
    await expect.poll(() => lastAnswerText(page), { timeout: 20_000 }).toMatch(/I saw 1 image\./);
    await page.getByTestId('send').waitFor({ state: 'attached' });
    await page.getByTestId('model').selectOption(TEXT_ONLY);
    expect(await page.getByTestId('images-dropped').textContent()).toBe(
      `${TEXT_ONLY} does not take images on InvokeModel: the 1 image earlier in this conversation is not sent.`,
    );
    await send(page, 'And in words only?');
    await expect.poll(() => lastAnswerText(page), { timeout: 20_000 }).toMatch(/And in words only\?/);
    const last = emulator.requests().at(-1)!;
    expect(JSON.stringify(last.body)).toContain('What is in this picture?');
    expect(JSON.stringify(last.body)).not.toContain(PNG.toString('base64'));
    expect(await page.getByTestId('error').count()).toBe(0);
    await shot(page, 'images-dropped');
    await close(page);
  });

  it('keeps the conversation across reloads until "New chat"', async () => {
    const page = await openChat('Claude-4-5-Sonnet');
    await send(page, 'Remember me');
    await expect
      .poll(() => lastAnswerText(page), { timeout: 20_000 })
      .toBe('You said: Remember me This is the emulator answering.');
    await expect.poll(() => page.getByTestId('usage').count()).toBe(1);
    await page.reload();
    await expect
      .poll(() => lastAnswerText(page), { timeout: 10_000 })
      .toBe('You said: Remember me This is the emulator answering.');
    expect(await page.getByTestId('message-user').textContent()).toBe('Remember me');
    expect(await page.getByTestId('usage').count()).toBe(1);
    await shot(page, 'reloaded');
    await page.getByTestId('new-chat').click();
    // The click's state update renders after the click resolves: wait for it rather than count at once.
    await expect.poll(() => page.getByTestId('message-user').count(), { timeout: 5_000 }).toBe(0);
    await page.reload();
    await page.getByTestId('input').waitFor();
    await new Promise(resolve => setTimeout(resolve, 500));
    expect(await page.getByTestId('message-user').count()).toBe(0);
    expect(await page.getByTestId('message-assistant').count()).toBe(0);
    await shot(page, 'new-chat');
    await close(page);
  });

  it('sends stop sequences and the reasoning toggle from the options', async () => {
    const page = await openChat('Claude-4-5-Sonnet');
    await openOptions(page);
    await page.getByTestId('stop-input').fill('END');
    await page.getByTestId('stop-add').click();
    // Typed as backslash-n: a text field holds no line breaks.
    await page.getByTestId('stop-input').fill('\\n\\nHuman:');
    await page.getByTestId('stop-input').press('Enter');
    expect(await page.getByTestId('stop-sequence').allTextContents()).toEqual(['"END"×', '"\\n\\nHuman:"×']);
    await page.getByTestId('reasoning-toggle').check();
    await shot(page, 'options');
    await send(page, 'Think, then stop at END');
    // The emulator honours stop sequences as Bedrock does: the echo ends before "END".
    await expect.poll(() => lastAnswerText(page), { timeout: 20_000 }).toBe('You said: Think, then stop at');
    await page.getByTestId('send').waitFor({ state: 'attached' });
    const body = bedrockBodies().at(-1)!;
    expect(body.stop_sequences).toEqual(['END', '\n\nHuman:']);
    expect(body.thinking).toEqual({ type: 'enabled', budget_tokens: 16000 });
    // The answer reasoned because it was asked to.
    expect(await lastAnswer(page).getByTestId('reasoning').count()).toBe(1);
    // A -Thinking model reasons anyway: no toggle for it.
    await page.getByTestId('model').selectOption('Claude-4-5-Sonnet-Thinking');
    expect(await page.getByTestId('reasoning-toggle').count()).toBe(0);
    expect(await page.getByTestId('reasoning-fixed').textContent()).toBe(
      'Claude-4-5-Sonnet-Thinking always reasons; there is nothing to switch.',
    );
    await close(page);
  });

  it('groups the model picker by family and filters it by a search', async () => {
    const page = await openChat();
    const groups = await page
      .locator('[data-testid="model"] optgroup')
      .evaluateAll(els => els.map(el => el.getAttribute('label')));
    expect(groups).toContain('Anthropic Claude');
    expect(groups).toContain('Amazon Nova');
    expect(groups).toContain('Meta Llama');
    expect(new Set(groups).size).toBe(groups.length);
    expect(await page.locator('[data-testid="model"] option').count()).toBe(catalog.length);
    await page.getByTestId('model-search').fill('nova');
    const shown = await page.locator('[data-testid="model"] option').allTextContents();
    const novas = catalog.filter(m => m.name.toLowerCase().includes('nova')).length;
    // The Nova models, plus the model in use (kept so the select never lies).
    expect(shown.length).toBe(novas + 1);
    expect(shown.filter(text => !/nova/i.test(text))).toEqual([expect.stringMatching(/^Claude-4-5-Sonnet/)]);
    expect(await page.getByTestId('model-count').textContent()).toBe(`${novas} found`);
    await shot(page, 'model-search');
    await page.getByTestId('model-search').fill('nova pro');
    const only = catalog.filter(m => /nova/i.test(m.name) && /pro/i.test(m.name));
    if (only.length === 1) expect(await page.getByTestId('model').inputValue()).toBe(only[0]!.name);
    await close(page);
  });

  it('stops a long answer mid-stream and marks it "stopped" with its usage', async () => {
    emulator.script({
      reply: { text: Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ') },
      delayMs: 50,
    });
    const page = await openChat('Claude-4-5-Sonnet');
    await send(page, 'Write a very long essay');
    await expect
      .poll(async () => (await lastAnswerText(page)).length, { timeout: 20_000 })
      .toBeGreaterThan(20);
    await page.getByTestId('stop').click();
    await page.getByTestId('send').waitFor({ state: 'attached' });
    const stoppedAt = await lastAnswerText(page);
    await new Promise(resolve => setTimeout(resolve, 600));
    expect(await lastAnswerText(page)).toBe(stoppedAt);
    expect(stoppedAt.split(' ').length).toBeLessThan(400);
    const marker = await lastAnswer(page).getByTestId('stopped').textContent();
    expect(marker).toBe(
      `Stopped · ≈${Math.ceil('Write a very long essay'.length / 4)} input tokens · ≈${Math.ceil(stoppedAt.length / 4)} output tokens (estimated)`,
    );
    expect(await fullyVisible(lastAnswer(page).getByTestId('stopped'))).toBe(true);
    await shot(page, 'stopped');
    // The conversation goes on, with the stopped answer as context.
    await send(page, 'Shorter please');
    await expect
      .poll(() => lastAnswerText(page), { timeout: 20_000 })
      .toBe('You said: Shorter please This is the emulator answering.');
    await close(page);
  });

  it('sets aside a question stopped before its first word, and leaves it out of the next request', async () => {
    emulator.script({ reply: { text: 'Too late.' }, delayMs: 3000 });
    const page = await openChat('Claude-4-5-Sonnet');
    await send(page, 'Never mind this');
    await page.getByTestId('pending').waitFor({ timeout: 2_000 });
    // Bedrock has the call (and the scripted slow reply is used up) before the user gives up.
    await expect.poll(() => emulator.requests().length, { timeout: 2_000, interval: 50 }).toBe(1);
    expect(await page.getByTestId('pending').count()).toBe(1);
    await page.getByTestId('stop').click();
    await page.getByTestId('send').waitFor({ state: 'attached' });
    expect(await page.getByTestId('failed-note').textContent()).toBe(
      'Stopped before an answer: not sent again with the next message.',
    );
    expect(await page.getByTestId('message-assistant').count()).toBe(0);
    await send(page, 'Real question');
    await expect
      .poll(() => lastAnswerText(page), { timeout: 20_000 })
      .toBe('You said: Real question This is the emulator answering.');
    const last = sentTexts(bedrockBodies().at(-1)!);
    expect(last).toContain('Real question');
    expect(last).not.toContain('Never mind this');
    await shot(page, 'stopped-before-answer');
    await close(page);
  });

  it('shows a request the route refuses as its plain message, and goes on without it', async () => {
    const page = await openChat('Claude-4-5-Sonnet');
    await page.getByTestId('input').fill('x'.repeat(100_001));
    await page.getByTestId('send').click();
    const alert = page.getByTestId('error');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.locator('span').textContent()).toBe(
      'The conversation is longer than 100000 characters.',
    );
    expect(emulator.requests()).toEqual([]);
    await shot(page, 'refused');
    await send(page, 'Short one');
    await expect
      .poll(() => lastAnswerText(page), { timeout: 20_000 })
      .toBe('You said: Short one This is the emulator answering.');
    await close(page);
  });

  it('shows a clean error, in view, when Bedrock keeps throttling', async () => {
    // Three attempts (the route's retries), three throttles: the page gets the error.
    emulator.script({
      error: { name: 'ThrottlingException', message: 'Too many requests, please wait before trying again.' },
      times: 3,
    });
    const page = await openChat('Claude-4-5-Sonnet');
    await send(page, 'Hello?');
    const alert = page.getByTestId('error');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toBe(
      'Bedrock is throttling requests (ThrottlingException, HTTP 429). Wait a moment and try again.Retry',
    );
    expect(await alert.textContent()).not.toMatch(/AWS4-HMAC|Signature=|test:test/);
    expect(await fullyVisible(alert)).toBe(true);
    await shot(page, 'throttled');
    await close(page);
  });
});
