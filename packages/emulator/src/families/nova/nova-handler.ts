import { type BedrockRule, defineRules, reject } from '../../knowledge/rules';
import { AWS, FIXTURE, LEGACY_RUN, REAL, unsourced } from '../../knowledge/sources';
import type { FamilyHandler, RenderedStreamEvent, ResolvedReply } from '../../models/emulated-model';
import {
  isNumberIn,
  isObject,
  isPositiveInteger,
  type Json,
  textOf,
  unknownKey,
} from '../shared/body-checks';
import { chunkText, derivedId, invocationMetrics, textPieces } from '../shared/reply-shaping';
import { emptyView, findSchemaInText } from '../shared/request-view';
import { misplacedNovaCachePoint } from './nova-cache-points';
import { checkNovaReasoning } from './nova-reasoning-rules';

/**
 * Amazon Nova `messages-v1` on InvokeModel (AWS Nova "complete request schema"; invoke-nova-micro.json,
 * imwrs-nova-micro-stream.json). Nova keeps the matched stop sequence in its output (the legacy wrapper's stop
 * sequence runs, test-stop-sequences-output.txt). Each rejection names its rule in NOVA below.
 */
const NOVA = defineRules('nova', {
  bodyObject: { says: 'The body is a JSON object.', source: [AWS.novaRequestSchema] },
  unknownKey: {
    says: 'Top-level keys: schemaVersion, system, messages, inferenceConfig, toolConfig.',
    source: [AWS.novaRequestSchema, FIXTURE.novaInvoke],
  },
  schemaVersion: { says: 'schemaVersion is "messages-v1".', source: [AWS.novaRequestSchema] },
  inferenceConfig: {
    says: 'inferenceConfig keys: maxTokens / max_new_tokens, temperature, topP, topK, stopSequences (reasoningConfig on Nova 2).',
    source: [AWS.novaRequestSchema],
  },
  maxTokens: { says: "maxTokens is at most the model's max output.", source: [AWS.novaRequestSchema] },
  temperature: { says: 'temperature is within 0..1.', source: [AWS.novaRequestSchema] },
  stopSequencesMax: {
    says: 'At most 4 stop sequences.',
    source: [
      LEGACY_RUN.stopSequenceCounts,
      unsourced('no AWS page gives the count: the Nova request schema lists stopSequences without one'),
    ],
  },
  system: { says: 'system is an array of {text}.', source: [AWS.novaRequestSchema] },
  toolChoice: {
    says: 'toolChoice any / tool only on models that support forced tool choice (every Nova model does).',
    source: [AWS.novaToolChoice, REAL.novaToolChoiceWorks],
  },
  messages: {
    says: 'messages is a non-empty array of user / assistant turns with content arrays.',
    source: [AWS.novaRequestSchema],
  },
  imageUnsupported: { says: 'Nova Micro takes no images.', source: [AWS.converseFeatures] },
  imageShape: {
    says: 'Images: format png|jpeg|gif|webp and base64 source.bytes.',
    source: [AWS.novaRequestSchema],
  },
  cachePointKey: {
    says: 'A prompt-cache point is a cachePoint key of a text block (system or message content), not a block of its own.',
    source: [
      AWS.novaInvokeCachingSample,
      REAL.novaCachePointAfterToolResult,
      unsourced(
        'the wording for a cachePoint block of its own, written like the one for a cachePoint on a tool result',
      ),
    ],
  },
  toolConfigRequired: {
    says: 'toolUse / toolResult blocks need a toolConfig.',
    source: [REAL.toolConfigRequired, FIXTURE.novaConverseTools],
  },
});
const malformed = (rule: BedrockRule, detail: string) =>
  reject(rule, `Malformed input request: ${detail}, please reformat your input and try again.`);
const INFERENCE_KEYS = [
  'maxTokens',
  'max_new_tokens',
  'temperature',
  'topP',
  'topK',
  'stopSequences',
  'reasoningConfig',
];

