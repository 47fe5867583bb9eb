import type {
  EmulatedModel,
  FamilyHandler,
  RenderContext,
  RenderedStreamEvent,
  ResolvedReply,
} from '../../models/emulated-model';
import { isObject, type Json, thinkingSignature } from '../shared/body-checks';
import { chunkText, derivedId, textPieces } from '../shared/reply-shaping';
import { emptyView, findSchemaInText, type RequestView } from '../shared/request-view';
import { validateConverseBody } from './converse-validate';

/**
 * One handler for every model on Converse / ConverseStream (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html, https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html), with the per-model
 * shapes the recordings show: Claude signs its reasoning; DeepSeek-R1 puts the text block before the reasoning
 * (converse-deepseek-r1-reasoning.json); Kimi K2 Thinking streams its reasoning inline as `<think>` text
 * (converse-stream-kimi-k2-thinking.events.json); Magistral answers only in reasoningContent (https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/test-models-output.txt).
 */
export const converseHandler: FamilyHandler = {
  validate: (body, ctx) => validateConverseBody(body, ctx.model, ctx.operation),
  view: (body, ctx) => converseView(body as Json, ctx.model),
  render(reply, ctx) {
    return {
      output: { message: { role: 'assistant', content: contentBlocks(reply, ctx) } },
      stopReason: reply.stopReason,
      usage: usage(reply),
      metrics: { latencyMs: 100 + reply.usage.outputTokens },
      ...stopSequenceField(reply, ctx),
    };
  },
  renderStream(reply, ctx) {
    const events: RenderedStreamEvent[] = [];
    const event = (eventType: string, json: Json) => events.push({ kind: 'event', eventType, json });
    event('messageStart', { role: 'assistant' });
    let index = 0;
    const inlineThink = isInlineThinker(ctx.model);
    if (reply.reasoning && !inlineThink) {
      for (const piece of chunkText(reply.reasoning, reply.chunkSize)) {
        event('contentBlockDelta', {
          contentBlockIndex: index,
          delta: { reasoningContent: { text: piece } },
        });
      }
      if (ctx.model.reasoning === 'claude-thinking') {
        event('contentBlockDelta', {
          contentBlockIndex: index,
          delta: { reasoningContent: { signature: thinkingSignature(reply.reasoning) } },
        });
      }
      event('contentBlockStop', { contentBlockIndex: index++ });
    }
    for (const data of reply.redactedReasoning) {
      // Recorded shape: one delta per redacted block, no contentBlockStart (converse-stream-claude-3-7-redacted-thinking.json).
      event('contentBlockDelta', {
        contentBlockIndex: index,
        delta: { reasoningContent: { redactedContent: data } },
      });
      event('contentBlockStop', { contentBlockIndex: index++ });
    }
    const text =
      inlineThink && reply.reasoning ? ` <think> ${reply.reasoning} </think> ${reply.text}` : reply.text;
    if (text) {
      for (const piece of textPieces(text, reply))
        event('contentBlockDelta', { contentBlockIndex: index, delta: { text: piece } });
      event('contentBlockStop', { contentBlockIndex: index++ });
    }
    reply.toolCalls.forEach((call, callIndex) => {
      const toolUseId = call.id ?? derivedId('tooluse_', ctx.requestId, callIndex, 22);
      event('contentBlockStart', {
        contentBlockIndex: index,
        start: { toolUse: { toolUseId, name: call.name } },
      });
      // The first input delta is empty, then JSON fragments (converse-stream-claude-3-sonnet-tool-use.json).
      event('contentBlockDelta', { contentBlockIndex: index, delta: { toolUse: { input: '' } } });
      for (const piece of chunkText(JSON.stringify(call.input), 10)) {
        event('contentBlockDelta', { contentBlockIndex: index, delta: { toolUse: { input: piece } } });
      }
      event('contentBlockStop', { contentBlockIndex: index++ });
    });
    event('messageStop', {
      stopReason: reply.stopReason,
      ...stopSequenceField(reply, ctx),
    });
    event('metadata', { usage: usage(reply), metrics: { latencyMs: 100 + reply.usage.outputTokens } });
    return events;
  },
};

function isInlineThinker(model: EmulatedModel): boolean {
  return model.variant === 'kimi' && model.reasoning === 'inline-reasoning-tag';
}

function contentBlocks(reply: ResolvedReply, ctx: RenderContext): Json[] {
  const model = ctx.model;
  const blocks: Json[] = [];
  const reasoning: Json[] = [];
  if (model.id === 'mistral.magistral-small-2509') {
    const answer = [reply.reasoning, reply.text].filter(Boolean).join('\n\n');
    if (answer) reasoning.push({ reasoningContent: { reasoningText: { text: answer } } });
  } else if (reply.reasoning) {
    const signature =
      model.reasoning === 'claude-thinking' ? { signature: thinkingSignature(reply.reasoning) } : {};
    reasoning.push({ reasoningContent: { reasoningText: { text: reply.reasoning, ...signature } } });
  }
  for (const data of reply.redactedReasoning) reasoning.push({ reasoningContent: { redactedContent: data } });
  const text = model.id !== 'mistral.magistral-small-2509' && reply.text ? [{ text: reply.text }] : [];
  if (model.family === 'deepseek-r1') blocks.push(...text, ...reasoning);
  else blocks.push(...reasoning, ...text);
  reply.toolCalls.forEach((call, index) =>
    blocks.push({
      toolUse: {
        toolUseId: call.id ?? derivedId('tooluse_', ctx.requestId, index, 22),
        name: call.name,
        input: call.input,
      },
    }),
  );
  return blocks;
}

