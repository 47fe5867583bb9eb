import { LoadAPIKeyError, LoadSettingError } from '@ai-sdk/provider';

/**
 * Configuration errors are not network errors: a missing region or missing credentials fail the call at once with an
 * AI SDK error that `ai` never retries (only an `APICallError` with `isRetryable` is), and that names what to set.
 */

export const MISSING_REGION =
  'Bedrock needs an AWS region: set the `region` setting of bedrockWrapperProvider, or the AWS_REGION environment ' +
  'variable (AWS_DEFAULT_REGION and the region of an AWS profile are read too).';

const CREDENTIAL_SOURCES =
  'Give one of: the `apiKey` setting or the AWS_BEARER_TOKEN_BEDROCK environment variable (a Bedrock API key); the ' +
  '`accessKeyId` and `secretAccessKey` settings, or a `credentialProvider`; or credentials the AWS default credential ' +
  'chain finds (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, SSO, web identity, a container or instance role).';

export function missingCredentials(detail: string): LoadAPIKeyError {
  return new LoadAPIKeyError({
    message: `No AWS credentials for Bedrock (${detail}). ${CREDENTIAL_SOURCES}`,
  });
}

export function failedCredentialProvider(error: unknown): LoadAPIKeyError {
  const detail = error instanceof Error ? error.message : String(error);
  return new LoadAPIKeyError({
    message: `The \`credentialProvider\` setting failed: ${detail}. Fix the provider, or give other credentials. ${CREDENTIAL_SOURCES}`,
  });
}

export function incompleteKeys(settings: {
  accessKeyId?: string;
  secretAccessKey?: string;
}): LoadSettingError | undefined {
  if (Boolean(settings.accessKeyId) === Boolean(settings.secretAccessKey)) return undefined;
  const [given, missing] = settings.accessKeyId
    ? ['accessKeyId', 'secretAccessKey']
    : ['secretAccessKey', 'accessKeyId'];
  return new LoadSettingError({
    message: `The \`${given}\` setting is set but \`${missing}\` is not: give both (they are used together), or neither to use AWS_BEARER_TOKEN_BEDROCK or the AWS default credential chain.`,
  });
}

/**
 * The AWS SDK's own configuration failures, as AI SDK errors: its credential and token providers' errors (the default
 * chain found nothing), the browser build's "Credential is missing", and an unresolved region. Anything else: undefined.
 */
export function configurationError(error: unknown): LoadAPIKeyError | LoadSettingError | undefined {
  if (LoadAPIKeyError.isInstance(error) || LoadSettingError.isInstance(error)) return error;
  const { name, message } = (error ?? {}) as { name?: string; message?: string };
  if (
    name === 'CredentialsProviderError' ||
    name === 'TokenProviderError' ||
    message === 'Credential is missing'
  )
    return missingCredentials(`AWS SDK: ${message}`);
  if (message === 'Region is missing') return new LoadSettingError({ message: MISSING_REGION });
  return undefined;
}
