import {
  type LanguageModelV1Prompt,
  type LanguageModelV1ProviderMetadata,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';
import { convertBase64ToUint8Array } from '@ai-sdk/provider-utils';
import type { ModelCatalogEntry } from '../catalog/model-catalog-types';
import { bedrockToolUseId } from '../core/bedrock-tool-use-id';
import type { CoreWarning } from '../core/core-parts';
import { cachePointNotSent, hasCachePoint } from '../prompt/cache-points';
import { imageData } from '../prompt/image-data';
import { stringifyToolResult } from '../prompt/stringify-tool-result';
import type { ConverseContentBlock, ConverseMessage } from './converse-api';
import { CONVERSE_TOOL_USE_NAME, converseToolUseName } from './converse-tool-use-name';

// Converse document formats by media type (API_runtime_DocumentBlock).
const DOCUMENT_FORMATS: Record<string, string> = {
  'application/pdf': 'pdf',
  'text/csv': 'csv',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'text/html': 'html',
  'text/plain': 'txt',
  'text/markdown': 'md',
};

const TOOL_RESULTS_ACKNOWLEDGED = 'Noted.';

/** Whether joining two runs of user blocks would put tool results beside other blocks in one turn. */
function mixesToolResults(previous: ConverseContentBlock[], next: ConverseContentBlock[]): boolean {
  const results = (blocks: ConverseContentBlock[]) => blocks.filter(block => 'toolResult' in block).length;
  const others = (blocks: ConverseContentBlock[]) =>
    blocks.filter(block => !('toolResult' in block) && !('cachePoint' in block)).length;
  return (results(previous) > 0 && others(next) > 0) || (others(previous) > 0 && results(next) > 0);
}

/**
 * AI SDK prompt -> Converse `system` + `messages`. Bedrock rejects empty content and blank text blocks
 * (error-converse-nova-2-empty-content-400.json), so empty parts are left out and consecutive turns of one role merged.
 * Signed reasoning goes back only to Claude (the signature is Claude's); other models' reasoning is never replayed
 * ("User messages cannot contain reasoning content", DeepSeek-R1 multi-turn failures: https://github.com/vercel/ai/issues/7034).
 * Without tools offered, Bedrock rejects toolUse/toolResult blocks, so earlier tool turns become text. A failed tool's
 * `status: "error"` goes only to models whose hooks take it: "only supported by Amazon Nova and Anthropic Claude 3 and 4
 * models" (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolResultBlock.html); Palmyra X5
 * rejects it ("This model doesn't support the status field", https://github.com/strands-agents/harness-sdk/issues/393).
 */
export function convertToConverseMessages(
  prompt: LanguageModelV1Prompt,
  entry: ModelCatalogEntry,
  tools: {
    readonly hasTools: boolean;
    readonly toolResultStatus: boolean;
    /** The family's tool-call id rewrite (ConverseHooks.toolCallId); otherwise Bedrock's own rule. */
    readonly toolCallId?: (id: string) => string;
    readonly cachePointsAfterTextOnly?: boolean;
  },
  warnings: CoreWarning[],
): { system: Array<{ text: string } | { cachePoint: { type: 'default' } }>; messages: ConverseMessage[] } {
  const system: Array<{ text: string } | { cachePoint: { type: 'default' } }> = [];
  const messages: ConverseMessage[] = [];
  const { hasTools, toolResultStatus } = tools;
  const toolId = tools.toolCallId ?? bedrockToolUseId;
  const replayReasoning = entry.reasoning?.kind === 'anthropic-thinking';
  let documentCount = 0;
  let flattenedTools = false;
  const renamedToolCalls = new Map<string, string>();
  /** Adds a cache point after `blocks`, unless the model takes none after their last block (a warning then). */
  const addCachePoint = (blocks: Array<ConverseContentBlock | { cachePoint: { type: 'default' } }>) => {
    const last = blocks.at(-1);
    if (!last) {
      warnings.push(cachePointNotSent(entry, 'empty-message'));
      return;
    }
    if ('reasoningContent' in last) {
      warnings.push(cachePointNotSent(entry, 'after-reasoning'));
      return;
    }
    if (tools.cachePointsAfterTextOnly && !('text' in last)) {
      warnings.push({
        type: 'other',
        message: `${entry.name} takes a prompt-cache point only right after text; the one after a ${Object.keys(last)[0]} block was not sent.`,
      });
      return;
    }
    blocks.push({ cachePoint: { type: 'default' } });
  };
  const push = (
    role: 'user' | 'assistant',
    blocks: ConverseContentBlock[],
    metadata?: LanguageModelV1ProviderMetadata,
  ) => {
    if (blocks.length === 0) {
      if (hasCachePoint(metadata)) warnings.push(cachePointNotSent(entry, 'empty-message'));
      return;
    }
    if (hasCachePoint(metadata)) addCachePoint(blocks);
    const last = messages.at(-1);
    if (last?.role === role && entry.converseToolResultsAlone && mixesToolResults(last.content, blocks)) {
      messages.push({ role: 'assistant', content: [{ text: TOOL_RESULTS_ACKNOWLEDGED }] });
      warnings.push({
        type: 'other',
        message: `${entry.name} on Converse takes no user text in the turn of tool results (${entry.converseToolResultsAlone.source}); the assistant turn "${TOOL_RESULTS_ACKNOWLEDGED}" was put between them.`,
      });
      messages.push({ role, content: blocks });
    } else if (last?.role === role) last.content.push(...blocks);
    else messages.push({ role, content: blocks });
  };

  for (const message of prompt) {
    if (message.role === 'system') {
      if (message.content.trim().length > 0) system.push({ text: message.content });
      if (hasCachePoint(message.providerMetadata)) addCachePoint(system);
      continue;
    }
    const blocks: ConverseContentBlock[] = [];
    if (message.role === 'tool') {
      for (const part of message.content) {
        if (!hasTools) {
          flattenedTools = true;
          blocks.push({ text: `[result of tool ${part.toolName}: ${stringifyToolResult(part.result)}]` });
          continue;
        }
        // An empty content list goes as the result's JSON instead: Bedrock refuses a failed tool's empty content ("The
        // content field at messages.<n>.content.0.toolResult cannot be empty when status value is error.",
        // https://github.com/aws-samples/sample-multi-agent-orchestration-chat-on-agentcore/issues/15).
        const content = part.content?.length
          ? part.content.map(item =>
              item.type === 'text'
                ? { text: item.text }
                : imageBlock({ image: item.data, mimeType: item.mimeType }, entry),
            )
          : [
              typeof part.result === 'object' && part.result !== null && !Array.isArray(part.result)
                ? { json: part.result }
                : { text: stringifyToolResult(part.result) },
            ];
        blocks.push({
          toolResult: {
            toolUseId: toolId(part.toolCallId),
            content: content as Array<{ text: string } | { json: unknown }>,
            ...(part.isError && toolResultStatus ? { status: 'error' as const } : {}),
          },
        });
      }
      push('user', blocks, message.providerMetadata);
      continue;
    }
    for (const part of message.content) {
      switch (part.type) {
        case 'text':
          if (part.text.trim().length > 0) blocks.push({ text: part.text });
          break;
        case 'image':
          blocks.push(imageBlock(part, entry));
          break;
        case 'file': {
          if (part.mimeType.startsWith('image/')) {
            blocks.push(imageBlock({ image: part.data, mimeType: part.mimeType }, entry));
            break;
          }
          const format = DOCUMENT_FORMATS[part.mimeType];
          if (!format) {
            throw new UnsupportedFunctionalityError({
              functionality: `file part ${part.mimeType}`,
              message: `Converse does not take ${part.mimeType} documents.`,
            });
          }
          documentCount++;
          // Document names: letters, digits, whitespace, hyphens, parentheses, brackets; unique per request.
          const name = `${(part.filename ?? 'document').replace(/\.[^.]+$/, '').replace(/[^a-zA-Z0-9\s\-()[\]]/g, '-')} ${documentCount}`;
          const source =
            part.data instanceof URL
              ? s3Source(part.data, entry)
              : { bytes: convertBase64ToUint8Array(part.data) };
          blocks.push({ document: { format, name, source } });
          break;
        }
        case 'reasoning':
          if (replayReasoning && part.signature)
            blocks.push({
              reasoningContent: { reasoningText: { text: part.text, signature: part.signature } },
            });
          break;
        case 'redacted-reasoning':
          if (replayReasoning)
            blocks.push({ reasoningContent: { redactedContent: convertBase64ToUint8Array(part.data) } });
          break;
        case 'tool-call':
          if (!hasTools) {
            flattenedTools = true;
            blocks.push({ text: `[call of tool ${part.toolName} with ${JSON.stringify(part.args)}]` });
          } else {
            const name = converseToolUseName(part.toolName);
            if (name !== part.toolName) renamedToolCalls.set(part.toolName, name);
            blocks.push({ toolUse: { toolUseId: toolId(part.toolCallId), name, input: part.args ?? {} } });
          }
          break;
      }
    }
    push(message.role, blocks, message.providerMetadata);
  }
  for (const [given, sent] of renamedToolCalls) {
    warnings.push({
      type: 'other',
      message: `A tool call in the conversation named ${JSON.stringify(given)} was sent as ${JSON.stringify(sent)}: a tool-call name on Converse is ${CONVERSE_TOOL_USE_NAME.describe} (${CONVERSE_TOOL_USE_NAME.source}).`,
    });
  }
  if (flattenedTools) {
    warnings.push({
      type: 'other',
      message:
        'Earlier tool calls and results were sent as text: Converse rejects them when no tools are offered.',
    });
  }
  if (entry.systemPrompt?.converse === false && system.length > 0) {
    foldSystemIntoFirstUserTurn(system, messages, entry, warnings);
    system.length = 0;
  }
  // Bedrock rejects a final assistant prefill that ends with whitespace.
  const lastBlock = messages.at(-1)?.role === 'assistant' ? messages.at(-1)?.content.at(-1) : undefined;
  if (lastBlock && 'text' in lastBlock) lastBlock.text = lastBlock.text.trimEnd();
  return { system, messages };
}

/**
 * For a model that takes no system prompt on Converse (catalog `systemPrompt.converse: false`, with its source), the
 * system text goes in front of the first user turn's text instead, so it still reaches the model.
 */
function foldSystemIntoFirstUserTurn(
  system: ReadonlyArray<{ text: string } | { cachePoint: { type: 'default' } }>,
  messages: ConverseMessage[],
  entry: ModelCatalogEntry,
  warnings: CoreWarning[],
): void {
  const text = system.flatMap(block => ('text' in block ? [block.text] : [])).join('\n\n');
  if (text === '') return;
  warnings.push({
    type: 'other',
    message: `${entry.name} takes no system prompt on Converse; the system text was put at the start of the first user message.`,
  });
  const first = messages[0];
  if (first?.role !== 'user') {
    messages.unshift({ role: 'user', content: [{ text }] });
    return;
  }
  const lead = first.content[0];
  if (lead && 'text' in lead) first.content[0] = { text: `${text}\n\n${lead.text}` };
  else first.content.unshift({ text });
}

function imageBlock(
  part: { image: Uint8Array | URL | string; mimeType?: string },
  entry: ModelCatalogEntry,
): ConverseContentBlock {
  const image = imageData(part);
  return {
    image: {
      format: image.format,
      source: image.kind === 's3' ? s3Location(image.uri, entry) : { bytes: image.bytes },
    },
  };
}

function s3Source(url: URL, entry: ModelCatalogEntry): { s3Location: { uri: string } } {
  if (url.protocol !== 's3:') {
    throw new UnsupportedFunctionalityError({
      functionality: 'document URLs',
      message: 'Documents are taken as bytes or s3:// locations.',
    });
  }
  return s3Location(url.href, entry);
}

/** An S3 source, for the models that take one (the catalog's `s3Locations`). */
function s3Location(uri: string, entry: ModelCatalogEntry): { s3Location: { uri: string } } {
  if (!entry.s3Locations) {
    throw new UnsupportedFunctionalityError({
      functionality: 's3:// media',
      message: `${entry.name} does not take images or documents from S3 (on Bedrock only Amazon Nova models do); pass the bytes instead of ${uri}.`,
    });
  }
  return { s3Location: { uri } };
}
