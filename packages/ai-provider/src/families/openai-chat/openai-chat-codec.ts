import type { JSONObject, LanguageModelV1FunctionToolCall } from '@ai-sdk/provider';
import type { BedrockCodec, CodecGenerateResult, ReasoningDetail } from '../../core/codec-contract';
import { splitInlineReasoning } from '../../reasoning/inline-reasoning-splitter';
import { convertToOpenAIChatMessages } from './convert-to-openai-chat-messages';
import { mapOpenAIChatFinishReason } from './map-openai-chat-finish-reason';
import type { OpenAIChatResponse } from './openai-chat-api';
import { OPENAI_CHAT_CHUNK_SHAPE, OPENAI_CHAT_RESPONSE_SHAPE } from './openai-chat-api';
import type { OpenAIChatQuirks } from './openai-chat-quirks';
import { OpenAIChatStreamDecoder } from './openai-chat-stream';

/** Settings a family may have no key for (`OpenAIChatQuirks.unsupportedSettings`), with the body key they go to. */
const OPTIONAL_SETTING_KEYS = [
  ['topK', 'top_k'],
  ['seed', 'seed'],
] as const;

/**
 * The shared InvokeModel codec of the OpenAI chat-completions backend. Only keys this backend accepts are sent
 * (the accepted keys are quoted in a real error: https://github.com/jparkerweb/bedrock-wrapper/blob/d9ac9ab2ef6a0a2bb07644ed55b7e46d43e59459/test-stop-sequences-output.txt#L640; an unknown key is rejected); reasoning that arrives inline
 * (`<reasoning>`, `<think>`) or as `reasoning_content` becomes reasoning parts, never text.
 */
export function createOpenAIChatCodec(quirks: OpenAIChatQuirks): BedrockCodec {
  return {
    api: 'invoke',
    shapes: { response: OPENAI_CHAT_RESPONSE_SHAPE, chunk: OPENAI_CHAT_CHUNK_SHAPE },
    buildRequest({ options, warnings }) {
      const body: Record<string, unknown> = {
        messages: convertToOpenAIChatMessages(options.prompt, quirks, warnings),
        [quirks.maxTokensKey]: options.maxTokens,
      };
      if (options.temperature !== undefined) body.temperature = options.temperature;
      if (options.topP !== undefined) body.top_p = options.topP;
      for (const [setting, key] of OPTIONAL_SETTING_KEYS) {
        if (options[setting] === undefined) continue;
        if (quirks.unsupportedSettings?.includes(setting))
          warnings.push({ type: 'unsupported-setting', setting });
        else body[key] = options[setting];
      }
      if (options.presencePenalty !== undefined) body.presence_penalty = options.presencePenalty;
      if (options.frequencyPenalty !== undefined) body.frequency_penalty = options.frequencyPenalty;
      if (options.stopSequences) body.stop = [...options.stopSequences];
      if (options.tools.length > 0) {
        body.tools = options.tools.map(tool => ({
          type: 'function',
          function: { name: tool.name, description: tool.description, parameters: tool.parameters },
        }));
        const choice = options.toolChoice;
        body.tool_choice =
          choice?.type === 'required'
            ? 'required'
            : choice?.type === 'tool'
              ? { type: 'function', function: { name: choice.toolName } }
              : 'auto';
      }
      if (quirks.reasoningEffort && options.reasoning.enabled && options.reasoning.effort)
        body.reasoning_effort = options.reasoning.effort;
      return { body: { ...body, ...options.providerOptions.additionalModelRequestFields } };
    },
    parseResponse(response, ctx): CodecGenerateResult {
      const body = response as OpenAIChatResponse;
      const choice = body.choices?.[0];
      const message = choice?.message ?? {};
      const reasoning: ReasoningDetail[] = [];
      if (message.reasoning_content) reasoning.push({ type: 'text', text: message.reasoning_content });
      let text = message.content ?? undefined;
      // Only a model that writes reasoning inline has its text parsed (catalog `inlineReasoning`); others as sent.
      const inline = ctx.model.entry.inlineReasoning?.invoke;
      if (text !== undefined && inline) {
        const split = splitInlineReasoning(text, inline, { cut: choice?.finish_reason === 'length' });
        text = split.text;
        if (split.reasoning) reasoning.push({ type: 'text', text: split.reasoning });
      }
      const toolCalls: LanguageModelV1FunctionToolCall[] = (message.tool_calls ?? []).map(call => ({
        toolCallType: 'function',
        toolCallId: call.id ?? ctx.generateId(),
        toolName: call.function?.name ?? '',
        args: call.function?.arguments || '{}',
      }));
      return {
        text: text || undefined,
        reasoning: reasoning.length > 0 ? reasoning : undefined,
        toolCalls: toolCalls.length > 0 ? toolCalls : undefined,
        finishReason: mapOpenAIChatFinishReason(choice?.finish_reason),
        rawFinishReason: choice?.finish_reason ?? undefined,
        usage: {
          promptTokens: body.usage?.prompt_tokens ?? Number.NaN,
          completionTokens: body.usage?.completion_tokens ?? Number.NaN,
          raw: body.usage as JSONObject | undefined,
        },
        response: { id: body.id, modelId: body.model },
      };
    },
    createStreamDecoder: ctx => new OpenAIChatStreamDecoder(ctx),
  };
}
