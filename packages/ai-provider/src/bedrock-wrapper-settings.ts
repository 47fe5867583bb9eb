import type { BedrockRuntimeClient, BedrockRuntimeClientConfig } from '@aws-sdk/client-bedrock-runtime';
import type { BedrockApi, ModelFamily, ProfileGeography } from './catalog/model-catalog-types';

/** Static or temporary AWS credentials. */
export interface BedrockWrapperCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

/**
 * Settings of `bedrockWrapperProvider(settings)`. Nothing is read until the first call.
 *
 * Credentials, first match wins (what is set in code always wins over the environment):
 * 1. `apiKey` (Bedrock API key, `Authorization: Bearer`);
 * 2. `credentialProvider` (SigV4);
 * 3. `accessKeyId` + `secretAccessKey` (+ `sessionToken`) (SigV4);
 * 4. the `AWS_BEARER_TOKEN_BEDROCK` environment variable (Bearer);
 * 5. the AWS default credential chain (SigV4): `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`, `AWS_PROFILE`, SSO, web
 *    identity, container and instance roles.
 * A ready `client` skips all of this. No credentials found, or no region, fails the call at once with a
 * `LoadAPIKeyError` / `LoadSettingError` that names the setting and environment variable to set (`ai` never retries
 * those); so does an `accessKeyId` without its `secretAccessKey` or the reverse.
 */
export interface BedrockWrapperProviderSettings {
  /**
   * AWS region of Bedrock.
   * @default the `AWS_REGION` env var, then `AWS_DEFAULT_REGION`, then the AWS SDK's own resolution (profile).
   * @example 'eu-central-1'
   */
  region?: string;
  /**
   * Access key id. With `secretAccessKey` (and `sessionToken` for temporary credentials) it replaces the AWS
   * default credential chain and wins over `AWS_BEARER_TOKEN_BEDROCK` (step 3 of the order above).
   * @default none: the AWS default credential chain (env `AWS_ACCESS_KEY_ID`…, profiles, SSO, web identity, container
   * and instance roles).
   */
  accessKeyId?: string;
  /** Secret access key, with `accessKeyId`. */
  secretAccessKey?: string;
  /** Session token of temporary credentials, with `accessKeyId`. */
  sessionToken?: string;
  /**
   * Supplies credentials on demand (refreshing, assumed roles). Takes precedence over the keys above and over
   * `AWS_BEARER_TOKEN_BEDROCK` (step 2 of the order above).
   * @example credentialProvider: fromIni({ profile: 'bedrock' })
   */
  credentialProvider?: () => PromiseLike<BedrockWrapperCredentials>;
  /**
   * Bedrock API key, sent as `Authorization: Bearer` instead of SigV4; wins over every other credential (step 1).
   * @default the `AWS_BEARER_TOKEN_BEDROCK` env var, but only when neither `credentialProvider` nor
   * `accessKeyId`/`secretAccessKey` is set (step 4 of the order above).
   */
  apiKey?: string;
  /**
   * Bedrock Runtime endpoint (a VPC endpoint, a proxy, the project's emulator).
   * @default the `AWS_ENDPOINT_URL_BEDROCK_RUNTIME` env var, else the regional AWS endpoint.
   * @example 'http://127.0.0.1:4010'
   */
  endpoint?: string;
  /**
   * Any other `BedrockRuntimeClientConfig` (request handler, retry strategy, logger…), merged under the settings above.
   *
   * Retries: by default the client makes ONE attempt (`maxAttempts: 1`) and errors carry `isRetryable`, so the AI SDK's
   * `maxRetries` (default 2) is the only retry loop and a throttled call reaches Bedrock at most 3 times, not 3×3.
   * Setting `maxAttempts` here makes the SDK retry too.
   *
   * Middleware: the client resolves its middleware stack once per command type (`cacheMiddleware: true`); set
   * `cacheMiddleware: false` here to have it resolved on every call.
   */
  clientConfig?: BedrockRuntimeClientConfig;
  /** A ready client; every setting above except `apiKey` is then ignored. */
  client?: BedrockRuntimeClient;
  /**
   * Default API: the model family's own body on InvokeModel, or Converse.
   * @default 'invoke' (Converse-only models always use Converse)
   */
  api?: BedrockApi;
  /**
   * Cross-region inference profile for models that need one: `auto` picks the geography from the region
   * (us-/ca- -> `us.`, eu- -> `eu.`, ap- -> `apac.`), a geography forces it, `none` sends the bare model id.
   * @default 'auto'
   */
  inferenceProfile?: 'auto' | ProfileGeography | 'none';
  /**
   * Abort a call whose response has not started after this long (milliseconds); for a non-streaming call, whose
   * response is not complete after this long. Either ends in a retryable 408 `APICallError` (`RequestTimeout`).
   * @default 120000
   */
  requestTimeoutMs?: number;
  /**
   * End a stream that sends nothing for this long (milliseconds) with an error part.
   * @default 60000
   */
  streamStallTimeoutMs?: number;
}

/** Settings of one model, `provider(name, settings)`; they override the provider's. */
export interface BedrockWrapperModelSettings {
  /** API for this model (see the provider setting). */
  api?: BedrockApi;
  /** Cross-region inference profile for this model (see the provider setting). */
  inferenceProfile?: 'auto' | ProfileGeography | 'none';
  /** Family of an application-inference-profile ARN, which does not name its model. */
  family?: ModelFamily;
  /** Reasoning defaults of this model; `-Thinking` names turn it on. */
  reasoning?: { enabled?: boolean; budgetTokens?: number; effort?: 'low' | 'medium' | 'high' };
}
