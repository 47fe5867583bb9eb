import type { LanguageModelV2CallOptions } from '@ai-sdk/provider-v2';
import type { LanguageModelV3CallOptions } from '@ai-sdk/provider-v3';
import type { LanguageModelV4CallOptions } from '@ai-sdk/provider-v4';
import type { CoreCallRequest, CoreFunctionTool } from '../core/core-call';
import { PROVIDER_OPTIONS_KEY } from '../provider-options-key';
import { convertEdgePrompt } from './convert-edge-prompt';
import { injectJsonInstruction } from './inject-json-instruction';

export type EdgeCallOptions =
  | LanguageModelV2CallOptions
  | LanguageModelV3CallOptions
  | LanguageModelV4CallOptions;

/** A notice the edge itself raises, before the core's warnings; each specification words it its own way. */
export type EdgeNotice =
  | { readonly type: 'unsupported-setting'; readonly setting: string; readonly details: string }
  | {
      readonly type: 'unsupported-tool';
      readonly tool: EdgeCallOptions['tools'] extends (infer T)[] | undefined ? T : never;
      readonly details: string;
    };

/** How the core's answer is read back for the caller. */
export interface EdgeCallPlan {
  readonly request: CoreCallRequest;
  /**
   * `json-tool`: the object was produced as the arguments of a forced tool; the caller reads it as text
   * (V2+ object generation reads text).
   */
  readonly output: 'regular' | 'json-tool';
  readonly jsonToolName?: string;
  readonly notices: EdgeNotice[];
}

/** Tool name used when a JSON response is produced through a forced tool. */
const DEFAULT_JSON_TOOL_NAME = 'json';

/**
 * V2, V3 or V4 call options -> the core's call. JSON output is the one real difference from V1: ai@5+ asks for it with
 * `responseFormat: {type:'json'}` and, unlike ai@4, does not put the schema into the prompt. Models that can be forced
 * to call a tool produce the object as a forced tool's arguments (exact schema); the others get the schema and an
 * instruction in the system prompt, which is what ai@4 did for them.
 */
export function convertEdgeCall(options: EdgeCallOptions, jsonByTool: boolean): EdgeCallPlan {
  const notices: EdgeNotice[] = [];
  let prompt = convertEdgePrompt(options.prompt);
  const tools: CoreFunctionTool[] = [];
  for (const tool of options.tools ?? []) {
    if (tool.type === 'function')
      tools.push({ name: tool.name, description: tool.description, parameters: tool.inputSchema });
    else
      notices.push({
        type: 'unsupported-tool',
        tool,
        details: 'Provider-defined tools are not supported on Bedrock.',
      });
  }
  if (options.includeRawChunks) {
    notices.push({
      type: 'unsupported-setting',
      setting: 'includeRawChunks',
      details: 'Raw chunks are not exposed.',
    });
  }
  const common = {
    maxOutputTokens: options.maxOutputTokens,
    temperature: options.temperature,
    stopSequences: options.stopSequences,
    topP: options.topP,
    topK: options.topK,
    presencePenalty: options.presencePenalty,
    frequencyPenalty: options.frequencyPenalty,
    seed: options.seed,
    abortSignal: options.abortSignal,
    headers: options.headers,
    providerOptions: withTopLevelReasoning(
      options.providerOptions?.[PROVIDER_OPTIONS_KEY],
      (options as { reasoning?: unknown }).reasoning,
    ),
  };

  const format = options.responseFormat;
  if (format?.type === 'json' && tools.length === 0 && jsonByTool) {
    const name = format.name ?? DEFAULT_JSON_TOOL_NAME;
    return {
      request: {
        ...common,
        prompt,
        tools: [
          {
            name,
            description: format.description ?? 'Respond with a JSON object.',
            parameters: format.schema ?? { type: 'object' },
          },
        ],
        toolChoice: { type: 'tool', toolName: name },
        objectMode: { type: 'tool' },
      },
      output: 'json-tool',
      jsonToolName: name,
      notices,
    };
  }
  if (format?.type === 'json') {
    prompt = injectJsonInstruction(prompt, format.schema);
    if (tools.length === 0) {
      return {
        request: { ...common, prompt, tools: [], objectMode: { type: 'json', schema: format.schema } },
        output: 'regular',
        notices,
      };
    }
  }
  return {
    request: { ...common, prompt, tools, toolChoice: tools.length > 0 ? options.toolChoice : undefined },
    output: 'regular',
    notices,
  };
}

/**
 * ai@7's top-level `reasoning` option (LanguageModelV4 call options; ai@7 also passes it to older-spec models) maps
 * onto this provider's own reasoning option unless that is set explicitly. `provider-default` leaves the model's default.
 */
function withTopLevelReasoning(own: unknown, reasoning: unknown): unknown {
  if (typeof reasoning !== 'string' || reasoning === 'provider-default') return own;
  const options = (own ?? {}) as Record<string, unknown>;
  if (options.reasoning !== undefined) return own;
  const mapped =
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
  return { ...options, reasoning: mapped };
}
