import { AISDKError } from '@ai-sdk/provider';

const NAME = 'BedrockWrapperImageUrlError';
const MARKER = `vercel.ai.error.${NAME}`;
const SYMBOL = Symbol.for(MARKER);

/** Why an image URL was not used. */
export type ImageUrlRefusal =
  /** Not `https:` (nor `http:` with `allowHttpImageUrls`). */
  | 'protocol'
  /** The URL carries a user name or password. */
  | 'credentials-in-url'
  /** The host is, or resolves to, a private, loopback, link-local or otherwise non-public address. */
  | 'non-public-address'
  /** The host name does not resolve. */
  | 'dns'
  /** More redirects than `imageUrlMaxRedirects`, or a redirect without a usable `Location`. */
  | 'redirect'
  /** The server answered with a status other than 2xx. */
  | 'http-status'
  /** The image is larger than `imageUrlMaxBytes`. */
  | 'too-large'
  /** The whole download (DNS, connection, redirects, body) took longer than `imageUrlTimeoutMs`. */
  | 'timeout'
  /** The connection failed (refused, reset, TLS error). */
  | 'network';

/**
 * An `image_url` that was refused or could not be downloaded. Thrown before anything is sent to Bedrock. `url` is the
 * URL without its query, fragment and user info (they may hold signatures or tokens).
 */
export class ImageUrlError extends AISDKError {
  readonly reason: ImageUrlRefusal;
  readonly url: string;

  constructor(options: { reason: ImageUrlRefusal; url: string; message: string; cause?: unknown }) {
    super({ name: NAME, message: options.message, cause: options.cause });
    // The marker AISDKError.hasMarker looks for, so isInstance works across copies of this package.
    Object.defineProperty(this, SYMBOL, { value: true });
    this.reason = options.reason;
    this.url = options.url;
  }

  static override isInstance(error: unknown): error is ImageUrlError {
    return AISDKError.hasMarker(error, MARKER);
  }
}
