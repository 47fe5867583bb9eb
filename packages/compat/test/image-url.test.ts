import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bedrockWrapper, ImageUrlError } from '../src';
import {
  DEFAULT_IMAGE_URL_POLICY,
  fetchImageUrl,
  type ImageUrlPolicy,
} from '../src/image-url/fetch-image-url';
import { isPublicAddress } from '../src/image-url/public-address';
import {
  PNG_BASE64,
  TEST_ACCESS_KEY_ID,
  TEST_SECRET_ACCESS_KEY,
  useCompatEmulator,
} from './use-compat-emulator';

const env = useCompatEmulator();
const awsCreds = {
  region: 'us-west-2',
  accessKeyId: TEST_ACCESS_KEY_ID,
  secretAccessKey: TEST_SECRET_ACCESS_KEY,
};
const PNG = Buffer.from(PNG_BASE64, 'base64');

/** What the local image servers saw. */
const seen = { connections: 0, requests: [] as Array<{ url: string; host?: string; accept?: string }> };

function handler(request: http.IncomingMessage, response: http.ServerResponse) {
  seen.requests.push({ url: request.url ?? '', host: request.headers.host, accept: request.headers.accept });
  const url = new URL(request.url ?? '/', 'http://local');
  if (url.pathname === '/img.png') {
    response.writeHead(200, { 'content-type': 'image/png', 'content-length': PNG.byteLength });
    response.end(PNG);
  } else if (url.pathname === '/redirect') {
    response.writeHead(302, { location: url.searchParams.get('to') ?? '' });
    response.end();
  } else if (url.pathname === '/big') {
    response.writeHead(200, { 'content-type': 'image/png', 'content-length': 10_000_000 });
    response.end();
  } else if (url.pathname === '/chunked-big') {
    response.writeHead(200, { 'content-type': 'image/png' });
    for (let i = 0; i < 10; i++) response.write(Buffer.alloc(500, 1));
    response.end();
  } else if (url.pathname === '/hang') {
    // Never answers: only the deadline ends the download.
  } else {
    response.writeHead(404);
    response.end('not found');
  }
}

const servers = {} as { http: http.Server; https: https.Server; httpPort: number; httpsPort: number };

beforeAll(async () => {
  servers.http = http.createServer(handler);
  servers.https = https.createServer(
    {
      key: readFileSync(new URL('./fixtures/localhost-test-key.pem', import.meta.url)),
      cert: readFileSync(new URL('./fixtures/localhost-test-cert.pem', import.meta.url)),
    },
    handler,
  );
  for (const server of [servers.http, servers.https]) {
    server.on('connection', () => seen.connections++);
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  }
  servers.httpPort = (servers.http.address() as AddressInfo).port;
  servers.httpsPort = (servers.https.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const server of [servers.http, servers.https]) {
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
  }
});

beforeEach(() => {
  seen.connections = 0;
  seen.requests = [];
});

function imageMessages(url: string) {
  return [
    {
      role: 'user' as const,
      content: [
        { type: 'text' as const, text: 'Describe this image in detail.' },
        { type: 'image_url' as const, image_url: { url: url } },
      ],
    },
  ];
}

async function run(url: string, options: Parameters<typeof bedrockWrapper>[2] = {}) {
  let text = '';
  for await (const chunk of bedrockWrapper(
    awsCreds,
    { messages: imageMessages(url), model: 'Claude-4-5-Sonnet', stream: true },
    options,
  ))
    text += chunk;
  return text;
}

async function refusal(promise: Promise<unknown>): Promise<ImageUrlError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(ImageUrlError.isInstance(error)).toBe(true);
  return error as ImageUrlError;
}

const policy = (overrides: Partial<ImageUrlPolicy> = {}): ImageUrlPolicy => ({
  ...DEFAULT_IMAGE_URL_POLICY,
  ...overrides,
});

