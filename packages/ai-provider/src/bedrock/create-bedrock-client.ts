import { LoadSettingError } from '@ai-sdk/provider';
import type { BedrockRuntimeClient, BedrockRuntimeClientConfig } from '@aws-sdk/client-bedrock-runtime';
import type { BedrockWrapperProviderSettings } from '../bedrock-wrapper-settings';
import { installCallHooks } from './call-hooks';
import { failedCredentialProvider, incompleteKeys, MISSING_REGION } from './configuration-errors';
import { runtimeEnv } from './runtime-env';

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
  const env = runtimeEnv();
  // cacheMiddleware: the SDK resolves its middleware stack once per command class instead of on every call
  // (call-hooks.ts, `installCallHooks`); a caller's clientConfig may turn it off.
  const config: BedrockRuntimeClientConfig = {
    maxAttempts: 1,
    cacheMiddleware: true,
    ...settings.clientConfig,
  };
  const region = settings.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (region) config.region = region;
  const endpoint = settings.endpoint ?? env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME;
  if (endpoint) config.endpoint = endpoint;
  // The credential order of the settings' JSDoc: apiKey > credentialProvider > accessKeyId/secretAccessKey >
  // AWS_BEARER_TOKEN_BEDROCK > the AWS default credential chain. What the caller set in code always wins over the
  // environment.
  const auth = config as Record<string, unknown>;
  const incomplete = incompleteKeys(settings);
  if (incomplete) throw incomplete;
  if (settings.apiKey) useBearer(auth, settings.apiKey);
  else if (settings.credentialProvider) {
    const provide = settings.credentialProvider;
    config.credentials = async () => {
      try {
        return await provide();
      } catch (error) {
        throw failedCredentialProvider(error);
      }
    };
    // SigV4 chosen explicitly: the SDK would otherwise prefer an AWS_BEARER_TOKEN_BEDROCK it finds by itself.
    auth.authSchemePreference = ['sigv4'];
  } else if (settings.accessKeyId && settings.secretAccessKey) {
    auth.authSchemePreference = ['sigv4'];
    config.credentials = {
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
      ...(settings.sessionToken ? { sessionToken: settings.sessionToken } : {}),
    };
  } else if (env.AWS_BEARER_TOKEN_BEDROCK) useBearer(auth, env.AWS_BEARER_TOKEN_BEDROCK);
  const ownClient = (clientConfig: BedrockRuntimeClientConfig) => {
    const client = new sdk.BedrockRuntimeClient(clientConfig);
    if (!settings.clientConfig?.requestHandler) reuseHttp2Sessions(client);
    installCallHooks(client);
    return client;
  };
  const client = ownClient(config);
  await assertRegion(client);
  const keys = client.config.runtime === 'node' ? undefined : envCredentialsUnlessConfigured(config, env);
  if (!keys) return { sdk, client };
  client.destroy();
  return { sdk, client: ownClient({ ...config, credentials: keys }) };
}

/**
 * The Bedrock Runtime client's Node build opens one HTTP/2 session per request and closes it after the answer
 * (`disableConcurrentStreams: true` in its runtimeConfig), so every call pays a new connection; AWS kept that as a
 * workaround for an HTTP/2 pooling bug since fixed in @smithy/node-http-handler 4.6.0
 * (https://github.com/aws/aws-sdk-js-v3/issues/8279, https://github.com/aws/aws-sdk-js-v3/issues/7936,
 * https://github.com/aws/aws-sdk-js-v3/pull/7962). Pooled sessions are reused across calls; event-stream operations
 * still get sessions of their own from the handler, and an idle pooled session does not keep the process alive
 * (the handler unrefs it). Only the SDK's own HTTP/2 handler is changed: a caller's `requestHandler` is left as given,
 * and other runtimes (fetch) have no such setting.
 */
function reuseHttp2Sessions(client: BedrockRuntimeClient): void {
  const handler = client.config.requestHandler as {
    metadata?: { handlerProtocol?: string };
    updateHttpClientConfig?: (key: string, value: unknown) => void;
  };
  if (handler.metadata?.handlerProtocol === 'h2')
    handler.updateHttpClientConfig?.('disableConcurrentStreams', false);
}

/**
 * Resolves the client's region once, before any call: a region found nowhere (settings, environment, profile) is a
 * configuration error, not a network error to retry.
 */
async function assertRegion(client: BedrockRuntimeClient): Promise<void> {
  try {
    await client.config.region();
  } catch {
    client.destroy();
    throw new LoadSettingError({ message: MISSING_REGION });
  }
}

/**
 * Bedrock API keys: `Authorization: Bearer` (https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-use.html),
 * the SDK's httpBearerAuth scheme with a token identity.
 */
function useBearer(config: Record<string, unknown>, apiKey: string): void {
  config.token = { token: apiKey };
  config.authSchemePreference = ['httpBearerAuth'];
}

/**
 * Where a bundler picked the SDK's browser build (edge runtimes, workers: `runtime` is not "node"), the SDK reads no
 * environment variable and fails with "Credential is missing" (`credentialDefaultProvider` in
 * https://github.com/aws/aws-sdk-js-v3/blob/main/clients/client-bedrock-runtime/src/runtimeConfig.browser.ts). The
 * environment's keys are then given to it, as the Node default chain finds them (environment variables first:
 * https://docs.aws.amazon.com/sdk-for-javascript/latest/developer-guide/setting-credentials-node.html), unless the
 * client has credentials or a bearer key already.
 */
function envCredentialsUnlessConfigured(
  config: BedrockRuntimeClientConfig,
  env: Readonly<Record<string, string | undefined>>,
) {
  if (config.credentials || 'token' in config) return undefined;
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = env;
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = env.AWS_SESSION_TOKEN;
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
