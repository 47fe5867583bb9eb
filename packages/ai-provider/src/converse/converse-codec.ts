import type { JSONValue, LanguageModelV1FunctionToolCall } from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import type { CodecContext } from '../bedrock-call-options';
import type { BedrockCodec, CodecGenerateResult, ReasoningDetail } from '../families/bedrock-codec';
import { splitInlineReasoning } from '../reasoning/inline-reasoning-splitter';
import type { ConverseOutput } from './converse-api';
import { converseSampling } from './converse-reasoning-config';
import { ConverseStreamDecoder, inlineThinkFamily, repairToolName } from './converse-stream';
import { convertToConverseMessages } from './convert-to-converse-messages';
import { mapConverseStopReason } from './map-converse-stop-reason';

/** Every model on Converse / ConverseStream (API_runtime_Converse; bedrock-wire.md §2.4, §4.8). */
export const converseCodec: BedrockCodec = {
  api: 'converse',
  buildRequest({ model, options, warnings }) {
    const entry = model.entry;
    const sampling = converseSampling(options, entry, warnings);
    let tools = options.tools;
    let choice = options.toolChoice;
    if (choice?.type === 'tool' && entry.tools.forcedChoice && !entry.tools.specificChoice) {
      // `any` over the named tool alone forces that tool where `toolChoice.tool` is not taken (Mistral Large).
      const name = choice.toolName;
      tools = tools.filter(tool => tool.name === name);
      choice = { type: 'required' };
    }
    if (
      choice &&
      (choice.type === 'required' || choice.type === 'tool') &&
      (!entry.tools.forcedChoice || !sampling.forceToolAllowed)
    ) {
      warnings.push({
        type: 'other',
        message: `${entry.name} cannot be forced to call a tool on Converse; toolChoice was sent as auto.`,
      });
      if (choice.type === 'tool') {
        const name = choice.toolName;
        tools = tools.filter(tool => tool.name === name);
      }
      choice = { type: 'auto' };
    }
    const hasTools = tools.length > 0;
    const { system, messages } = convertToConverseMessages(options.prompt, entry, hasTools, warnings);
    const additional: Record<string, unknown> = { ...sampling.additionalFields };
    if (sampling.topK !== undefined) {
      // topK is model-native on Converse: Claude's `top_k`, Nova's `inferenceConfig.topK` (AWS Converse API docs).
      if (entry.family === 'anthropic') additional.top_k = sampling.topK;
      else if (entry.family === 'nova') additional.inferenceConfig = { topK: sampling.topK };
      else
        warnings.push({
          type: 'unsupported-setting',
          setting: 'topK',
          details: `${entry.name} takes no topK on Converse.`,
        });
    }
    for (const setting of ['seed', 'presencePenalty', 'frequencyPenalty'] as const) {
      if (options[setting] !== undefined) warnings.push({ type: 'unsupported-setting', setting });
    }
    const extra = options.providerOptions;
    const body: Record<string, unknown> = {
      messages,
      ...(system.length > 0 ? { system } : {}),
      inferenceConfig: {
        maxTokens: sampling.maxTokens,
        ...(sampling.temperature !== undefined ? { temperature: sampling.temperature } : {}),
        ...(sampling.topP !== undefined ? { topP: sampling.topP } : {}),
        ...(options.stopSequences ? { stopSequences: [...options.stopSequences] } : {}),
      },
      ...(hasTools
        ? {
            toolConfig: {
              tools: tools.map(tool => ({
                toolSpec: {
                  name: tool.name,
                  description: tool.description,
                  inputSchema: { json: tool.parameters },
                },
              })),
              toolChoice:
                choice?.type === 'required'
                  ? { any: {} }
                  : choice?.type === 'tool'
                    ? { tool: { name: choice.toolName } }
                    : { auto: {} },
            },
          }
        : {}),
      ...(Object.keys(additional).length > 0 || extra.additionalModelRequestFields
        ? { additionalModelRequestFields: { ...additional, ...extra.additionalModelRequestFields } }
        : {}),
      ...(extra.guardrailConfig ? { guardrailConfig: extra.guardrailConfig } : {}),
      ...(extra.performanceConfig ? { performanceConfig: extra.performanceConfig } : {}),
      ...(extra.requestMetadata ? { requestMetadata: extra.requestMetadata } : {}),
    };
    return { body };
  },
  parseResponse(response, ctx): CodecGenerateResult {
    const output = response as ConverseOutput;
    let text = '';
    const reasoning: ReasoningDetail[] = [];
    const toolCalls: LanguageModelV1FunctionToolCall[] = [];
    for (const block of output.output?.message?.content ?? []) {
      if (typeof block.text === 'string') text += block.text;
      const thought = block.reasoningContent;
      if (thought?.reasoningText?.text !== undefined) {
        reasoning.push({
          type: 'text',
          text: thought.reasoningText.text,
          ...(thought.reasoningText.signature ? { signature: thought.reasoningText.signature } : {}),
        });
      } else if (thought?.redactedContent) {
        reasoning.push({ type: 'redacted', data: convertUint8ArrayToBase64(thought.redactedContent) });
      }
      if (block.toolUse) {
        toolCalls.push({
          toolCallType: 'function',
          toolCallId: block.toolUse.toolUseId ?? ctx.generateId(),
          toolName: repairToolName(block.toolUse.name ?? ''),
          args: JSON.stringify(block.toolUse.input ?? {}),
        });
      }
    }
    // Kimi K2 writes its reasoning inline as `<think>` text (converse-kimi-k2-thinking-tool-call.json).
    if (inlineThinkFamily(ctx.model.entry.family) && /<think>|<\/think>/.test(text)) {
      const split = splitInlineReasoning(text);
      text = split.text;
      if (split.reasoning) reasoning.push({ type: 'text', text: split.reasoning });
    }
    // A model that answers only in reasoning (Magistral, legacy-wrapper.md §3.4) and ended normally: that is the answer.
    if (
      text === '' &&
      toolCalls.length === 0 &&
      output.stopReason === 'end_turn' &&
      reasoning.length > 0 &&
      !hasSignature(reasoning)
    ) {
      text = reasoning.map(detail => (detail.type === 'text' ? detail.text : '')).join('');
      reasoning.length = 0;
    }
    return {
      text: text === '' ? undefined : text,
      reasoning: reasoning.length > 0 ? reasoning : undefined,
      toolCalls: toolCalls.length > 0 ? toolCalls : undefined,
      finishReason: mapConverseStopReason(output.stopReason),
      usage: {
        promptTokens: output.usage?.inputTokens ?? Number.NaN,
        completionTokens: output.usage?.outputTokens ?? Number.NaN,
      },
      providerMetadata: converseMetadata(output),
    };
  },
  createStreamDecoder: (ctx: CodecContext) => new ConverseStreamDecoder(ctx),
};

function hasSignature(reasoning: ReasoningDetail[]): boolean {
  return reasoning.some(detail => detail.type === 'redacted' || detail.signature !== undefined);
}

export function converseMetadata(
  output: Pick<ConverseOutput, 'usage' | 'metrics' | 'trace' | 'additionalModelResponseFields'>,
): Record<string, JSONValue> {
  const out: Record<string, JSONValue> = {};
  if (output.usage?.cacheReadInputTokens !== undefined)
    out.cacheReadInputTokens = output.usage.cacheReadInputTokens;
  if (output.usage?.cacheWriteInputTokens !== undefined)
    out.cacheWriteInputTokens = output.usage.cacheWriteInputTokens;
  if (output.metrics?.latencyMs !== undefined) out.latencyMs = output.metrics.latencyMs;
  if (output.trace !== undefined) out.trace = output.trace as JSONValue;
  const stop =
    output.additionalModelResponseFields?.stop_sequence ??
    output.additionalModelResponseFields?.delta?.stop_sequence;
  if (stop !== undefined) out.stopSequence = stop;
  return out;
}
