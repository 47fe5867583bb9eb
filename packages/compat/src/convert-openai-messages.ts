import {
  InvalidPromptError,
  type LanguageModelV1Message,
  type LanguageModelV1Prompt,
  type LanguageModelV1TextPart,
  type LanguageModelV1ToolCallPart,
} from '@ai-sdk/provider';
import { fetchImageUrl, type ImageUrlDeps, type ImageUrlPolicy } from './image-url/fetch-image-url';

type ImagePart = { type: 'image'; image: Uint8Array; mimeType?: string };
type PendingImage = { url: string; part: ImagePart };

/** Most image URLs fetched for one call (no catalog model takes more than 20 images per request). */
const MAX_URL_IMAGES = 20;

const ROLE_KEYS: Record<string, readonly string[]> = {
  system: ['role', 'content'],
  user: ['role', 'content'],
  assistant: ['role', 'content', 'tool_calls'],
  tool: ['role', 'content', 'tool_call_id'],
};

/**
 * OpenAI chat-completions messages -> a LanguageModelV1 prompt, checking their shape as it goes (a wrong shape is an
 * InvalidPromptError naming the message and listing what is accepted). Image parts become image bytes: data URLs are
 * decoded, http(s) URLs downloaded under the image URL policy (image-url/fetch-image-url.ts). The legacy trailing
 * `{ role: 'assistant', content: '' }` is left out.
 */
export async function convertOpenAIMessages(
  messages: readonly unknown[],
  policy: ImageUrlPolicy,
  deps?: ImageUrlDeps,
): Promise<LanguageModelV1Prompt> {
  const fail = (message: string): never => {
    throw new InvalidPromptError({ prompt: messages, message });
  };
  const last = messages[messages.length - 1] as { role?: unknown; content?: unknown } | undefined;
  const trailingEmptyAssistant =
    messages.length > 1 &&
    last?.role === 'assistant' &&
    (last.content === '' || last.content === null) &&
    Object.keys(last).every(key => key === 'role' || key === 'content');
  const used = trailingEmptyAssistant ? messages.slice(0, -1) : messages;

  const prompt: LanguageModelV1Message[] = [];
  const pending: PendingImage[] = [];
  const toolNames = new Map<string, string>();
  used.forEach((raw, i) => {
    const where = `messages[${i}]`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(`${where} must be an object.`);
    const message = raw as Record<string, unknown>;
    const role = message.role;
    const keys = typeof role === 'string' ? ROLE_KEYS[role] : undefined;
    if (!keys) {
      fail(
        `${where}.role must be one of ${Object.keys(ROLE_KEYS).join(', ')}, got ${typeof role === 'string' ? `"${role}"` : typeof role}.`,
      );
    }
    const unknown = Object.keys(message).filter(key => !keys!.includes(key));
    if (unknown.length > 0) {
      fail(
        `${where} (${role}) has unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map(key => `"${key}"`).join(', ')}. Accepted keys: ${keys!.join(', ')}.`,
      );
    }
    switch (role) {
      case 'system':
        prompt.push({ role: 'system', content: textOnly(message.content, where, fail) });
        break;
      case 'user':
        prompt.push({ role: 'user', content: userParts(message.content, where, pending, fail) });
        break;
      case 'assistant': {
        const content: Array<LanguageModelV1TextPart | LanguageModelV1ToolCallPart> = [];
        if (message.content !== null && message.content !== undefined) {
          const text = textOnly(message.content, where, fail);
          if (text.length > 0) content.push({ type: 'text', text });
        }
        for (const call of toolCalls(message.tool_calls, where, fail)) {
          toolNames.set(call.toolCallId, call.toolName);
          content.push(call);
        }
        prompt.push({ role: 'assistant', content });
        break;
      }
      case 'tool': {
        const id = message.tool_call_id;
        if (typeof id !== 'string') fail(`${where}.tool_call_id must be a string.`);
        const toolName = toolNames.get(id as string);
        if (toolName === undefined) {
          fail(`${where} answers tool call "${id}", which no earlier assistant message made (tool_calls).`);
        }
        prompt.push({
          role: 'tool',
          content: [
            {
              type: 'tool-result',
              toolCallId: id as string,
              toolName: toolName!,
              result: textOnly(message.content, where, fail),
            },
          ],
        });
        break;
      }
    }
  });

  const urls = pending.filter(image => !image.url.startsWith('data:'));
  if (urls.length > MAX_URL_IMAGES) fail(`At most ${MAX_URL_IMAGES} image URLs are fetched per call.`);
  await Promise.all(
    urls.map(async image => {
      const { bytes, mimeType } = await fetchImageUrl(image.url, policy, deps);
      image.part.image = bytes;
      if (mimeType) image.part.mimeType = mimeType;
      else delete image.part.mimeType;
    }),
  );
  return prompt;
}