describe('image URLs through bedrockWrapper', () => {
  it('refuses an https server on 127.0.0.1 by default, before connecting and before calling Bedrock', async () => {
    const url = `https://127.0.0.1:${servers.httpsPort}/img.png`;
    const error = await refusal(run(url));
    expect(error.reason).toBe('non-public-address');
    expect(error.message).toBe(
      `Image URL ${url}: the host 127.0.0.1, which is not a public address (private, loopback, link-local or reserved); such image URLs are refused.`,
    );
    expect(seen.connections).toBe(0);
    expect(env.emulator.requests()).toEqual([]);
  });

  it('refuses localhost after resolving it', async () => {
    const error = await refusal(run(`https://localhost:${servers.httpsPort}/img.png`));
    expect(error.reason).toBe('non-public-address');
    expect(error.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1), which is not a public address/);
    expect(seen.connections).toBe(0);
  });

  it('refuses http by default, and a local http server even when http is allowed', async () => {
    const url = `http://127.0.0.1:${servers.httpPort}/img.png`;
    const byProtocol = await refusal(run(url));
    expect(byProtocol.reason).toBe('protocol');
    expect(byProtocol.message).toBe(
      `Image URL ${url}: only https: image URLs are fetched (set allowHttpImageUrls: true to allow http:); got http:`,
    );
    const byAddress = await refusal(run(url, { allowHttpImageUrls: true }));
    expect(byAddress.reason).toBe('non-public-address');
    expect(seen.connections).toBe(0);
  });

  it('fetches from 127.0.0.1 with the test-only allowPrivateImageHosts escape hatch', async () => {
    const text = await run(`http://127.0.0.1:${servers.httpPort}/img.png`, {
      allowHttpImageUrls: true,
      allowPrivateImageHosts: true,
    });
    expect(text).toBe(
      'You said: Describe this image in detail. I saw 1 image. This is the emulator answering.',
    );
    expect(seen.requests).toEqual([
      { url: '/img.png', host: `127.0.0.1:${servers.httpPort}`, accept: 'image/*' },
    ]);
    // The downloaded bytes reach Bedrock as they are (no re-encoding).
    const body = env.emulator.requests()[0]!.body as {
      messages: Array<{ content: Array<{ type: string; source?: unknown }> }>;
    };
    expect(body.messages[0]!.content).toEqual([
      { type: 'text', text: 'Describe this image in detail.' },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_BASE64 } },
    ]);
  });

  it('verifies TLS certificates: a self-signed https server fails even when private hosts are allowed', async () => {
    const error = await refusal(
      run(`https://127.0.0.1:${servers.httpsPort}/img.png`, { allowPrivateImageHosts: true }),
    );
    expect(error.reason).toBe('network');
    expect(seen.requests).toEqual([]);
  });

  it('rejects a bad image_url before any download', async () => {
    const error = await bedrockWrapper(awsCreds, {
      messages: imageMessages('ftp://example.com/a.png'),
      model: 'Claude-4-5-Sonnet',
    })
      .next()
      .catch((caught: Error) => caught);
    expect((error as Error).message).toContain(
      'messages[0].content[1].image_url must be a data: URL (data:image/png;base64,…) or an https URL.',
    );
  });
});

