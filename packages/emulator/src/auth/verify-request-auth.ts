import { timingSafeEqual } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type { BedrockError } from '../models/emulated-model';
import { NodeSha256, sha256Hex } from './node-sha256';

export interface AuthConfig {
  accessKeyId: string;
  secretAccessKey: string;
  apiKey: string;
  maxClockSkewMinutes: number;
}

export interface IncomingAuthRequest {
  method: string;
  /** The raw, still percent-encoded path, as the client signed it (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html). */
  rawPath: string;
  query: string;
  /** Lower-cased headers, pseudo-headers (`:authority`) included. */
  headers: Record<string, string>;
  body: Uint8Array;
}

const AWS_SIGNATURE_MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

const forbidden = (name: string, message: string): BedrockError => ({ name, status: 403, message });

/**
 * Checks SigV4 by signing the same request again with the emulator's own credentials, or a Bedrock API key
 * (`Authorization: Bearer`, https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-use.html). Returns the AWS error to answer with, or undefined.
 */
export async function verifyRequestAuth(
  request: IncomingAuthRequest,
  config: AuthConfig,
): Promise<BedrockError | undefined> {
  const authorization = request.headers.authorization;
  if (!authorization) {
    // AWS answers an unsigned request with MissingAuthenticationTokenException (403) — the generic
    // API Gateway / Coral front-end error for a request without Authorization.
    return forbidden('MissingAuthenticationTokenException', 'Missing Authentication Token');
  }
  if (/^Bearer /i.test(authorization)) {
    const token = authorization.slice(7).trim();
    const a = Buffer.from(token);
    const b = Buffer.from(config.apiKey);
    if (a.length === b.length && timingSafeEqual(a, b)) return undefined;
    // Bedrock answers an unknown API key as an unrecognised client (the key is the client's identity).
    return forbidden('UnrecognizedClientException', 'The security token included in the request is invalid.');
  }
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      authorization,
    );
  if (!match)
    return forbidden(
      'IncompleteSignatureException',
      'Authorization header requires a valid AWS4-HMAC-SHA256 signature.',
    );
  const [, accessKeyId, , region, service, signedHeaderList] = match as unknown as string[];
  if (accessKeyId !== config.accessKeyId) {
    return forbidden('UnrecognizedClientException', 'The security token included in the request is invalid.');
  }
  const amzDate = request.headers['x-amz-date'];
  const signingDate = amzDate ? parseAmzDate(amzDate) : undefined;
  if (!signingDate)
    return forbidden(
      'IncompleteSignatureException',
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    );
  const skewMs = config.maxClockSkewMinutes * 60_000;
  const now = Date.now();
  if (Math.abs(now - signingDate.getTime()) > skewMs) {
    // The wording AWS uses; the SDK recognises "Signature expired" as clock skew (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html).
    const limit = new Date(now - skewMs);
    return forbidden(
      'InvalidSignatureException',
      `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(limit)} (${formatAmzDate(new Date(now))} - ${config.maxClockSkewMinutes} min.)`,
    );
  }
  const contentSha = request.headers['x-amz-content-sha256'];
  if (
    contentSha !== undefined &&
    contentSha !== 'UNSIGNED-PAYLOAD' &&
    contentSha !== sha256Hex(request.body)
  ) {
    return forbidden(
      'InvalidSignatureException',
      'The provided x-amz-content-sha256 header does not match what was computed.',
    );
  }
  const signedHeaders: Record<string, string> = {};
  for (const name of (signedHeaderList ?? '').split(';')) {
    const value = request.headers[name];
    if (value === undefined) return forbidden('InvalidSignatureException', AWS_SIGNATURE_MISMATCH);
    signedHeaders[name] = value;
  }
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      sessionToken: request.headers['x-amz-security-token'],
    },
    region: region ?? 'us-east-1',
    service: service ?? 'bedrock',
    sha256: NodeSha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: 'http:',
      hostname: 'emulator',
      path: request.rawPath,
      query: parseQuery(request.query),
      headers: signedHeaders,
      body: request.body,
    },
    { signingDate },
  );
  const expected = String(signed.headers.authorization ?? signed.headers.Authorization ?? '');
  if (expected !== authorization) return forbidden('InvalidSignatureException', AWS_SIGNATURE_MISMATCH);
  return undefined;
}

function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}

function formatAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function parseQuery(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const existing = out[key];
    out[key] =
      existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
