import { bedrockWrapper, bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider/v4';
import { createProviderRegistry, customProvider, type LanguageModel } from 'ai';

// Type-level checks, run by `tsc --noEmit` (the package's typecheck): the provider satisfies ai@7's provider
// interface in a registry and in customProvider without a cast, and its models are ai@7 language models.
const registry = createProviderRegistry({
  bedrock: bedrockWrapper,
  custom: bedrockWrapperProvider({ region: 'eu-west-1' }),
});
export const fromRegistry: LanguageModel = registry.languageModel('bedrock:Claude-4-5-Sonnet');

export const custom = customProvider({
  languageModels: {
    fast: bedrockWrapper('Claude-4-5-Haiku'),
    smart: bedrockWrapper('Claude-4-5-Sonnet-Thinking'),
  },
  fallbackProvider: bedrockWrapper,
});
export const direct: LanguageModel = bedrockWrapper('Llama-3-3-70b', { api: 'converse' });