/** A string, or an array of `{ type: 'text', text }` parts (joined with newlines). */
function textOnly(content: unknown, where: string, fail: (message: string) => never): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) fail(`${where}.content must be a string or an array of text parts.`);
  return (content as unknown[])
    .map((part, j) => {
      const item = part as { type?: unknown; text?: unknown };
      if (item?.type !== 'text' || typeof item.text !== 'string' || Object.keys(item).length !== 2) {
        fail(
          `${where}.content[${j}] must be { type: 'text', text: string } (images are accepted in user messages only).`,
        );
      }
      return item.text as string;
    })
    .join('\n');
}

function userParts(
  content: unknown,
  where: string,
  pending: PendingImage[],
  fail: (message: string) => never,
): Array<LanguageModelV1TextPart | ImagePart> {
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  if (!Array.isArray(content)) fail(`${where}.content must be a string or an array of content parts.`);
  return (content as unknown[]).map((raw, j) => {
    const at = `${where}.content[${j}]`;
    const part = (raw ?? {}) as Record<string, unknown>;
    if (part.type === 'text') {
      if (typeof part.text !== 'string' || Object.keys(part).length !== 2)
        fail(`${at} must be { type: 'text', text: string }.`);
      return { type: 'text', text: part.text as string };
    }
    if (part.type === 'image_url') {
      if (Object.keys(part).length !== 2) fail(`${at} must be { type: 'image_url', image_url }.`);
      const url = imageUrlOf(part.image_url, at, fail);
      const image: ImagePart = url.startsWith('data:')
        ? decodeDataUrl(url, at, fail)
        : { type: 'image', image: new Uint8Array() };
      if (!url.startsWith('data:')) {
        if (!/^https?:\/\//i.test(url))
          fail(`${at}.image_url must be a data: URL (data:image/png;base64,…) or an https URL.`);
        pending.push({ url, part: image });
      }
      return image;
    }
    return fail(
      `${at} has type ${typeof part.type === 'string' ? `"${part.type}"` : typeof part.type}; accepted part types: text, image_url.`,
    );
  });
}

function imageUrlOf(value: unknown, at: string, fail: (message: string) => never): string {
  if (typeof value === 'string') return value;
  const record = (value ?? {}) as Record<string, unknown>;
  const extra = Object.keys(record).filter(key => key !== 'url' && key !== 'detail');
  if (typeof record.url !== 'string' || extra.length > 0)
    fail(`${at}.image_url must be a URL string or { url, detail? }.`);
  return record.url as string;
}

/** `data:image/png;base64,…` -> bytes; the declared type is kept, the provider checks the bytes' real format. */
function decodeDataUrl(url: string, at: string, fail: (message: string) => never): ImagePart {
  const match = /^data:([^;,]*)((?:;[^;,]*)*),/i.exec(url);
  if (!match || !/;base64$/i.test(match[2] ?? ''))
    fail(`${at}.image_url is a data: URL without ;base64 (only base64 data URLs are accepted).`);
  const data = url.slice(match![0].length);
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(data)) fail(`${at}.image_url holds invalid base64.`);
  const mimeType = match![1] || undefined;
  return {
    type: 'image',
    image: new Uint8Array(Buffer.from(data, 'base64')),
    ...(mimeType ? { mimeType } : {}),
  };
}

function toolCalls(
  value: unknown,
  where: string,
  fail: (message: string) => never,
): LanguageModelV1ToolCallPart[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(`${where}.tool_calls must be an array.`);
  return (value as unknown[]).map((raw, j) => {
    const call = (raw ?? {}) as {
      id?: unknown;
      type?: unknown;
      function?: { name?: unknown; arguments?: unknown };
    };
    if (
      typeof call.id !== 'string' ||
      call.type !== 'function' ||
      typeof call.function?.name !== 'string' ||
      typeof call.function.arguments !== 'string'
    ) {
      fail(`${where}.tool_calls[${j}] must be { id, type: 'function', function: { name, arguments } }.`);
    }
    let args: unknown;
    try {
      args = JSON.parse(call.function!.arguments as string);
    } catch {
      fail(`${where}.tool_calls[${j}].function.arguments is not valid JSON.`);
    }
    return {
      type: 'tool-call',
      toolCallId: call.id as string,
      toolName: call.function!.name as string,
      args,
    };
  });
}
