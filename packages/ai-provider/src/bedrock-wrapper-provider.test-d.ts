import type { LanguageModelV1, ProviderV1 } from '@ai-sdk/provider';
import { expectTypeOf } from 'vitest';
import {
  type BedrockWrapperModelSettings,
  type BedrockWrapperProvider,
  bedrockWrapper,
  bedrockWrapperProvider,
  type ModelFamily,
} from './index';

// Type-level: checked by `tsc --noEmit` (the package's typecheck), never run.

// The root export is a V1 provider for ai@4: a callable that returns LanguageModelV1.
expectTypeOf(bedrockWrapper).toEqualTypeOf<BedrockWrapperProvider>();
expectTypeOf<BedrockWrapperProvider>().toExtend<ProviderV1>();
expectTypeOf(bedrockWrapper('Claude-4-5-Sonnet')).toEqualTypeOf<LanguageModelV1>();
expectTypeOf(bedrockWrapper.languageModel('Nova-Pro')).toEqualTypeOf<LanguageModelV1>();
expectTypeOf(bedrockWrapperProvider).parameter(0).toExtend<object | undefined>();

// Any raw id is accepted as well as the friendly names.
expectTypeOf(bedrockWrapper).toBeCallableWith('us.anthropic.claude-sonnet-4-6');

// Model settings: the API and the profile are closed sets; an application profile ARN names its family.
expectTypeOf<BedrockWrapperModelSettings['api']>().toEqualTypeOf<'invoke' | 'converse' | undefined>();
expectTypeOf<{ api: 'responses' }>().not.toExtend<BedrockWrapperModelSettings>();
expectTypeOf<'jamba'>().toExtend<ModelFamily>();
expectTypeOf<'titan'>().not.toExtend<ModelFamily>();
expectTypeOf<{ family: 'jamba' }>().toExtend<BedrockWrapperModelSettings>();
