import type { JSONObject, LanguageModelV1FunctionToolCall } from '@ai-sdk/provider';
import type {
  BedrockCodec,
  CodecContext,
  CodecGenerateResult,
  ReasoningDetail,
} from '../core/codec-contract';
import { splitInlineReasoning } from '../reasoning/inline-reasoning-splitter';
import type { ConverseOutput } from './converse-api';
import { CONVERSE_CHUNK_SHAPE, CONVERSE_RESPONSE_SHAPE } from './converse-api';
import { converseMetadata } from './converse-metadata';
import { ConverseStreamDecoder } from './converse-stream';
import { convertToConverseMessages } from './convert-to-converse-messages';
import { mapConverseStopReason } from './map-converse-stop-reason';
import { plainConverseSampling } from './plain-converse-sampling';
import { isReasoningOnlyAnswer } from './reasoning-only-answer';
import { redactedContentBase64 } from './redacted-content-base64';

/** Every model on Converse / ConverseStream (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html, https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html). */
export const converseCodec: BedrockCodec = {
  api: 'converse',
  shapes: { response: CONVERSE_RESPONSE_SHAPE, chunk: CONVERSE_CHUNK_SHAPE },
  buildRequest({ model, options, warnings, converse: hooks }) {
    const entry = model.entry;
    const sampling = (hooks.sampling ?? plainConverseSampling)(options, entry, warnings);
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
    const { system, messages } = convertToConverseMessages(
      options.prompt,
      entry,
      {
        hasTools,
        toolResultStatus: hooks.toolResultStatus === true,
        toolCallId: hooks.toolCallId,
        cachePointsAfterTextOnly: hooks.cachePointsAfterTextOnly === true,
      },
      warnings,
    );
    const additional: Record<string, unknown> = { ...sampling.additionalFields };
    if (sampling.topK !== undefined) {
      // topK is model-native on Converse: each family says where it goes (its Converse hooks).
      if (hooks.topKFields) Object.assign(additional, hooks.topKFields(sampling.topK));
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
        ...(sampling.maxTokens !== undefined ? { maxTokens: sampling.maxTokens } : {}),
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
                  // An empty description is refused (minimum length 1: API_runtime_ToolSpecification; a live 400 in
                  // https://github.com/anomalyco/opencode/pull/48582), so none is sent; any other is sent as given.
                  ...(tool.description ? { description: tool.description } : {}),
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
      ...(options.stopSequences?.length && hooks.stopSequenceResponsePaths
        ? { additionalModelResponseFieldPaths: [...hooks.stopSequenceResponsePaths] }
        : {}),
    };
    return { body };
  },
  parseResponse(response, ctx): CodecGenerateResult {
    const output = response as ConverseOutput;
    const repair = ctx.converse.repairToolName ?? sameName;
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
        reasoning.push({ type: 'redacted', data: redactedContentBase64(thought.redactedContent) });
      }
      if (block.toolUse) {
        toolCalls.push({
          toolCallType: 'function',
          toolCallId: block.toolUse.toolUseId ?? ctx.generateId(),
          toolName: repair(block.toolUse.name ?? ''),
          args: JSON.stringify(block.toolUse.input ?? {}),
        });
      }
    }
    const reasoningText = reasoning.map(detail => (detail.type === 'text' ? detail.text : '')).join('');
    // Only reasoningContent blocks count here: inline reasoning is split below, the same as when streamed.
    if (
      isReasoningOnlyAnswer({
        hasText: text !== '',
        hasToolCalls: toolCalls.length > 0,
        stopReason: output.stopReason,
        reasoningText,
        signed: hasSignature(reasoning),
      })
    ) {
      text = reasoningText;
      reasoning.length = 0;
    }
    // Only a model that writes reasoning inline has its text parsed (catalog `inlineReasoning`); others as sent.
    const inline = ctx.model.entry.inlineReasoning?.converse;
    if (inline) {
      const split = splitInlineReasoning(text, inline, { cut: output.stopReason === 'max_tokens' });
      text = split.text;
      if (split.reasoning) reasoning.push({ type: 'text', text: split.reasoning });
    }
    return {
      text: text === '' ? undefined : text,
      reasoning: reasoning.length > 0 ? reasoning : undefined,
      toolCalls: toolCalls.length > 0 ? toolCalls : undefined,
      finishReason: mapConverseStopReason(output.stopReason),
      rawFinishReason: output.stopReason,
      usage: {
        promptTokens: output.usage?.inputTokens ?? Number.NaN,
        completionTokens: output.usage?.outputTokens ?? Number.NaN,
        raw: output.usage as JSONObject | undefined,
      },
      providerMetadata: converseMetadata(output),
    };
  },
  createStreamDecoder: (ctx: CodecContext) => new ConverseStreamDecoder(ctx),
};

function hasSignature(reasoning: ReasoningDetail[]): boolean {
  return reasoning.some(detail => detail.type === 'redacted' || detail.signature !== undefined);
}

function sameName(name: string): string {
  return name;
}
