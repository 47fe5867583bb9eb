import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { ImageUrlError, type ImageUrlRefusal } from './image-url-error';
import { isPublicAddress } from './public-address';

/** How image URLs are fetched; every field has a bedrockWrapper option (see the package README). */
export interface ImageUrlPolicy {
  /** Also fetch `http:` URLs (default: `https:` only). */
  readonly allowHttp: boolean;
  /** Fetch from private, loopback and link-local addresses too. For tests against a local server only. */
  readonly allowPrivateHosts: boolean;
  /** Largest image accepted, in bytes. */
  readonly maxBytes: number;
  /** Deadline of the whole download (DNS, connections, redirects, body), in milliseconds. */
  readonly timeoutMs: number;
  /** Redirects followed; each target is checked like the first URL. */
  readonly maxRedirects: number;
}

export const DEFAULT_IMAGE_URL_POLICY: ImageUrlPolicy = {
  allowHttp: false,
  allowPrivateHosts: false,
  // The largest image any catalog model takes (20 MB); each model's own limit is checked by the provider.
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 10_000,
  maxRedirects: 3,
};

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** What the fetch needs from the system; tests replace these to exercise redirects and DNS answers. */
export interface ImageUrlDeps {
  resolve: (hostname: string) => Promise<ResolvedAddress[]>;
  isPublicAddress: (address: string) => boolean;
}

const SYSTEM_DEPS: ImageUrlDeps = {
  resolve: hostname => lookup(hostname, { all: true, verbatim: true }),
  isPublicAddress,
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** An image URL without user info, query or fragment: safe for errors and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return '(not a URL)';
  }
}

/**
 * Downloads an image URL for a migrating caller, safely: only `https:` (and `http:` when allowed); every host name is
 * resolved once and ALL its addresses must be public, then the connection is pinned to the checked address (so a DNS
 * answer that changes between the check and the connection cannot redirect it); each redirect is checked the same way;
 * the body is capped at `maxBytes` and the whole download at `timeoutMs`.
 */
export async function fetchImageUrl(
  rawUrl: string,
  policy: ImageUrlPolicy,
  deps: ImageUrlDeps = SYSTEM_DEPS,
): Promise<{ bytes: Uint8Array; mimeType?: string }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), policy.timeoutMs);
  timer.unref?.();
  let current = redactUrl(rawUrl);
  const fail = (reason: ImageUrlRefusal, message: string, cause?: unknown): never => {
    throw new ImageUrlError({ reason, url: current, message: `Image URL ${current}: ${message}`, cause });
  };
  try {
    let url = parseUrl(rawUrl, fail);
    for (let redirects = 0; ; redirects++) {
      current = redactUrl(url.href);
      checkUrl(url, policy, fail);
      const target = await withDeadline(pickAddress(url, policy, deps, fail), abort.signal, () =>
        fail('timeout', `no answer within ${policy.timeoutMs} ms.`),
      );
      const response = await get(url, target, abort.signal).catch(error =>
        abort.signal.aborted
          ? fail('timeout', `no answer within ${policy.timeoutMs} ms.`)
          : fail('network', `the connection failed (${(error as Error).message}).`, error),
      );
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        response.destroy();
        const location = response.headers.location;
        if (!location) fail('redirect', `redirect ${status} without a Location header.`);
        if (redirects >= policy.maxRedirects)
          fail('redirect', `more than ${policy.maxRedirects} redirects (imageUrlMaxRedirects).`);
        url = parseUrl(new URL(location!, url).href, fail);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        fail('http-status', `the server answered HTTP ${status}.`);
      }
      const bytes = await readBody(response, policy, abort.signal, fail);
      const type = response.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
      return { bytes, ...(type?.startsWith('image/') ? { mimeType: type } : {}) };
    }
  } finally {
    clearTimeout(timer);
  }
}

type Fail = (reason: ImageUrlRefusal, message: string, cause?: unknown) => never;

function parseUrl(text: string, fail: Fail): URL {
  try {
    return new URL(text);
  } catch (error) {
    return fail('protocol', 'not a valid URL.', error);
  }
}

function checkUrl(url: URL, policy: ImageUrlPolicy, fail: Fail): void {
  const allowed = policy.allowHttp ? ['https:', 'http:'] : ['https:'];
  if (!allowed.includes(url.protocol)) {
    fail(
      'protocol',
      `only ${allowed.join(' and ')} image URLs are fetched${policy.allowHttp ? '' : ' (set allowHttpImageUrls: true to allow http:)'}; got ${url.protocol}`,
    );
  }
  if (url.username || url.password)
    fail('credentials-in-url', 'URLs with a user name or password are refused.');
}

/** The address to connect to: the IP literal itself, or the first of the host's addresses when all are public. */
async function pickAddress(
  url: URL,
  policy: ImageUrlPolicy,
  deps: ImageUrlDeps,
  fail: Fail,
): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host);
  let addresses: ResolvedAddress[];
  if (literal) addresses = [{ address: host, family: literal }];
  else {
    try {
      addresses = await deps.resolve(host);
    } catch (error) {
      return fail('dns', `the host name ${host} does not resolve.`, error);
    }
    if (addresses.length === 0) fail('dns', `the host name ${host} does not resolve.`);
  }
  if (!policy.allowPrivateHosts) {
    const refused = addresses.find(({ address }) => !deps.isPublicAddress(address));
    if (refused) {
      fail(
        'non-public-address',
        `${literal ? 'the host' : `${host} resolves to`} ${refused.address}, which is not a public address (private, loopback, link-local or reserved); such image URLs are refused.`,
      );
    }
  }
  return addresses[0]!;
}

function get(url: URL, target: ResolvedAddress, signal: AbortSignal): Promise<http.IncomingMessage> {
  // Node asks this instead of DNS: the connection goes to the address that was checked, whatever DNS says now.
  // TLS still verifies the certificate against the URL's host name.
  const pinned = ((_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as LookupFunction;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, {
      lookup: pinned,
      signal,
      // A fresh connection per download: no pooled socket from an earlier check is reused.
      agent: false,
      headers: { accept: 'image/*' },
    });
    request.once('response', resolve);
    request.once('error', reject);
  });
}

async function readBody(
  response: http.IncomingMessage,
  policy: ImageUrlPolicy,
  signal: AbortSignal,
  fail: Fail,
): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > policy.maxBytes) {
    response.destroy();
    fail('too-large', `${declared} bytes exceed imageUrlMaxBytes (${policy.maxBytes}).`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > policy.maxBytes) {
        response.destroy();
        fail('too-large', `the body exceeds imageUrlMaxBytes (${policy.maxBytes}).`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (ImageUrlError.isInstance(error)) throw error;
    if (signal.aborted) fail('timeout', `no complete answer within ${policy.timeoutMs} ms.`);
    fail('network', `the download failed (${(error as Error).message}).`, error);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** DNS lookups cannot be aborted: race them against the deadline. */
function withDeadline<T>(promise: Promise<T>, signal: AbortSignal, onTimeout: () => never): Promise<T> {
  if (signal.aborted) onTimeout();
  return new Promise<T>((resolve, reject) => {
    const stop = () => {
      try {
        onTimeout();
      } catch (error) {
        reject(error);
      }
    };
    signal.addEventListener('abort', stop, { once: true });
    promise.then(
      value => {
        signal.removeEventListener('abort', stop);
        resolve(value);
      },
      error => {
        signal.removeEventListener('abort', stop);
        reject(error);
      },
    );
  });
}
