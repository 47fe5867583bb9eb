import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod';
import { PROVIDER_OPTIONS_KEY } from '../provider-options-key';

/*
 * `providerOptions.bedrockWrapper` of a call (`providerMetadata.bedrockWrapper` in LanguageModelV1). Strict, so a typo
 * is an error rather than a silent no-op. Written with the API that zod 3 and zod 4 share (two-argument `z.record`).
 */
const callOptionsSchema = z
  .object({
    /** Send this call through InvokeModel or Converse. */
    api: z.enum(['invoke', 'converse']).optional(),
    /** Turn reasoning on or off and size it. `-Thinking` names turn it on by default. */
    reasoning: z
      .object({
        enabled: z.boolean().optional(),
        budgetTokens: z.number().int().min(1024).optional(),
        effort: z.enum(['low', 'medium', 'high']).optional(),
      })
      .strict()
      .optional(),
    /** Converse `guardrailConfig`, or the InvokeModel guardrail inputs (`guardrailIdentifier`, `guardrailVersion`, `trace`). */
    guardrailConfig: z
      .object({
        guardrailIdentifier: z.string(),
        guardrailVersion: z.string(),
        trace: z.enum(['enabled', 'disabled', 'enabled_full']).optional(),
        streamProcessingMode: z.enum(['sync', 'async']).optional(),
      })
      .strict()
      .optional(),
    /** Converse `performanceConfig` / InvokeModel `performanceConfigLatency`. */
    performanceConfig: z
      .object({ latency: z.enum(['standard', 'optimized']) })
      .strict()
      .optional(),
    /** Converse `additionalModelRequestFields`, or keys merged into an InvokeModel body. */
    additionalModelRequestFields: z.record(z.string(), z.unknown()).optional(),
    /**
     * Message text holding a special token of a prompt template (Llama, Mistral text completion, DeepSeek-R1 on
     * InvokeModel): `neutralize` (default) breaks the token with a zero-width space and warns; `refuse` fails the call
     * with an `InvalidPromptError`.
     */
    specialTokens: z.enum(['neutralize', 'refuse']).optional(),
    /** Converse `requestMetadata` (InvokeModel has no such input: a warning there). */
    requestMetadata: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/**
 * Per-call options under `providerOptions.bedrockWrapper`. Model-level settings with the same names are their defaults.
 * Written out rather than exported as `z.infer`, so that the published `.d.ts` names no zod type (a consumer on zod 4
 * would otherwise type-check against zod 3's declarations); a compile-time check in the source keeps the two equal.
 */
export interface BedrockWrapperCallOptions {
  /** Send this call through InvokeModel or Converse. */
  api?: 'invoke' | 'converse';
  /** Turn reasoning on or off and size it. `-Thinking` names turn it on by default. */
  reasoning?: { enabled?: boolean; budgetTokens?: number; effort?: 'low' | 'medium' | 'high' };
  /** Converse `guardrailConfig`, or the InvokeModel guardrail inputs (`guardrailIdentifier`, `guardrailVersion`, `trace`). */
  guardrailConfig?: {
    guardrailIdentifier: string;
    guardrailVersion: string;
    trace?: 'enabled' | 'disabled' | 'enabled_full';
    streamProcessingMode?: 'sync' | 'async';
  };
  /** Converse `performanceConfig` / InvokeModel `performanceConfigLatency`. */
  performanceConfig?: { latency: 'standard' | 'optimized' };
  /** Converse `additionalModelRequestFields`, or keys merged into an InvokeModel body. */
  additionalModelRequestFields?: Record<string, unknown>;
  /** Special tokens of a prompt template in message text: `neutralize` (default, with a warning) or `refuse`. */
  specialTokens?: 'neutralize' | 'refuse';
  /** Converse `requestMetadata` (InvokeModel has no such input: a warning there). */
  requestMetadata?: Record<string, string>;
}

type Parsed = z.infer<typeof callOptionsSchema>;
/** Compiles only while the written type and the schema's type accept exactly the same values. */
type SameAsSchema = [Parsed, BedrockWrapperCallOptions] extends [BedrockWrapperCallOptions, Parsed]
  ? true
  : never;
const sameAsSchema: SameAsSchema = true;
void sameAsSchema;

/** Validates the caller's `providerOptions.bedrockWrapper` (the value under the key, `undefined` when absent). */
export function parseCallOptions(raw: unknown): BedrockWrapperCallOptions {
  if (raw === undefined) return {};
  const parsed = callOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InvalidArgumentError({
      argument: `providerOptions.${PROVIDER_OPTIONS_KEY}`,
      message: `Invalid providerOptions.${PROVIDER_OPTIONS_KEY}: ${parsed.error.issues.map(issue => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`,
      cause: parsed.error,
    });
  }
  return parsed.data;
}
