import { InvalidArgumentError, type LanguageModelV1ProviderMetadata } from '@ai-sdk/provider';
import { z } from 'zod';
import type { BedrockWrapperCallOptions } from './bedrock-call-options';
import { PROVIDER_OPTIONS_KEY } from './provider-options-key';

const reasoningSchema = z
  .object({
    enabled: z.boolean().optional(),
    budgetTokens: z.number().int().min(1024).optional(),
    effort: z.enum(['low', 'medium', 'high']).optional(),
  })
  .strict();

/** `providerOptions.bedrockWrapper` of a call; strict, so a typo is an error rather than a silent no-op. */
const callOptionsSchema = z
  .object({
    api: z.enum(['invoke', 'converse']).optional(),
    reasoning: reasoningSchema.optional(),
    guardrailConfig: z
      .object({
        guardrailIdentifier: z.string(),
        guardrailVersion: z.string(),
        trace: z.enum(['enabled', 'disabled', 'enabled_full']).optional(),
        streamProcessingMode: z.enum(['sync', 'async']).optional(),
      })
      .strict()
      .optional(),
    performanceConfig: z
      .object({ latency: z.enum(['standard', 'optimized']) })
      .strict()
      .optional(),
    additionalModelRequestFields: z.record(z.unknown()).optional(),
    requestMetadata: z.record(z.string()).optional(),
  })
  .strict();

export function parseCallOptions(
  providerMetadata: LanguageModelV1ProviderMetadata | undefined,
): BedrockWrapperCallOptions {
  const raw = providerMetadata?.[PROVIDER_OPTIONS_KEY];
  if (raw === undefined) return {};
  const parsed = callOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InvalidArgumentError({
      argument: `providerOptions.${PROVIDER_OPTIONS_KEY}`,
      message: `Invalid providerOptions.${PROVIDER_OPTIONS_KEY}: ${parsed.error.issues.map(issue => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`,
      cause: parsed.error,
    });
  }
  return parsed.data as BedrockWrapperCallOptions;
}
