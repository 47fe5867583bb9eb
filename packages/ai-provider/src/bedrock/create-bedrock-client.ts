import type { BedrockRuntimeClient, BedrockRuntimeClientConfig } from '@aws-sdk/client-bedrock-runtime';
import type { BedrockWrapperProviderSettings } from '../bedrock-wrapper-settings';

export type BedrockSdk = typeof import('@aws-sdk/client-bedrock-runtime');

/**
 * Loads the AWS SDK on first use (importing this package stays cheap) and builds the provider's one client.
 * Environment variables are read here, at the first call, never when the provider is created.
 */
export async function createBedrockClient(
  settings: BedrockWrapperProviderSettings,
): Promise<{ sdk: BedrockSdk; client: BedrockRuntimeClient }> {
  const sdk = await import('@aws-sdk/client-bedrock-runtime');
  if (settings.client) return { sdk, client: settings.client };
  const env = process.env;
  const config: BedrockRuntimeClientConfig = { maxAttempts: 1, ...settings.clientConfig };
  const region = settings.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (region) config.region = region;
  const endpoint = settings.endpoint ?? env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME;
  if (endpoint) config.endpoint = endpoint;
  const apiKey = settings.apiKey ?? env.AWS_BEARER_TOKEN_BEDROCK;
  if (apiKey) {
    // Bedrock API keys: the SDK's httpBearerAuth scheme with a token identity (bedrock-wire.md §3.3).
    (config as Record<string, unknown>).token = { token: apiKey };
    (config as Record<string, unknown>).authSchemePreference = ['httpBearerAuth'];
  } else if (settings.credentialProvider) {
    const provide = settings.credentialProvider;
    config.credentials = async () => provide();
    // Explicit credentials win over an AWS_BEARER_TOKEN_BEDROCK the SDK would otherwise pick up by itself.
    (config as Record<string, unknown>).authSchemePreference = ['sigv4'];
  } else if (settings.accessKeyId && settings.secretAccessKey) {
    (config as Record<string, unknown>).authSchemePreference = ['sigv4'];
    config.credentials = {
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
      ...(settings.sessionToken ? { sessionToken: settings.sessionToken } : {}),
    };
  }
  return { sdk, client: new sdk.BedrockRuntimeClient(config) };
}
