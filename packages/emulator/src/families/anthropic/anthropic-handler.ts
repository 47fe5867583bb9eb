import type {
  FamilyHandler,
  RenderContext,
  RenderedStreamEvent,
  ResolvedReply,
} from '../../models/emulated-model';
import { isObject, type Json, textOf, thinkingSignature } from '../shared/body-checks';
import { chunkText, derivedId, invocationMetrics, textPieces } from '../shared/reply-shaping';
import { emptyView, findSchemaInText, type RequestView } from '../shared/request-view';
import { validateAnthropicBody } from './anthropic-validate';

/** Anthropic Messages on InvokeModel / InvokeModelWithResponseStream (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html, recorded fixtures). */
export const anthropicHandler: FamilyHandler = {
  validate: (body, ctx) => validateAnthropicBody(body, ctx.model),
  view: body => anthropicView(body as Json),
  render(reply, ctx) {
    return {
      id: derivedId('msg_bdrk_', ctx.requestId),
      type: 'message',
      role: 'assistant',
      model: anthropicModelName(ctx.model.id),
      content: contentBlocks(reply, ctx),
      stop_reason: stopReason(reply),
      stop_sequence: reply.stopSequence ?? null,
      usage: usage(reply),
    };
  },
  renderStream(reply, ctx) {
    const events: Json[] = [];
    events.push({
      type: 'message_start',
      message: {
        id: derivedId('msg_bdrk_', ctx.requestId),
        type: 'message',
        role: 'assistant',
        model: anthropicModelName(ctx.model.id),
        content: [],
        stop_reason: null,
        stop_sequence: null,
        // The Message object of message_start has the whole answer's usage fields, prompt-cache counts included
        // (invoke-claude-3-5-haiku-prompt-cache.json shows them on a whole answer; a stream with them was not
        // recorded, so their place here is unsourced).
        usage: { ...(usage(reply) as Record<string, Json>), output_tokens: 1 },
      },
    });
    contentBlocks(reply, ctx).forEach((block, index) => {
      if (block.type === 'thinking') {
        events.push({
          type: 'content_block_start',
          index,
          content_block: { type: 'thinking', thinking: '' },
        });
        for (const piece of chunkText(String(block.thinking), reply.chunkSize)) {
          events.push({
            type: 'content_block_delta',
            index,
            delta: { type: 'thinking_delta', thinking: piece },
          });
        }
        // The signature arrives just before the block stops (Anthropic "thinking encryption").
        events.push({
          type: 'content_block_delta',
          index,
          delta: { type: 'signature_delta', signature: block.signature },
        });
      } else if (block.type === 'redacted_thinking') {
        events.push({ type: 'content_block_start', index, content_block: block });
      } else if (block.type === 'text') {
        events.push({ type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
        for (const piece of textPieces(String(block.text), reply)) {
          events.push({ type: 'content_block_delta', index, delta: { type: 'text_delta', text: piece } });
        }
      } else {
        events.push({
          type: 'content_block_start',
          index,
          content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} },
        });
        // Tool input arrives as JSON fragments (imwrs-claude-3-5-sonnet-tool-use-stream.json).
        for (const piece of chunkText(JSON.stringify(block.input), 12)) {
          events.push({
            type: 'content_block_delta',
            index,
            delta: { type: 'input_json_delta', partial_json: piece },
          });
        }
      }
      events.push({ type: 'content_block_stop', index });
    });
    events.push({
      type: 'message_delta',
      delta: { stop_reason: stopReason(reply), stop_sequence: reply.stopSequence ?? null },
      usage: { output_tokens: reply.usage.outputTokens },
    });
    events.push({ type: 'message_stop', 'amazon-bedrock-invocationMetrics': invocationMetrics(reply) });
    return events.map((json): RenderedStreamEvent => ({ kind: 'chunk', json }));
  },
};

function contentBlocks(reply: ResolvedReply, ctx: RenderContext): Json[] {
  const blocks: Json[] = reply.redactedReasoning.map(data => ({ type: 'redacted_thinking', data }));
  if (reply.reasoning)
    blocks.push({
      type: 'thinking',
      thinking: reply.reasoning,
      signature: thinkingSignature(reply.reasoning),
    });
  if (reply.text) blocks.push({ type: 'text', text: reply.text });
  reply.toolCalls.forEach((call, index) =>
    blocks.push({
      type: 'tool_use',
      id: call.id ?? derivedId('toolu_bdrk_', ctx.requestId, index),
      name: call.name,
      input: call.input,
    }),
  );
  return blocks;
}

function stopReason(reply: ResolvedReply): string {
  return reply.stopReason === 'content_filtered' || reply.stopReason === 'guardrail_intervened'
    ? 'refusal'
    : reply.stopReason;
}

function usage(reply: ResolvedReply): Json {
  return {
    input_tokens: reply.usage.inputTokens,
    output_tokens: reply.usage.outputTokens,
    ...(reply.usage.cacheWriteInputTokens !== undefined
      ? { cache_creation_input_tokens: reply.usage.cacheWriteInputTokens }
      : {}),
    ...(reply.usage.cacheReadInputTokens !== undefined
      ? { cache_read_input_tokens: reply.usage.cacheReadInputTokens }
      : {}),
  };
}

/** `anthropic.claude-3-5-sonnet-20240620-v1:0` -> `claude-3-5-sonnet-20240620` (the `model` field Bedrock returns). */
function anthropicModelName(id: string): string {
  return id.replace(/^anthropic\./, '').replace(/-v\d+(:\d+)?$/, '');
}

function anthropicView(body: Json): RequestView {
  const view = emptyView();
  const messages = Array.isArray(body.messages) ? (body.messages as Json[]) : [];
  const lastUser = [...messages].reverse().find(message => message.role === 'user');
  const blocks = Array.isArray(lastUser?.content) ? (lastUser.content as Json[]) : [];
  view.lastUserText =
    typeof lastUser?.content === 'string'
      ? lastUser.content
      : blocks
          .filter(b => b.type === 'text')
          .map(b => String(b.text))
          .join(' ');
  view.imageCount = blocks.filter(b => b.type === 'image').length;
  view.documentCount = blocks.filter(b => b.type === 'document').length;
  const results = blocks.filter(b => b.type === 'tool_result');
  if (results.length > 0) view.toolResultText = results.map(b => textOf(b.content)).join(' ');
  view.tools = (Array.isArray(body.tools) ? (body.tools as Json[]) : []).map(tool => ({
    name: String(tool.name),
    schema: tool.input_schema,
  }));
  const choice = isObject(body.tool_choice) ? body.tool_choice : undefined;
  if (choice?.type === 'none') view.tools = [];
  if (choice?.type === 'tool') view.forcedTool = String(choice.name);
  if (choice?.type === 'any') view.forcedTool = view.tools[0]?.name;
  view.reasoningRequested =
    isObject(body.thinking) && (body.thinking.type === 'enabled' || body.thinking.type === 'adaptive');
  view.stopSequences = Array.isArray(body.stop_sequences) ? (body.stop_sequences as string[]) : [];
  view.maxTokens = typeof body.max_tokens === 'number' ? body.max_tokens : undefined;
  const systemText = textOf(body.system);
  if (view.tools.length === 0) view.jsonSchema = findSchemaInText(systemText);
  view.promptText = systemText + messages.map(message => textOf(message.content)).join(' ');
  return view;
}
