import { expectTypeOf } from 'vitest';
import type { BedrockWrapperFriendlyName, BedrockWrapperModelName } from './model-catalog';

// Type-level: checked by `tsc --noEmit` (the package's typecheck), never run.

// Friendly names are literal members, so editors complete them: Claude rows (built by a helper) as well as the others.
expectTypeOf<'Nova-Pro'>().toExtend<BedrockWrapperFriendlyName>();
expectTypeOf<'Claude-4-5-Sonnet'>().toExtend<BedrockWrapperFriendlyName>();
expectTypeOf<'Claude-Opus-5-5'>().toExtend<BedrockWrapperFriendlyName>();
// -Thinking variants exist only for models that have one.
expectTypeOf<'Claude-4-5-Sonnet-Thinking'>().toExtend<BedrockWrapperFriendlyName>();
expectTypeOf<'GPT-OSS-120B-Thinking'>().toExtend<BedrockWrapperFriendlyName>();
expectTypeOf<'Nova-Pro-Thinking'>().not.toExtend<BedrockWrapperFriendlyName>();
expectTypeOf<'No-Such-Model'>().not.toExtend<BedrockWrapperFriendlyName>();
// The friendly names are a real list, not `string`.
expectTypeOf<string>().not.toExtend<BedrockWrapperFriendlyName>();

// Raw Bedrock ids and inference-profile ids are still accepted by the name type the provider takes.
expectTypeOf<'us.anthropic.claude-sonnet-4-6'>().toExtend<BedrockWrapperModelName>();
expectTypeOf<'mistral.magistral-small-2509'>().toExtend<BedrockWrapperModelName>();
