import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';

export const TRANSPORTS = ['h2', 'http/1.1'] as const;
export type Transport = (typeof TRANSPORTS)[number];

/** The unmodified AWS SDK client, over its default HTTP/2 handler or over HTTP/1.1. */
export function sdkClient(
  url: string,
  transport: Transport,
  overrides: Record<string, unknown> = {},
): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    region: 'us-east-1',
    endpoint: url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
    ...(transport === 'http/1.1' ? { requestHandler: new NodeHttpHandler() } : {}),
    ...overrides,
  });
}

export const CLAUDE = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';

export function claudeBody(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    anthropic_version: 'bedrock-2023-05-31',
    max_tokens: 200,
    messages: [{ role: 'user', content: 'Hello emulator' }],
    ...extra,
  });
}