describe('fetchImageUrl', () => {
  const local = `127.0.0.1`;
  /** Treats 127.0.0.1 as public so redirects and DNS answers can be tested against the local server. */
  const onlyLocalIsPublic = (address: string) => address === local;

  it('refuses every non-public literal address without connecting', async () => {
    for (const host of [
      '[::1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:7f00:1]',
      '169.254.169.254',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '100.64.0.1',
      '0.0.0.0',
      '[fd00::1]',
      '[fe80::1]',
      '[64:ff9b::a9fe:a9fe]',
      '[2002:7f00:1::]',
    ]) {
      const error = await refusal(
        fetchImageUrl(`http://${host}/latest/meta-data`, policy({ allowHttp: true })),
      );
      expect({ host, reason: error.reason }).toEqual({ host, reason: 'non-public-address' });
    }
    expect(seen.connections).toBe(0);
  });

  it('re-checks every redirect target', async () => {
    const target = `http://127.0.0.2:${servers.httpPort}/img.png`;
    const error = await refusal(
      fetchImageUrl(
        `http://${local}:${servers.httpPort}/redirect?to=${encodeURIComponent(target)}`,
        policy({ allowHttp: true }),
        { resolve: async () => [], isPublicAddress: onlyLocalIsPublic },
      ),
    );
    expect(error.reason).toBe('non-public-address');
    expect(error.url).toBe(target);
    expect(seen.requests.map(request => request.url.split('?')[0])).toEqual(['/redirect']);
  });

  it('follows an allowed redirect, and stops after imageUrlMaxRedirects', async () => {
    const image = `http://${local}:${servers.httpPort}/img.png`;
    const once = `http://${local}:${servers.httpPort}/redirect?to=${encodeURIComponent(image)}`;
    const deps = { resolve: async () => [], isPublicAddress: onlyLocalIsPublic };
    const result = await fetchImageUrl(once, policy({ allowHttp: true }), deps);
    expect(Buffer.from(result.bytes).toString('base64')).toBe(PNG_BASE64);
    expect(result.mimeType).toBe('image/png');
    const twice = `http://${local}:${servers.httpPort}/redirect?to=${encodeURIComponent(once)}`;
    const error = await refusal(fetchImageUrl(twice, policy({ allowHttp: true, maxRedirects: 1 }), deps));
    expect(error.reason).toBe('redirect');
    expect(error.message).toContain('more than 1 redirects');
  });

  it('resolves a host name once and connects to the address it checked (DNS rebinding cannot switch it)', async () => {
    const answers = [[{ address: local, family: 4 }], [{ address: '127.0.0.3', family: 4 }]];
    let lookups = 0;
    const deps = {
      resolve: async () => answers[Math.min(lookups++, 1)]!,
      isPublicAddress: onlyLocalIsPublic,
    };
    const result = await fetchImageUrl(
      `http://images.example.test:${servers.httpPort}/img.png`,
      policy({ allowHttp: true }),
      deps,
    );
    expect(result.bytes.byteLength).toBe(PNG.byteLength);
    expect(lookups).toBe(1);
    expect(seen.requests).toEqual([
      { url: '/img.png', host: `images.example.test:${servers.httpPort}`, accept: 'image/*' },
    ]);
  });

  it('refuses a host name when any of its addresses is not public', async () => {
    const error = await refusal(
      fetchImageUrl(`http://mixed.example.test:${servers.httpPort}/img.png`, policy({ allowHttp: true }), {
        resolve: async () => [
          { address: local, family: 4 },
          { address: '10.1.2.3', family: 4 },
        ],
        isPublicAddress: onlyLocalIsPublic,
      }),
    );
    expect(error.reason).toBe('non-public-address');
    expect(error.message).toContain('mixed.example.test resolves to 10.1.2.3');
    expect(seen.connections).toBe(0);
  });

  it('a host name that does not resolve is refused as such', async () => {
    const error = await refusal(
      fetchImageUrl('https://images.example.test/a.png', policy(), {
        resolve: async () => {
          throw Object.assign(new Error('getaddrinfo ENOTFOUND images.example.test'), { code: 'ENOTFOUND' });
        },
        isPublicAddress,
      }),
    );
    expect(error.reason).toBe('dns');
    expect(error.message).toBe(
      'Image URL https://images.example.test/a.png: the host name images.example.test does not resolve.',
    );
  });

  it('enforces the size limit from Content-Length and while reading', async () => {
    const open = policy({ allowHttp: true, allowPrivateHosts: true, maxBytes: 1000 });
    const declared = await refusal(fetchImageUrl(`http://${local}:${servers.httpPort}/big`, open));
    expect(declared.reason).toBe('too-large');
    expect(declared.message).toContain('10000000 bytes exceed imageUrlMaxBytes (1000)');
    const streamed = await refusal(fetchImageUrl(`http://${local}:${servers.httpPort}/chunked-big`, open));
    expect(streamed.reason).toBe('too-large');
    expect(streamed.message).toContain('the body exceeds imageUrlMaxBytes (1000)');
  });

  it('gives up at the deadline on a server that never answers', async () => {
    const error = await refusal(
      fetchImageUrl(
        `http://${local}:${servers.httpPort}/hang`,
        policy({ allowHttp: true, allowPrivateHosts: true, timeoutMs: 200 }),
      ),
    );
    expect(error.reason).toBe('timeout');
    expect(error.message).toContain('no answer within 200 ms');
  });

  const open = () => policy({ allowHttp: true, allowPrivateHosts: true });

  it('refuses a non-2xx answer, naming the status but not the query string', async () => {
    const missing = await refusal(
      fetchImageUrl(`http://${local}:${servers.httpPort}/nothing.png?X-Amz-Signature=SECRET123`, open()),
    );
    expect(missing.reason).toBe('http-status');
    expect(missing.message).toBe(
      `Image URL http://${local}:${servers.httpPort}/nothing.png: the server answered HTTP 404.`,
    );
  });

  it('refuses a URL with user info, without showing it', async () => {
    const withUser = await refusal(fetchImageUrl('https://user:hunter2@example.com/a.png', open()));
    expect(withUser.reason).toBe('credentials-in-url');
    expect(withUser.message).not.toContain('hunter2');
  });

  it('refuses protocols other than http(s)', async () => {
    const file = await refusal(fetchImageUrl('file:///etc/passwd', open()));
    expect(file.reason).toBe('protocol');
  });
});

