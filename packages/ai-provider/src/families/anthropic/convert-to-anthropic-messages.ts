import {
  type LanguageModelV1Prompt,
  type LanguageModelV1ProviderMetadata,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import type { ModelCatalogEntry } from '../../catalog/model-catalog-types';
import { bedrockToolUseId } from '../../core/bedrock-tool-use-id';
import type { CoreWarning } from '../../core/core-parts';
import { cachePointNotSent, hasCachePoint } from '../../prompt/cache-points';
import { imageData } from '../../prompt/image-data';
import { stringifyToolResult } from '../../prompt/stringify-tool-result';
import type { AnthropicContentBlock, AnthropicMessage, AnthropicRequestBody } from './anthropic-api';

/**
 * AI SDK prompt -> Anthropic `system` + `messages`. Every system message is kept (as text blocks, in order);
 * consecutive turns of one role are merged, tool results join the user turn; signed reasoning goes back as
 * `thinking` blocks and redacted reasoning as `redacted_thinking` when the call thinks (Anthropic requires them in a
 * tool loop with thinking, and ignores them otherwise); unsigned reasoning cannot be verified by Bedrock and is left out.
 */
export function convertToAnthropicMessages(
  prompt: LanguageModelV1Prompt,
  entry: ModelCatalogEntry,
  thinking: boolean,
  warnings: CoreWarning[],
): Pick<AnthropicRequestBody, 'system' | 'messages'> {
  const system: NonNullable<AnthropicRequestBody['system']> = [];
  const messages: AnthropicMessage[] = [];
  let droppedUnsigned = false;
  const push = (
    role: 'user' | 'assistant',
    blocks: AnthropicContentBlock[],
    metadata?: LanguageModelV1ProviderMetadata,
  ) => {
    if (hasCachePoint(metadata)) {
      const last = blocks.at(-1);
      if (!last) warnings.push(cachePointNotSent(entry, 'empty-message'));
      else if (last.type === 'thinking' || last.type === 'redacted_thinking')
        warnings.push(cachePointNotSent(entry, 'after-reasoning'));
      else last.cache_control = { type: 'ephemeral' };
    }
    if (blocks.length === 0) return;
    const last = messages.at(-1);
    if (last?.role === role) last.content.push(...blocks);
    else messages.push({ role, content: blocks });
  };

  for (const message of prompt) {
    switch (message.role) {
      case 'system':
        if (message.content.length > 0)
          system.push({
            type: 'text',
            text: message.content,
            ...(hasCachePoint(message.providerMetadata) ? { cache_control: { type: 'ephemeral' } } : {}),
          });
        break;
      case 'user': {
        const blocks: AnthropicContentBlock[] = [];
        for (const part of message.content) {
          if (part.type === 'text') {
            if (part.text.length > 0) blocks.push({ type: 'text', text: part.text });
          } else if (part.type === 'image') {
            blocks.push(imageBlock(part));
          } else if (part.mimeType.startsWith('image/')) {
            blocks.push(
              imageBlock({
                image: part.data instanceof URL ? part.data : part.data,
                mimeType: part.mimeType,
              }),
            );
          } else if (part.mimeType === 'application/pdf' && entry.documents.invoke) {
            if (part.data instanceof URL) {
              throw new UnsupportedFunctionalityError({
                functionality: 'document URLs',
                message: 'Claude on InvokeModel takes documents as bytes, not URLs.',
              });
            }
            blocks.push({
              type: 'document',
              source: { type: 'base64', media_type: 'application/pdf', data: part.data },
            });
          } else {
            throw new UnsupportedFunctionalityError({
              functionality: `file part ${part.mimeType}`,
              message: `${entry.name} takes ${entry.documents.invoke ? 'PDF documents and images' : 'images'} on InvokeModel, not ${part.mimeType}.`,
            });
          }
        }
        push('user', blocks, message.providerMetadata);
        break;
      }
      case 'assistant': {
        const blocks: AnthropicContentBlock[] = [];
        for (const part of message.content) {
          if (part.type === 'text') {
            if (part.text.length > 0) blocks.push({ type: 'text', text: part.text });
          } else if (part.type === 'reasoning') {
            if (!part.signature) droppedUnsigned = true;
            else if (thinking)
              blocks.push({ type: 'thinking', thinking: part.text, signature: part.signature });
          } else if (part.type === 'redacted-reasoning') {
            if (thinking) blocks.push({ type: 'redacted_thinking', data: part.data });
          } else if (part.type === 'tool-call') {
            blocks.push({
              type: 'tool_use',
              id: bedrockToolUseId(part.toolCallId),
              name: part.toolName,
              input: part.args ?? {},
            });
          } else {
            throw new UnsupportedFunctionalityError({
              functionality: 'assistant file parts',
              message: 'Claude does not take files in assistant turns.',
            });
          }
        }
        push('assistant', blocks, message.providerMetadata);
        break;
      }
      case 'tool':
        push(
          'user',
          message.content.map(part => ({
            type: 'tool_result',
            tool_use_id: bedrockToolUseId(part.toolCallId),
            content: part.content
              ? part.content.map(item =>
                  item.type === 'text'
                    ? { type: 'text' as const, text: item.text }
                    : imageBlock({ image: item.data, mimeType: item.mimeType }),
                )
              : stringifyToolResult(part.result),
            ...(part.isError ? { is_error: true } : {}),
          })),
          message.providerMetadata,
        );
        break;
    }
  }
  if (droppedUnsigned) {
    warnings.push({
      type: 'other',
      message:
        'Reasoning without a signature (not produced by Claude) was not sent back: Bedrock cannot verify it.',
    });
  }
  // Bedrock rejects a final assistant prefill that ends with whitespace.
  const last = messages.at(-1);
  const lastBlock = last?.role === 'assistant' ? last.content.at(-1) : undefined;
  if (lastBlock?.type === 'text') lastBlock.text = lastBlock.text.trimEnd();
  return { ...(system.length > 0 ? { system } : {}), messages };
}

function imageBlock(part: {
  image: Uint8Array | URL | string;
  mimeType?: string;
}): Extract<AnthropicContentBlock, { type: 'image' }> {
  const image = imageData(part);
  if (image.kind === 's3') {
    throw new UnsupportedFunctionalityError({
      functionality: 's3 images',
      message: 'S3 images are only accepted on the Converse API.',
    });
  }
  return {
    type: 'image',
    source: { type: 'base64', media_type: image.mediaType, data: convertUint8ArrayToBase64(image.bytes) },
  };
}
