import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/** Every example runs with the one command its README lists, against the emulator it starts itself. */
const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
/** The examples must use their own emulator, whatever AWS credentials the machine has. */
function withoutAwsCredentials(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of [
    'AWS_BEARER_TOKEN_BEDROCK',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_PROFILE',
  ]) {
    delete copy[name];
  }
  return copy;
}

async function example(script: string, ...args: string[]) {
  const { stdout } = await run(process.execPath, [tsx, script, ...args], {
    cwd: root,
    env: withoutAwsCredentials(process.env),
    timeout: 60_000,
  });
  return stdout;
}

describe('examples/node', () => {
  it('ai4/generate-text', async () => {
    const out = await example('src/ai4/generate-text.ts');
    expect(out).toContain('what is Amazon Bedrock?');
    expect(out).toMatch(/finish: stop, tokens in\/out: \d+\/\d+/);
  });

  it('ai4/stream-text shows reasoning then the answer', async () => {
    const out = await example('src/ai4/stream-text.ts');
    expect(out).toContain('why the sky is blue');
    expect(out).toContain('\x1b[2m');
    expect(out).toContain('finish: stop');
  });

  it('ai4/generate-object prints an object of the schema', async () => {
    const object = JSON.parse(await example('src/ai4/generate-object.ts'));
    expect(object).toEqual({
      name: expect.any(String),
      ingredients: expect.any(Array),
      minutes: expect.any(Number),
    });
  });

  it('ai4/tools runs the tool and answers in a second step', async () => {
    const out = await example('src/ai4/tools.ts');
    expect(out).toMatch(/tool call: weather\(\{"city":".*"\}\)/);
    expect(out).toContain('tool result: {"city"');
  });

  it('ai4/image sends the image', async () => {
    expect(await example('src/ai4/image.ts')).toMatch(/1 image/);
  });

  it('ai5/stream-text and ai5/generate-object through /v2', async () => {
    expect(await example('src/ai5/stream-text.ts')).toContain('finish: stop');
    const object = JSON.parse(await example('src/ai5/generate-object.ts'));
    expect(object).toEqual({ city: expect.any(String), population: expect.any(Number) });
  });

  it('ai7/stream-text through /v4 shows reasoning, the answer and the usage', async () => {
    const out = await example('src/ai7/stream-text.ts');
    expect(out).toContain('\x1b[2mLet');
    expect(out).toContain('why the sky is blue');
    expect(out).toMatch(/finish: stop, tokens in\/out: \d+\/\d+/);
  });

  it('ai7/tools runs the tool and answers in a second step', async () => {
    const out = await example('src/ai7/tools.ts');
    expect(out).toMatch(/tool call: weather\(\{"city":".*"\}\)/);
    expect(out).toContain('tool result: {"city"');
    expect(out).toContain('The tool returned:');
  });

  it('ai7/structured-output prints an object of the schema', async () => {
    const object = JSON.parse(await example('src/ai7/structured-output.ts'));
    expect(object).toEqual({ city: expect.any(String), population: expect.any(Number) });
  });
});
