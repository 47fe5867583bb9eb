import { bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider';
import { currentBackend } from './bedrock-backend';

type Provider = ReturnType<typeof bedrockWrapperProvider>;

// One provider (so one AWS client, reused across requests) per backend for the life of the server.
const providers = new Map<string, Provider>();

export function getProvider(): Provider {
  const backend = currentBackend();
  const key = backend.kind === 'aws' ? `aws:${backend.region}` : `emulator:${backend.url}`;
  let provider = providers.get(key);
  if (!provider) {
    provider =
      backend.kind === 'aws'
        ? // Real Bedrock: no credentials given, so the AWS SDK's default chain (or AWS_BEARER_TOKEN_BEDROCK) is used.
          bedrockWrapperProvider({ region: backend.region })
        : // The emulator accepts its default test credentials.
          bedrockWrapperProvider({
            region: 'us-east-1',
            endpoint: backend.url,
            accessKeyId: 'test',
            secretAccessKey: 'test',
          });
    providers.set(key, provider);
  }
  return provider;
}
