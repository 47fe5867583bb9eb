import type {
  JSONValue,
  LanguageModelV1Message,
  LanguageModelV1Prompt,
  LanguageModelV1ProviderMetadata,
  LanguageModelV1ToolResultPart,
} from '@ai-sdk/provider';
import { convertBase64ToUint8Array, convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import type {
  LanguageModelV2DataContent,
  LanguageModelV2FilePart,
  LanguageModelV2Prompt,
  LanguageModelV2ReasoningPart,
  LanguageModelV2ToolResultPart,
  SharedV2ProviderOptions,
} from '@ai-sdk/provider-v2';
import { PROVIDER_OPTIONS_KEY } from '../provider-options-key';

/**
 * LanguageModelV2 prompt -> LanguageModelV1 prompt, so that both specifications share one
 * implementation (the V1 model and its codecs). What changes between the two (ai-sdk-contracts.md §2.1):
 * images are file parts, reasoning signatures travel in providerOptions, tool results are typed outputs.
 */
export function convertV2Prompt(prompt: LanguageModelV2Prompt): LanguageModelV1Prompt {
  return prompt.map(convertMessage);
}

function convertMessage(message: LanguageModelV2Prompt[number]): LanguageModelV1Message {
  const providerMetadata = asProviderMetadata(message.providerOptions);
  switch (message.role) {
    case 'system':
      return { role: 'system', content: message.content, providerMetadata };
    case 'user':
      return {
        role: 'user',
        content: message.content.map(part =>
          part.type === 'text'
            ? { type: 'text', text: part.text, providerMetadata: asProviderMetadata(part.providerOptions) }
            : convertFilePart(part),
        ),
        providerMetadata,
      };
    case 'assistant': {
      const content: Extract<LanguageModelV1Message, { role: 'assistant' }>['content'] = [];
      for (const part of message.content) {
        const partMetadata = asProviderMetadata(part.providerOptions);
        switch (part.type) {
          case 'text':
            content.push({ type: 'text', text: part.text, providerMetadata: partMetadata });
            break;
          case 'file': {
            const file = convertFilePart(part);
            // V1 assistant messages carry files but not images; an assistant image goes as a file.
            content.push(
              file.type === 'image'
                ? {
                    type: 'file',
                    data: toBase64OrUrl(part.data),
                    mimeType: part.mediaType,
                    providerMetadata: partMetadata,
                  }
                : file,
            );
            break;
          }
          case 'reasoning':
            content.push(convertReasoningPart(part));
            break;
          case 'tool-call':
            // Provider-executed calls never come from this provider; replaying one would invent a call.
            if (!part.providerExecuted) {
              content.push({
                type: 'tool-call',
                toolCallId: part.toolCallId,
                toolName: part.toolName,
                args: part.input,
                providerMetadata: partMetadata,
              });
            }
            break;
          // Provider-executed tool results have no Bedrock counterpart in an assistant turn.
          case 'tool-result':
            break;
        }
      }
      return { role: 'assistant', content, providerMetadata };
    }
    case 'tool':
      return { role: 'tool', content: message.content.map(convertToolResultPart), providerMetadata };
  }
}

function convertFilePart(
  part: LanguageModelV2FilePart,
): Extract<LanguageModelV1Message, { role: 'user' }>['content'][number] {
  const providerMetadata = asProviderMetadata(part.providerOptions);
  if (part.mediaType.startsWith('image/')) {
    // `image/*` means "some image": the V1 model sniffs the bytes (ai@4 did the same).
    const mimeType = part.mediaType === 'image/*' ? undefined : part.mediaType;
    const image = part.data instanceof URL ? part.data : toBytes(part.data);
    return { type: 'image', image, mimeType, providerMetadata };
  }
  return {
    type: 'file',
    data: toBase64OrUrl(part.data),
    mimeType: part.mediaType,
    filename: part.filename,
    providerMetadata,
  };
}

function convertReasoningPart(
  part: LanguageModelV2ReasoningPart,
): Extract<LanguageModelV1Message, { role: 'assistant' }>['content'][number] {
  const own = part.providerOptions?.[PROVIDER_OPTIONS_KEY] as
    | { signature?: unknown; redactedData?: unknown }
    | undefined;
  const providerMetadata = asProviderMetadata(part.providerOptions);
  if (typeof own?.redactedData === 'string') {
    return { type: 'redacted-reasoning', data: own.redactedData, providerMetadata };
  }
  const signature = typeof own?.signature === 'string' ? own.signature : undefined;
  return { type: 'reasoning', text: part.text, signature, providerMetadata };
}

/**
 * V2 tool outputs are typed; V1 has `result` (+ `isError`, + optional rich `content`). ai@6/7 may also send
 * output types that V2 does not declare (e.g. `execution-denied`), which are passed on as JSON results.
 */
function convertToolResultPart(part: LanguageModelV2ToolResultPart): LanguageModelV1ToolResultPart {
  const base = {
    type: 'tool-result' as const,
    toolCallId: part.toolCallId,
    toolName: part.toolName,
    providerMetadata: asProviderMetadata(part.providerOptions),
  };
  const output = part.output as
    | LanguageModelV2ToolResultPart['output']
    | { type: string; value?: unknown; reason?: string };
  switch (output.type) {
    case 'text':
    case 'json':
      return { ...base, result: output.value };
    case 'error-text':
    case 'error-json':
      return { ...base, result: output.value, isError: true };
    case 'content': {
      const value = (output as Extract<LanguageModelV2ToolResultPart['output'], { type: 'content' }>).value;
      return {
        ...base,
        result: value,
        content: value.map(item =>
          item.type === 'text'
            ? { type: 'text' as const, text: item.text }
            : { type: 'image' as const, data: item.data, mimeType: item.mediaType },
        ),
      };
    }
    default:
      return { ...base, result: output as JSONValue, isError: output.type === 'execution-denied' };
  }
}

function asProviderMetadata(
  options: SharedV2ProviderOptions | undefined,
): LanguageModelV1ProviderMetadata | undefined {
  return options as LanguageModelV1ProviderMetadata | undefined;
}

function toBytes(data: Exclude<LanguageModelV2DataContent, URL>): Uint8Array {
  return typeof data === 'string' ? convertBase64ToUint8Array(data) : data;
}

function toBase64OrUrl(data: LanguageModelV2DataContent): string | URL {
  if (data instanceof URL || typeof data === 'string') return data;
  return convertUint8ArrayToBase64(data);
}
