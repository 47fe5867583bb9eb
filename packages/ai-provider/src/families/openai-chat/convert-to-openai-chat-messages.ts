import { type LanguageModelV1Prompt, UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import type { CoreWarning } from '../../core/core-parts';
import { imageData } from '../../prompt/image-data';
import { stringifyToolResult } from '../../prompt/stringify-tool-result';
import type { OpenAIChatContentPart, OpenAIChatMessage } from './openai-chat-api';
import type { OpenAIChatQuirks } from './openai-chat-quirks';

/**
 * AI SDK prompt -> chat-completions messages. Images go as `image_url` data URLs (the legacy wrapper sent Anthropic
 * blocks, which this backend rejects: https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/test-vision-models-output.txt#L261). Earlier reasoning is not sent back (these APIs neither
 * expect nor verify it). No empty assistant turn is ever appended.
 */
export function convertToOpenAIChatMessages(
  prompt: LanguageModelV1Prompt,
  quirks: OpenAIChatQuirks,
  warnings: CoreWarning[],
): OpenAIChatMessage[] {
  const toolId = quirks.toolCallId ?? ((id: string) => id);
  const messages: OpenAIChatMessage[] = [];
  for (const message of prompt) {
    switch (message.role) {
      case 'system':
        messages.push({ role: 'system', content: message.content });
        break;
      case 'user': {
        const parts: OpenAIChatContentPart[] = [];
        for (const part of message.content) {
          if (part.type === 'text') {
            if (part.text.length > 0) parts.push({ type: 'text', text: part.text });
          } else if (part.type === 'image' || part.mimeType.startsWith('image/')) {
            const image = imageData(
              part.type === 'image' ? part : { image: part.data, mimeType: part.mimeType },
            );
            if (image.kind === 's3') {
              throw new UnsupportedFunctionalityError({
                functionality: 's3 images',
                message: 'S3 images are only accepted on the Converse API.',
              });
            }
            parts.push({
              type: 'image_url',
              image_url: { url: `data:${image.mediaType};base64,${convertUint8ArrayToBase64(image.bytes)}` },
            });
          } else {
            throw new UnsupportedFunctionalityError({
              functionality: `file part ${part.mimeType}`,
              message: 'This model takes text and images on InvokeModel.',
            });
          }
        }
        // Text-only turns go as a plain string, the form every model of this backend accepts.
        messages.push({
          role: 'user',
          content: parts.every(part => part.type === 'text')
            ? parts.map(part => (part as { text: string }).text).join('\n')
            : parts,
        });
        break;
      }
      case 'assistant': {
        const text = message.content.flatMap(part => (part.type === 'text' ? [part.text] : [])).join('');
        const toolCalls = message.content.flatMap(part =>
          part.type === 'tool-call'
            ? [
                {
                  id: toolId(part.toolCallId),
                  type: 'function' as const,
                  function: { name: part.toolName, arguments: JSON.stringify(part.args ?? {}) },
                },
              ]
            : [],
        );
        if (text.length === 0 && toolCalls.length === 0) break;
        // Consecutive assistant messages are one turn: tool results must follow the message holding their calls.
        const previous = messages.at(-1);
        if (previous?.role === 'assistant') {
          previous.content = [previous.content, text].filter(Boolean).join('') || null;
          if (toolCalls.length > 0) previous.tool_calls = [...(previous.tool_calls ?? []), ...toolCalls];
          break;
        }
        messages.push({
          role: 'assistant',
          content: text.length > 0 ? text : null,
          ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
        });
        break;
      }
      case 'tool':
        for (const part of message.content) {
          messages.push({
            role: 'tool',
            tool_call_id: toolId(part.toolCallId),
            content: stringifyToolResult(part.result),
          });
        }
        break;
    }
  }
  const last = messages.at(-1);
  if (quirks.noAssistantPrefill && last?.role === 'assistant') {
    messages.pop();
    warnings.push({
      type: 'other',
      message: 'This model cannot continue a final assistant message (prefill); it was not sent.',
    });
  }
  return messages;
}
