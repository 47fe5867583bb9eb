import type {
  JSONValue,
  LanguageModelV1Message,
  LanguageModelV1ProviderMetadata,
  LanguageModelV1ToolResultPart,
} from '@ai-sdk/provider';
import { convertBase64ToUint8Array, convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import type { LanguageModelV2Prompt } from '@ai-sdk/provider-v2';
import type { LanguageModelV3Prompt } from '@ai-sdk/provider-v3';
import type { LanguageModelV4Prompt } from '@ai-sdk/provider-v4';
import type { CorePrompt } from '../core/core-call';
import { PROVIDER_OPTIONS_KEY } from '../provider-options-key';

/** The prompts of the three block-protocol specifications; they differ only in file data and tool outputs. */
export type EdgePrompt = LanguageModelV2Prompt | LanguageModelV3Prompt | LanguageModelV4Prompt;

type Options = Record<string, Record<string, unknown>> | undefined;
type UserContent = Extract<LanguageModelV1Message, { role: 'user' }>['content'][number];
type AssistantContent = Extract<LanguageModelV1Message, { role: 'assistant' }>['content'][number];

/**
 * A V2, V3 or V4 prompt -> the core prompt. What differs from the core shape: images are file parts, reasoning
 * signatures travel in providerOptions, tool results are typed outputs; V4 wraps file data as
 * `{ type: 'data' | 'url' | 'reference' | 'text' }` (@ai-sdk/provider 4 `SharedV4FileData`), V3 and V4 add tool
 * outputs (`execution-denied`, file and image items), approval responses and custom parts.
 */
export function convertEdgePrompt(prompt: EdgePrompt): CorePrompt {
  return (prompt as readonly EdgeMessage[]).map(convertMessage);
}

interface EdgePart {
  type: string;
  text?: string;
  data?: unknown;
  mediaType?: string;
  filename?: string;
  toolCallId?: string;
  toolName?: string;
  input?: unknown;
  output?: { type: string; value?: unknown; reason?: string };
  providerExecuted?: boolean;
  providerOptions?: Options;
}
type EdgeMessage =
  | { role: 'system'; content: string; providerOptions?: Options }
  | { role: 'user' | 'assistant' | 'tool'; content: EdgePart[]; providerOptions?: Options };

function convertMessage(message: EdgeMessage): LanguageModelV1Message {
  const providerMetadata = metadata(message.providerOptions);
  if (message.role === 'system') return { role: 'system', content: message.content, providerMetadata };
  if (message.role === 'user') {
    const content: UserContent[] = [];
    for (const part of message.content) {
      if (part.type === 'text')
        content.push({
          type: 'text',
          text: part.text ?? '',
          providerMetadata: metadata(part.providerOptions),
        });
      else if (part.type === 'file') content.push(convertFilePart(part));
    }
    return { role: 'user', content, providerMetadata };
  }
  if (message.role === 'assistant') {
    const content: AssistantContent[] = [];
    for (const part of message.content) {
      const partMetadata = metadata(part.providerOptions);
      switch (part.type) {
        case 'text':
          content.push({ type: 'text', text: part.text ?? '', providerMetadata: partMetadata });
          break;
        case 'file': {
          const file = convertFilePart(part);
          // The core's assistant turns carry files, not images: an assistant image goes as a file.
          content.push(
            file.type === 'image'
              ? {
                  type: 'file',
                  data: base64OrUrl(fileData(part.data)),
                  mimeType: part.mediaType ?? '',
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
              toolCallId: part.toolCallId ?? '',
              toolName: part.toolName ?? '',
              args: part.input,
              providerMetadata: partMetadata,
            });
          }
          break;
        // Provider-executed tool results, reasoning files and custom parts have no Bedrock counterpart.
        default:
          break;
      }
    }
    return { role: 'assistant', content, providerMetadata };
  }
  return {
    role: 'tool',
    // Tool approval responses are the AI SDK's own bookkeeping (ai@6+), not something Bedrock is told.
    content: message.content.filter(part => part.type === 'tool-result').map(convertToolResultPart),
    providerMetadata,
  };
}

/** Raw bytes, base64 text or a URL, whichever specification's file data this is. */
function fileData(data: unknown): Uint8Array | string | URL {
  if (data instanceof Uint8Array || typeof data === 'string' || data instanceof URL) return data;
  const wrapped = data as { type?: string; data?: Uint8Array | string; url?: URL; text?: string };
  if (wrapped?.type === 'data' && wrapped.data !== undefined) return wrapped.data;
  if (wrapped?.type === 'url' && wrapped.url instanceof URL) return wrapped.url;
  if (wrapped?.type === 'text' && typeof wrapped.text === 'string')
    return convertUint8ArrayToBase64(new TextEncoder().encode(wrapped.text));
  // A provider file reference names a file stored by another provider; Bedrock cannot read it.
  throw new TypeError(
    `File data of type "${wrapped?.type}" cannot be sent to Bedrock; pass the bytes or a URL.`,
  );
}

function convertFilePart(part: EdgePart): UserContent {
  const providerMetadata = metadata(part.providerOptions);
  const mediaType = part.mediaType ?? 'application/octet-stream';
  const data = fileData(part.data);
  if (mediaType.startsWith('image/')) {
    // `image/*` means "some image": the core sniffs the bytes (ai@4 did the same).
    const mimeType = mediaType === 'image/*' ? undefined : mediaType;
    const image =
      data instanceof URL ? data : typeof data === 'string' ? convertBase64ToUint8Array(data) : data;
    return { type: 'image', image, mimeType, providerMetadata };
  }
  return {
    type: 'file',
    data: base64OrUrl(data),
    mimeType: mediaType,
    filename: part.filename,
    providerMetadata,
  };
}

function convertReasoningPart(part: EdgePart): AssistantContent {
  const own = part.providerOptions?.[PROVIDER_OPTIONS_KEY] as
    | { signature?: unknown; redactedData?: unknown }
    | undefined;
  const providerMetadata = metadata(part.providerOptions);
  if (typeof own?.redactedData === 'string')
    return { type: 'redacted-reasoning', data: own.redactedData, providerMetadata };
  const signature = typeof own?.signature === 'string' ? own.signature : undefined;
  return { type: 'reasoning', text: part.text ?? '', signature, providerMetadata };
}

/**
 * Typed tool outputs -> the core's `result` (+ `isError`, + rich `content`): V2 `content` items are text and media;
 * V3 adds `file-data`/`image-data` (base64) and URL/id items; V4 has `file` items with wrapped data.
 */
function convertToolResultPart(part: EdgePart): LanguageModelV1ToolResultPart {
  const base = {
    type: 'tool-result' as const,
    toolCallId: part.toolCallId ?? '',
    toolName: part.toolName ?? '',
    providerMetadata: metadata(part.providerOptions),
  };
  const output = part.output ?? { type: 'json', value: null };
  switch (output.type) {
    case 'text':
    case 'json':
      return { ...base, result: output.value };
    case 'error-text':
    case 'error-json':
      return { ...base, result: output.value, isError: true };
    case 'execution-denied':
      return {
        ...base,
        result: { denied: true, ...(output.reason ? { reason: output.reason } : {}) },
        isError: true,
      };
    case 'content': {
      const items = (output.value ?? []) as EdgePart[];
      const content: NonNullable<LanguageModelV1ToolResultPart['content']> = [];
      for (const item of items) {
        if (item.type === 'text') content.push({ type: 'text', text: item.text ?? '' });
        else if (item.mediaType?.startsWith('image/') && item.data !== undefined) {
          const data = fileData(item.data);
          if (!(data instanceof URL))
            content.push({
              type: 'image',
              data: typeof data === 'string' ? data : convertUint8ArrayToBase64(data),
              mimeType: item.mediaType,
            });
        }
      }
      return { ...base, result: items as unknown as JSONValue, content };
    }
    default:
      return { ...base, result: output as unknown as JSONValue };
  }
}

function metadata(options: Options): LanguageModelV1ProviderMetadata | undefined {
  return options as LanguageModelV1ProviderMetadata | undefined;
}

function base64OrUrl(data: Uint8Array | string | URL): string | URL {
  return data instanceof Uint8Array ? convertUint8ArrayToBase64(data) : data;
}
