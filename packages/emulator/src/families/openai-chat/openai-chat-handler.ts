import type {
  EmulatedModel,
  FamilyHandler,
  RenderedStreamEvent,
  ResolvedReply,
} from '../../models/emulated-model';
import { isObject, type Json, textOf } from '../shared/body-checks';
import { chunkText, derivedId, invocationMetrics, textPieces } from '../shared/reply-shaping';
import { emptyView, findSchemaInText } from '../shared/request-view';
import { validateOpenAIChatBody } from './openai-chat-validate';

/**
 * Chat-completion answers of the OpenAI-chat backend, with each model's reasoning shape: gpt-oss puts
 * `<reasoning>…</reasoning>` before the text (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html); Kimi K2 Thinking wraps every streamed reasoning
 * delta in its own `<reasoning>` pair (fixture converse-stream-kimi-k2-thinking.events.json); Nemotron Nano 9B writes its reasoning and `</think>`
 * with no opening tag (the legacy wrapper's recorded run, LEGACY_RUN.models); the others use `reasoning_content`.
 */
export const openAIChatHandler: FamilyHandler = {
  validate: (body, ctx) => validateOpenAIChatBody(body, ctx.model),
  view(body, { model }) {
    const b = body as Json;
    const view = emptyView();
    const messages = Array.isArray(b.messages) ? (b.messages as Json[]) : [];
    const last = messages.at(-1);
    const lastUser = [...messages].reverse().find(message => message.role === 'user');
    view.lastUserText = textOf(lastUser?.content);
    view.imageCount = Array.isArray(lastUser?.content)
      ? (lastUser.content as Json[]).filter(part => part.type === 'image_url').length
      : 0;
    if (last?.role === 'tool') {
      view.toolResultText = messages
        .slice(messages.findLastIndex(message => message.role !== 'tool') + 1)
        .map(message => (typeof message.content === 'string' ? message.content : textOf(message.content)))
        .join(' ');
    }
    view.tools = (Array.isArray(b.tools) ? (b.tools as Json[]) : []).map(tool => {
      const fn = tool.function as Json;
      return { name: String(fn.name), schema: fn.parameters };
    });
    if (b.tool_choice === 'none') view.tools = [];
    if (b.tool_choice === 'required') view.forcedTool = view.tools[0]?.name;
    if (isObject(b.tool_choice) && isObject(b.tool_choice.function))
      view.forcedTool = String(b.tool_choice.function.name);
    view.reasoningRequested =
      b.reasoning_effort !== undefined || (model.reasoning !== 'none' && model.variant !== 'gpt-oss');
    view.stopSequences =
      typeof b.stop === 'string' ? [b.stop] : Array.isArray(b.stop) ? (b.stop as string[]) : [];
    const max = b.max_completion_tokens ?? b.max_tokens;
    view.maxTokens = typeof max === 'number' ? max : undefined;
    const format = isObject(b.response_format) ? b.response_format : undefined;
    const schema = isObject(format?.json_schema)
      ? format.json_schema.schema
      : format?.type === 'json_object'
        ? { type: 'object' }
        : undefined;
    const systemText = messages
      .filter(m => m.role === 'system' || m.role === 'developer')
      .map(m => textOf(m.content))
      .join(' ');
    view.jsonSchema = schema ?? (view.tools.length === 0 ? findSchemaInText(systemText) : undefined);
    view.promptText = messages.map(message => textOf(message.content)).join(' ');
    return view;
  },
  render(reply, ctx) {
    const { content, reasoningContent } = inlineContent(reply, ctx.model);
    const toolCalls = reply.toolCalls.map((call, index) => ({
      id: call.id ?? derivedId('call_', ctx.requestId, index, 24),
      type: 'function',
      function: { name: call.name, arguments: JSON.stringify(call.input) },
    }));
    return {
      id: derivedId('chatcmpl-', ctx.requestId),
      object: 'chat.completion',
      created: 1767225600,
      model: ctx.model.id,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: content || (toolCalls.length > 0 ? null : ''),
            ...(reasoningContent ? { reasoning_content: reasoningContent } : {}),
            ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
          },
          finish_reason: finishReason(reply),
        },
      ],
      usage: usage(reply),
    };
  },
  renderStream(reply, ctx) {
    const base = {
      id: derivedId('chatcmpl-', ctx.requestId),
      object: 'chat.completion.chunk',
      created: 1767225600,
      model: ctx.model.id,
    };
    const chunk = (delta: Json, finish: string | null = null): Json => ({
      ...base,
      choices: [{ index: 0, delta, finish_reason: finish }],
    });
    const chunks: Json[] = [chunk({ role: 'assistant', content: '' })];
    if (reply.reasoning) {
      const pieces = chunkText(reply.reasoning, reply.chunkSize);
      const variant = ctx.model.variant;
      if (variant === 'gpt-oss') {
        pieces.forEach((piece, i) =>
          chunks.push(
            chunk({
              content: `${i === 0 ? '<reasoning>' : ''}${piece}${i === pieces.length - 1 ? '</reasoning>' : ''}`,
            }),
          ),
        );
      } else if (ctx.model.reasoning === 'inline-reasoning-tag') {
        for (const piece of pieces) chunks.push(chunk({ content: `<reasoning>${piece}</reasoning>` }));
      } else if (ctx.model.reasoning === 'inline-think-tag') {
        for (const piece of pieces) chunks.push(chunk({ content: piece }));
        chunks.push(chunk({ content: '\n</think>\n\n' }));
      } else {
        for (const piece of pieces) chunks.push(chunk({ reasoning_content: piece }));
      }
    }
    for (const piece of textPieces(reply.text, reply)) chunks.push(chunk({ content: piece }));
    reply.toolCalls.forEach((call, index) => {
      const id = call.id ?? derivedId('call_', ctx.requestId, index, 24);
      chunks.push(
        chunk({
          tool_calls: [{ index, id, type: 'function', function: { name: call.name, arguments: '' } }],
        }),
      );
      for (const piece of chunkText(JSON.stringify(call.input), 10))
        chunks.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
    });
    chunks.push({
      ...chunk({}, finishReason(reply)),
      usage: usage(reply),
      'amazon-bedrock-invocationMetrics': invocationMetrics(reply),
    });
    return chunks.map((json): RenderedStreamEvent => ({ kind: 'chunk', json }));
  },
};

function inlineContent(
  reply: ResolvedReply,
  model: EmulatedModel,
): { content: string; reasoningContent?: string } {
  if (!reply.reasoning) return { content: reply.text };
  if (model.variant === 'gpt-oss')
    return { content: `<reasoning>${reply.reasoning}</reasoning>${reply.text}` };
  if (model.reasoning === 'inline-reasoning-tag')
    return { content: `<reasoning> ${reply.reasoning}</reasoning> ${reply.text}` };
  if (model.reasoning === 'inline-think-tag')
    return { content: `${reply.reasoning}\n</think>\n\n${reply.text}` };
  return { content: reply.text, reasoningContent: reply.reasoning };
}

function finishReason(reply: ResolvedReply): string {
  switch (reply.stopReason) {
    case 'max_tokens':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'content_filtered':
    case 'guardrail_intervened':
      return 'content_filter';
    default:
      return 'stop';
  }
}

function usage(reply: ResolvedReply): Json {
  return {
    prompt_tokens: reply.usage.inputTokens,
    completion_tokens: reply.usage.outputTokens,
    total_tokens: reply.usage.inputTokens + reply.usage.outputTokens,
  };
}
