import type {
  LanguageModelV1CallOptions,
  LanguageModelV1CallWarning,
  LanguageModelV1FunctionTool,
} from '@ai-sdk/provider';
import type { CoreCallRequest } from '../core/core-call';
import { PROVIDER_OPTIONS_KEY } from '../provider-options-key';

/**
 * LanguageModelV1 call options -> the core's call. V1's own juggling stays here: `mode` (regular tools, `object-tool`
 * as one forced tool, `object-json`), provider-defined tools dropped with an `unsupported-tool` warning.
 */
export function convertV1Call(call: LanguageModelV1CallOptions): {
  request: CoreCallRequest;
  warnings: LanguageModelV1CallWarning[];
} {
  const warnings: LanguageModelV1CallWarning[] = [];
  const mode = call.mode;
  let tools: LanguageModelV1FunctionTool[] = [];
  let toolChoice: CoreCallRequest['toolChoice'];
  let objectMode: CoreCallRequest['objectMode'];
  if (mode.type === 'regular') {
    for (const tool of mode.tools ?? []) {
      if (tool.type === 'function') tools.push(tool);
      else
        warnings.push({
          type: 'unsupported-tool',
          tool,
          details: 'Provider-defined tools are not supported on Bedrock.',
        });
    }
    toolChoice = mode.toolChoice;
  } else if (mode.type === 'object-tool') {
    tools = [mode.tool];
    toolChoice = { type: 'tool', toolName: mode.tool.name };
    objectMode = { type: 'tool' };
  } else {
    objectMode = { type: 'json', schema: mode.schema };
  }
  return {
    warnings,
    request: {
      prompt: call.prompt,
      maxOutputTokens: call.maxTokens,
      temperature: call.temperature,
      topP: call.topP,
      topK: call.topK,
      stopSequences: call.stopSequences,
      seed: call.seed,
      presencePenalty: call.presencePenalty,
      frequencyPenalty: call.frequencyPenalty,
      tools: tools.map(tool => ({
        name: tool.name,
        description: tool.description,
        parameters: tool.parameters,
      })),
      toolChoice,
      objectMode,
      providerOptions: call.providerMetadata?.[PROVIDER_OPTIONS_KEY],
      abortSignal: call.abortSignal,
      headers: call.headers,
    },
  };
}