export const novaHandler: FamilyHandler = {
  includesStopSequence: true,
  validate(body, { model }) {
    if (!isObject(body)) return malformed(NOVA.bodyObject, '#: expected type: JSONObject');
    const extra = unknownKey(body, ['schemaVersion', 'system', 'messages', 'inferenceConfig', 'toolConfig']);
    if (extra) return malformed(NOVA.unknownKey, `#: extraneous key [${extra}] is not permitted`);
    if (body.schemaVersion !== undefined && body.schemaVersion !== 'messages-v1')
      return malformed(NOVA.schemaVersion, '#/schemaVersion: messages-v1 expected');
    const inference = body.inferenceConfig;
    if (inference !== undefined) {
      if (!isObject(inference))
        return malformed(NOVA.inferenceConfig, '#/inferenceConfig: expected type: JSONObject');
      const badKey = unknownKey(inference, INFERENCE_KEYS);
      if (badKey)
        return malformed(
          NOVA.inferenceConfig,
          `#/inferenceConfig: extraneous key [${badKey}] is not permitted`,
        );
      const max = inference.maxTokens ?? inference.max_new_tokens;
      if (max !== undefined && (!isPositiveInteger(max) || max > model.maxOutputTokens)) {
        return reject(
          NOVA.maxTokens,
          `The maximum tokens you requested exceeds the model limit of ${model.maxOutputTokens}.`,
        );
      }
      if (inference.temperature !== undefined && !isNumberIn(inference.temperature, 0, 1))
        return malformed(NOVA.temperature, '#/inferenceConfig/temperature: must be between 0 and 1');
      if (Array.isArray(inference.stopSequences) && inference.stopSequences.length > 4) {
        return malformed(
          NOVA.stopSequencesMax,
          `#/inferenceConfig/stopSequences: expected maximum item count: 4, found: ${inference.stopSequences.length}`,
        );
      }
      if (inference.reasoningConfig !== undefined && model.variant !== 'nova-2')
        return malformed(
          NOVA.inferenceConfig,
          '#/inferenceConfig: extraneous key [reasoningConfig] is not permitted',
        );
      const reasoningRefusal = checkNovaReasoning(inference, inference.reasoningConfig);
      if (reasoningRefusal) return reasoningRefusal;
    }
    if (
      body.system !== undefined &&
      (!Array.isArray(body.system) ||
        body.system.some(block => !isObject(block) || typeof block.text !== 'string'))
    ) {
      return malformed(NOVA.system, '#/system: expected type: JSONArray of {text}');
    }
    const toolConfig = body.toolConfig;
    if (
      isObject(toolConfig) &&
      isObject(toolConfig.toolChoice) &&
      ('tool' in toolConfig.toolChoice || 'any' in toolConfig.toolChoice) &&
      !model.tools.forcedChoice
    ) {
      return reject(
        NOVA.toolChoice,
        "This model doesn't support the toolConfig.toolChoice.tool field. Remove toolConfig.toolChoice.tool and try again.",
      );
    }
    if (!Array.isArray(body.messages) || body.messages.length === 0)
      return malformed(NOVA.messages, '#: required key [messages] not found');
    const misplaced = misplacedNovaCachePoint(body.messages, true);
    if (misplaced)
      return malformed(
        NOVA.cachePointKey,
        `#/messages/${misplaced.message}/content/${misplaced.block}: extraneous key [cachePoint] is not permitted`,
      );
    for (const [index, message] of body.messages.entries()) {
      if (!isObject(message) || !['user', 'assistant'].includes(String(message.role)))
        return malformed(NOVA.messages, `#/messages/${index}/role: invalid`);
      if (!Array.isArray(message.content))
        return malformed(NOVA.messages, `#/messages/${index}/content: expected type: JSONArray`);
      for (const block of message.content) {
        if (!isObject(block))
          return malformed(NOVA.messages, `#/messages/${index}/content: expected type: JSONObject`);
        if ('image' in block) {
          if (!model.vision.invoke)
            return reject(
              NOVA.imageUnsupported,
              "This model doesn't support the image content block that you provided. Update the content block and try again.",
            );
          const image = block.image as Json;
          const source = image?.source as Json | undefined;
          if (
            !['png', 'jpeg', 'gif', 'webp'].includes(String(image?.format)) ||
            typeof source?.bytes !== 'string'
          ) {
            return malformed(
              NOVA.imageShape,
              `#/messages/${index}/content/image: format png|jpeg|gif|webp and source.bytes (base64) required`,
            );
          }
        }
        if (('toolUse' in block || 'toolResult' in block) && !isObject(toolConfig)) {
          return reject(
            NOVA.toolConfigRequired,
            'The toolConfig field must be defined when using toolUse and toolResult content blocks.',
          );
        }
      }
    }
    return undefined;
  },
  view(body, { model }) {
    const b = body as Json;
    const view = emptyView();
    const messages = Array.isArray(b.messages) ? (b.messages as Json[]) : [];
    const lastUser = [...messages].reverse().find(message => message.role === 'user');
    const blocks = Array.isArray(lastUser?.content) ? (lastUser.content as Json[]) : [];
    view.lastUserText = blocks
      .filter(block => typeof block.text === 'string')
      .map(block => String(block.text))
      .join(' ');
    view.imageCount = blocks.filter(block => 'image' in block).length;
    const results = blocks.filter(block => 'toolResult' in block);
    if (results.length > 0)
      view.toolResultText = results
        .map(
          block =>
            textOf((block.toolResult as Json).content) || JSON.stringify((block.toolResult as Json).content),
        )
        .join(' ');
    const toolConfig = isObject(b.toolConfig) ? b.toolConfig : undefined;
    view.tools = (Array.isArray(toolConfig?.tools) ? (toolConfig.tools as Json[]) : []).map(tool => {
      const spec = tool.toolSpec as Json;
      return { name: String(spec?.name), schema: (spec?.inputSchema as Json | undefined)?.json };
    });
    const inference = isObject(b.inferenceConfig) ? b.inferenceConfig : {};
    view.reasoningRequested =
      model.variant === 'nova-2' &&
      isObject(inference.reasoningConfig) &&
      inference.reasoningConfig.type === 'enabled';
    view.stopSequences = Array.isArray(inference.stopSequences) ? (inference.stopSequences as string[]) : [];
    const max = inference.maxTokens ?? inference.max_new_tokens;
    view.maxTokens = typeof max === 'number' ? max : undefined;
    const systemText = Array.isArray(b.system)
      ? (b.system as Json[]).map(block => String(block.text)).join(' ')
      : '';
    if (view.tools.length === 0) view.jsonSchema = findSchemaInText(systemText);
    view.promptText = systemText + messages.map(message => textOf(message.content)).join(' ');
    return view;
  },
  render(reply, ctx) {
    return {
      output: { message: { content: contentBlocks(reply, ctx.requestId), role: 'assistant' } },
      stopReason: reply.stopReason,
      usage: usage(reply),
    };
  },
  renderStream(reply, ctx) {
    const chunks: Json[] = [{ messageStart: { role: 'assistant' } }];
    let index = 0;
    if (reply.reasoning) {
      for (const piece of chunkText(reply.reasoning, reply.chunkSize)) {
        chunks.push({
          contentBlockDelta: { delta: { reasoningContent: { text: piece } }, contentBlockIndex: index },
        });
      }
      chunks.push({ contentBlockStop: { contentBlockIndex: index++ } });
    }
    // Nova Micro gives each text delta its own contentBlockIndex (imwrs-nova-micro-stream.json).
    for (const piece of textPieces(reply.text, reply)) {
      chunks.push({ contentBlockDelta: { delta: { text: piece }, contentBlockIndex: index } });
      chunks.push({ contentBlockStop: { contentBlockIndex: index++ } });
    }
    reply.toolCalls.forEach((call, callIndex) => {
      const toolUseId = call.id ?? derivedId('tooluse_', ctx.requestId, callIndex, 22);
      chunks.push({
        contentBlockStart: { start: { toolUse: { toolUseId, name: call.name } }, contentBlockIndex: index },
      });
      chunks.push({
        contentBlockDelta: {
          delta: { toolUse: { input: JSON.stringify(call.input) } },
          contentBlockIndex: index,
        },
      });
      chunks.push({ contentBlockStop: { contentBlockIndex: index++ } });
    });
    chunks.push({ messageStop: { stopReason: reply.stopReason } });
    chunks.push({
      metadata: { usage: usage(reply), metrics: {}, trace: {} },
      'amazon-bedrock-invocationMetrics': invocationMetrics(reply),
    });
    return chunks.map((json): RenderedStreamEvent => ({ kind: 'chunk', json }));
  },
};

function contentBlocks(reply: ResolvedReply, requestId: string): Json[] {
  const blocks: Json[] = [];
  if (reply.reasoning) blocks.push({ reasoningContent: { reasoningText: { text: reply.reasoning } } });
  if (reply.text) blocks.push({ text: reply.text });
  reply.toolCalls.forEach((call, index) =>
    blocks.push({
      toolUse: {
        toolUseId: call.id ?? derivedId('tooluse_', requestId, index, 22),
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
    cacheReadInputTokenCount: reply.usage.cacheReadInputTokens ?? 0,
    cacheWriteInputTokenCount: reply.usage.cacheWriteInputTokens ?? 0,
  };
}
