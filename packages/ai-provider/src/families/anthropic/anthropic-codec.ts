import type { JSONObject, LanguageModelV1FunctionToolCall } from '@ai-sdk/provider';
import type { BedrockCodec, CodecGenerateResult, ReasoningDetail } from '../../core/codec-contract';
import type { AnthropicRequestBody, AnthropicResponseBody } from './anthropic-api';
import { ANTHROPIC_CHUNK_SHAPE, ANTHROPIC_RESPONSE_SHAPE } from './anthropic-api';
import { AnthropicStreamDecoder, anthropicUsageMetadata } from './anthropic-stream';
import { claudeSampling } from './claude-sampling';
import { convertToAnthropicMessages } from './convert-to-anthropic-messages';
import { mapAnthropicFinishReason } from './map-anthropic-finish-reason';
import { prepareAnthropicTools } from './prepare-anthropic-tools';

/** Claude on InvokeModel / InvokeModelWithResponseStream with the Anthropic Messages body. */
export const anthropicCodec: BedrockCodec = {
  api: 'invoke',
  shapes: { response: ANTHROPIC_RESPONSE_SHAPE, chunk: ANTHROPIC_CHUNK_SHAPE },
  buildRequest({ model, options, warnings }) {
    const sampling = claudeSampling(options, model.entry, warnings);
    if (options.seed !== undefined) warnings.push({ type: 'unsupported-setting', setting: 'seed' });
    if (options.presencePenalty !== undefined)
      warnings.push({ type: 'unsupported-setting', setting: 'presencePenalty' });
    if (options.frequencyPenalty !== undefined)
      warnings.push({ type: 'unsupported-setting', setting: 'frequencyPenalty' });
    const body: AnthropicRequestBody = {
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: sampling.maxTokens,
      ...convertToAnthropicMessages(
        options.prompt,
        model.entry,
        sampling.thinkingFields !== undefined,
        warnings,
      ),
      ...(sampling.temperature !== undefined ? { temperature: sampling.temperature } : {}),
      ...(sampling.topP !== undefined ? { top_p: sampling.topP } : {}),
      ...(sampling.topK !== undefined ? { top_k: sampling.topK } : {}),
      ...(options.stopSequences ? { stop_sequences: [...options.stopSequences] } : {}),
      ...prepareAnthropicTools(options, sampling.forceToolAllowed, warnings),
      ...sampling.thinkingFields,
    };
    // Documented escape hatch: model-native fields the provider does not know yet, merged into the body.
    return { body: { ...body, ...options.providerOptions.additionalModelRequestFields } };
  },
  parseResponse(response): CodecGenerateResult {
    const body = response as AnthropicResponseBody;
    let text: string | undefined;
    const reasoning: ReasoningDetail[] = [];
    const toolCalls: LanguageModelV1FunctionToolCall[] = [];
    for (const block of body.content ?? []) {
      if (block.type === 'text') text = (text ?? '') + block.text;
      else if (block.type === 'thinking')
        reasoning.push({
          type: 'text',
          text: block.thinking,
          ...(block.signature ? { signature: block.signature } : {}),
        });
      else if (block.type === 'redacted_thinking') reasoning.push({ type: 'redacted', data: block.data });
      else if (block.type === 'tool_use') {
        toolCalls.push({
          toolCallType: 'function',
          toolCallId: block.id,
          toolName: block.name,
          args: JSON.stringify(block.input ?? {}),
        });
      }
    }
    return {
      text,
      reasoning: reasoning.length > 0 ? reasoning : undefined,
      toolCalls: toolCalls.length > 0 ? toolCalls : undefined,
      finishReason: mapAnthropicFinishReason(body.stop_reason),
      rawFinishReason: body.stop_reason ?? undefined,
      usage: {
        promptTokens: body.usage?.input_tokens ?? Number.NaN,
        completionTokens: body.usage?.output_tokens ?? Number.NaN,
        raw: body.usage as JSONObject | undefined,
      },
      providerMetadata: { ...anthropicUsageMetadata(body.usage), stopSequence: body.stop_sequence ?? null },
      response: { id: body.id, modelId: body.model },
    };
  },
  createStreamDecoder: () => new AnthropicStreamDecoder(),
};