function usage(reply: ResolvedReply): Json {
  return {
    inputTokens: reply.usage.inputTokens,
    outputTokens: reply.usage.outputTokens,
    totalTokens: reply.usage.inputTokens + reply.usage.outputTokens,
    ...(reply.usage.cacheReadInputTokens !== undefined
      ? { cacheReadInputTokens: reply.usage.cacheReadInputTokens }
      : {}),
    ...(reply.usage.cacheWriteInputTokens !== undefined
      ? { cacheWriteInputTokens: reply.usage.cacheWriteInputTokens }
      : {}),
    serverToolUsage: {},
  };
}

function blockText(content: unknown): string {
  if (!Array.isArray(content)) return '';
  return (content as Json[])
    .map(block => {
      if (typeof block.text === 'string') return block.text;
      if (isObject(block.toolResult)) return blockText(block.toolResult.content);
      if (block.json !== undefined) return JSON.stringify(block.json);
      return '';
    })
    .filter(Boolean)
    .join(' ');
}

function converseView(body: Json, model: EmulatedModel): RequestView {
  const view = emptyView();
  const messages = Array.isArray(body.messages) ? (body.messages as Json[]) : [];
  const lastUser = [...messages].reverse().find(message => message.role === 'user');
  const blocks = Array.isArray(lastUser?.content) ? (lastUser.content as Json[]) : [];
  view.lastUserText = blocks
    .filter(b => typeof b.text === 'string')
    .map(b => String(b.text))
    .join(' ');
  view.imageCount = blocks.filter(b => 'image' in b).length;
  view.documentCount = blocks.filter(b => 'document' in b).length;
  const results = blocks.filter(b => 'toolResult' in b);
  if (results.length > 0) view.toolResultText = blockText(results);
  const toolConfig = isObject(body.toolConfig) ? body.toolConfig : undefined;
  view.tools = (Array.isArray(toolConfig?.tools) ? (toolConfig.tools as Json[]) : [])
    .map(tool => tool.toolSpec as Json | undefined)
    .filter((spec): spec is Json => isObject(spec))
    .map(spec => ({ name: String(spec.name), schema: (spec.inputSchema as Json | undefined)?.json }));
  const choice = isObject(toolConfig?.toolChoice) ? (toolConfig.toolChoice as Json) : undefined;
  if (isObject(choice?.tool)) view.forcedTool = String(choice.tool.name);
  if (choice && 'any' in choice) view.forcedTool = view.tools[0]?.name;
  const extra = isObject(body.additionalModelRequestFields) ? body.additionalModelRequestFields : {};
  const thinking =
    isObject(extra.thinking) && (extra.thinking.type === 'enabled' || extra.thinking.type === 'adaptive');
  const asked = thinking || extra.reasoning_effort !== undefined || isObject(extra.reasoningConfig);
  view.reasoningRequested =
    model.reasoning === 'claude-thinking'
      ? thinking
      : asked ||
        ['always', 'reasoning-content', 'inline-reasoning-tag', 'inline-think-tag'].includes(model.reasoning);
  const inference = isObject(body.inferenceConfig) ? body.inferenceConfig : {};
  view.stopSequences = Array.isArray(inference.stopSequences) ? (inference.stopSequences as string[]) : [];
  view.maxTokens = typeof inference.maxTokens === 'number' ? inference.maxTokens : undefined;
  const systemText = Array.isArray(body.system)
    ? (body.system as Json[]).map(b => String(b.text ?? '')).join(' ')
    : '';
  const structure = ((body.outputConfig as Json | undefined)?.textFormat as Json | undefined)?.structure as
    | Json
    | undefined;
  const schema = (structure?.jsonSchema as Json | undefined)?.schema;
  view.jsonSchema =
    typeof schema === 'string'
      ? JSON.parse(schema)
      : (schema ?? (view.tools.length === 0 ? findSchemaInText(systemText) : undefined));
  view.promptText = systemText + messages.map(message => blockText(message.content)).join(' ');
  return view;
}

/**
 * Claude's matched stop sequence comes back only when the request asks for it with
 * `additionalModelResponseFieldPaths: ["/delta/stop_sequence"]`, and then under `delta`, on Converse and ConverseStream
 * alike (https://github.com/vercel/ai/pull/11286, corrected by https://github.com/vercel/ai/pull/11410).
 */
function stopSequenceField(reply: ResolvedReply, ctx: RenderContext): Record<string, unknown> {
  const paths = isObject(ctx.request) ? ctx.request.additionalModelResponseFieldPaths : undefined;
  if (ctx.model.family !== 'anthropic' || !Array.isArray(paths) || !paths.includes('/delta/stop_sequence'))
    return {};
  return { additionalModelResponseFields: { delta: { stop_sequence: reply.stopSequence ?? null } } };
}
