/**
 * The key of this provider's options and metadata: `providerOptions.bedrockWrapper` in calls,
 * `providerMetadata.bedrockWrapper` in results (reasoning signatures, cache tokens, request ids).
 */
export const PROVIDER_OPTIONS_KEY = 'bedrockWrapper';