describe('isPublicAddress', () => {
  const v4 = (a: number, b: number, c: number, d: number) => `${a}.${b}.${c}.${d}`;
  const octet = fc.integer({ min: 0, max: 255 });
  const NON_PUBLIC: Array<[number[], number]> = [
    [[0], 8],
    [[10], 8],
    [[100, 64], 10],
    [[127], 8],
    [[169, 254], 16],
    [[172, 16], 12],
    [[192, 168], 16],
    [[198, 18], 15],
    [[224], 4],
    [[240], 4],
  ];
  /** A random address inside prefix/bits. */
  const inside = ([prefix, bits]: [number[], number]) =>
    fc.tuple(octet, octet, octet, octet).map(random => {
      const bytes = random.map((byte, i) => {
        const fixedBits = Math.max(0, Math.min(8, bits - i * 8));
        const mask = (0xff << (8 - fixedBits)) & 0xff;
        return ((prefix[i] ?? 0) & mask) | (byte & ~mask & 0xff);
      });
      return v4(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
    });

  it('refuses every address of the non-public IPv4 ranges, and their IPv4-mapped IPv6 forms', () => {
    fc.assert(
      fc.property(fc.oneof(...NON_PUBLIC.map(inside)), address => {
        expect(isPublicAddress(address)).toBe(false);
        expect(isPublicAddress(`::ffff:${address}`)).toBe(false);
      }),
    );
  });

  it('accepts ordinary public addresses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), octet, octet, octet, (a, b, c, d) => {
        fc.pre(a !== 10 && a !== 0);
        expect(isPublicAddress(v4(a, b, c, d))).toBe(true);
      }),
    );
    expect(isPublicAddress('2606:4700:4700::1111')).toBe(true);
    expect(isPublicAddress('::ffff:8.8.8.8')).toBe(true);
  });

  it('refuses unique-local, link-local, multicast and documentation IPv6 addresses', () => {
    const group = fc.integer({ min: 0, max: 0xffff }).map(value => value.toString(16));
    fc.assert(
      fc.property(
        fc.constantFrom('fc', 'fd', 'fe8', 'fe9', 'fea', 'feb', 'ff0', 'ff1'),
        group,
        group,
        (prefix, g1, g2) => {
          const address = `${prefix}${'0'.repeat(4 - prefix.length)}:${g1}::${g2}`;
          expect({ address, public: isPublicAddress(address) }).toEqual({ address, public: false });
        },
      ),
    );
    for (const address of ['::', '::1', '2001:db8::1', '100::1', 'not-an-ip']) {
      expect({ address, public: isPublicAddress(address) }).toEqual({ address, public: false });
    }
  });
});
