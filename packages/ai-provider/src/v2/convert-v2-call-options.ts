import type {
  JSONValue,
  LanguageModelV1,
  LanguageModelV1CallOptions,
  LanguageModelV1FunctionTool,
  LanguageModelV1ProviderDefinedTool,
  LanguageModelV1ProviderMetadata,
} from '@ai-sdk/provider';
import type { LanguageModelV2CallOptions, LanguageModelV2CallWarning } from '@ai-sdk/provider-v2';
import { PROVIDER_OPTIONS_KEY } from '../provider-options-key';
import { convertV2Prompt } from './convert-v2-prompt';
import { injectJsonInstruction } from './inject-json-instruction';

/** How the V1 result must be read back for the V2 caller. */
export interface V2CallPlan {
  readonly v1Options: LanguageModelV1CallOptions;
  /**
   * `json-tool`: the object was produced as the arguments of a forced tool; the V2 result must
   * carry them as text (V2 object generation reads text, ai-sdk-contracts.md §2.2).
   */
  readonly output: 'regular' | 'json-tool';
  readonly jsonToolName?: string;
  readonly warnings: LanguageModelV2CallWarning[];
}

/** Tool name used when a V2 JSON response is produced through a forced tool. */
const DEFAULT_JSON_TOOL_NAME = 'json';

/**
 * LanguageModelV2 call options -> LanguageModelV1 call options for the shared implementation.
 *
 * JSON output is the one real difference: ai@5+ asks for it with `responseFormat: {type:'json'}` and, unlike ai@4,
 * does not put the schema into the prompt. Models that can be forced to call a tool produce the object as a forced
 * tool's arguments (exact schema, nothing to parse out of prose); the others get the schema and an instruction in
 * the system prompt, which is what ai@4 did for them.
 */
export function convertV2CallOptions(
  options: LanguageModelV2CallOptions,
  model: LanguageModelV1,
): V2CallPlan {
  const warnings: LanguageModelV2CallWarning[] = [];
  let prompt = convertV2Prompt(options.prompt);
  const tools = (options.tools ?? []).map(
    (tool): LanguageModelV1FunctionTool | LanguageModelV1ProviderDefinedTool =>
      tool.type === 'function'
        ? { type: 'function', name: tool.name, description: tool.description, parameters: tool.inputSchema }
        : tool,
  );
  if (options.includeRawChunks) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'includeRawChunks',
      details: 'Raw chunks are not exposed.',
    });
  }
  const providerMetadata = withTopLevelReasoning(
    options.providerOptions as LanguageModelV1ProviderMetadata | undefined,
    (options as { reasoning?: unknown }).reasoning,
  );
  const common = {
    inputFormat: 'messages' as const,
    maxTokens: options.maxOutputTokens,
    temperature: options.temperature,
    stopSequences: options.stopSequences,
    topP: options.topP,
    topK: options.topK,
    presencePenalty: options.presencePenalty,
    frequencyPenalty: options.frequencyPenalty,
    seed: options.seed,
    abortSignal: options.abortSignal,
    headers: options.headers,
    providerMetadata,
  };

  const format = options.responseFormat;
  if (format?.type === 'json' && tools.length === 0 && model.defaultObjectGenerationMode === 'tool') {
    const name = format.name ?? DEFAULT_JSON_TOOL_NAME;
    return {
      v1Options: {
        ...common,
        prompt,
        mode: {
          type: 'object-tool',
          tool: {
            type: 'function',
            name,
            description: format.description ?? 'Respond with a JSON object.',
            parameters: format.schema ?? { type: 'object' },
          },
        },
      },
      output: 'json-tool',
      jsonToolName: name,
      warnings,
    };
  }
  if (format?.type === 'json') {
    prompt = injectJsonInstruction(prompt, format.schema);
    if (tools.length === 0) {
      return {
        v1Options: {
          ...common,
          prompt,
          mode: {
            type: 'object-json',
            schema: format.schema,
            name: format.name,
            description: format.description,
          },
        },
        output: 'regular',
        warnings,
      };
    }
  }
  return {
    v1Options: {
      ...common,
      prompt,
      mode: {
        type: 'regular',
        tools: tools.length > 0 ? tools : undefined,
        toolChoice: tools.length > 0 ? options.toolChoice : undefined,
      },
    },
    output: 'regular',
    warnings,
  };
}

/**
 * ai@7 passes its top-level `reasoning` option (LanguageModelV4, ai-sdk-contracts.md §2.4) through to V2 models
 * untyped. It maps onto this provider's own reasoning option unless that is set explicitly.
 */
function withTopLevelReasoning(
  metadata: LanguageModelV1ProviderMetadata | undefined,
  reasoning: unknown,
): LanguageModelV1ProviderMetadata | undefined {
  if (typeof reasoning !== 'string' || reasoning === 'provider-default') return metadata;
  const own = (metadata?.[PROVIDER_OPTIONS_KEY] ?? {}) as Record<string, unknown>;
  if (own.reasoning !== undefined) return metadata;
  const mapped: Record<string, JSONValue> =
    reasoning === 'none'
      ? { enabled: false }
      : {
          enabled: true,
          effort:
            reasoning === 'minimal' || reasoning === 'low'
              ? 'low'
              : reasoning === 'medium'
                ? 'medium'
                : 'high',
        };
  return {
    ...metadata,
    [PROVIDER_OPTIONS_KEY]: { ...(own as Record<string, JSONValue>), reasoning: mapped },
  };
}
