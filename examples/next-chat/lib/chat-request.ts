import type { CoreMessage } from 'ai';
import { z } from 'zod';
import { ATTACHMENT_TYPES, CHAT_LIMITS } from './chat-limits';

/**
 * What the page sends to /api/chat, and the only thing the route accepts: user turns (text, and images the user
 * uploaded, as base64 `data:` URLs) and the app's own earlier assistant answers as plain text. No system messages,
 * no tool calls or results, no reasoning, no URL of any scheme: `ai` would download an http(s) URL on the server,
 * and Converse would hand an `s3://` location to Bedrock to read with the server's AWS identity.
 */
export interface ChatRequestBody {
  model: string;
  api?: 'invoke' | 'converse';
  /** Ask a model that reasons on request to reason. */
  reasoning?: boolean;
  stopSequences?: string[];
  messages: WireMessage[];
}

export type WireMessage =
  | { role: 'user'; content: string; attachments?: WireAttachment[] }
  | { role: 'assistant'; content: string };

export interface WireAttachment {
  name?: string;
  contentType: (typeof ATTACHMENT_TYPES)[number];
  /** `data:<contentType>;base64,<bytes>` */
  url: string;
}

export interface ParsedChatRequest {
  model: string;
  api: 'invoke' | 'converse';
  reasoning: boolean;
  stopSequences: string[];
  messages: CoreMessage[];
  imageCount: number;
}

export type ChatRequestResult =
  | { ok: true; request: ParsedChatRequest }
  | { ok: false; status: 400 | 413 | 415; error: string };

const attachmentSchema = z
  .object({
    name: z.string().max(255).optional(),
    contentType: z.enum(ATTACHMENT_TYPES),
    url: z.string(),
  })
  .strict();

const userSchema = z
  .object({
    role: z.literal('user'),
    content: z.string(),
    attachments: z.array(attachmentSchema).max(CHAT_LIMITS.maxAttachmentsPerMessage).optional(),
  })
  .strict();

const assistantSchema = z.object({ role: z.literal('assistant'), content: z.string() }).strict();

const bodySchema = z
  .object({
    model: z.string().max(200),
    api: z.enum(['invoke', 'converse']).optional(),
    reasoning: z.boolean().optional(),
    stopSequences: z
      .array(z.string().min(1).max(CHAT_LIMITS.maxStopSequenceChars))
      .max(CHAT_LIMITS.maxStopSequences)
      .optional(),
    messages: z.array(z.unknown()),
  })
  .strict();

const fail = (status: 400 | 413 | 415, error: string): ChatRequestResult => ({ ok: false, status, error });

/**
 * Reads and checks one /api/chat request. Never throws: every refusal is a status and a message for the page.
 * The body is read with a byte limit, so a huge upload is cut off rather than buffered.
 */
export async function parseChatRequest(request: Request): Promise<ChatRequestResult> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) return fail(415, 'Send the chat as application/json.');
  const text = await readBodyText(request, CHAT_LIMITS.maxBodyBytes);
  if (text === undefined)
    return fail(413, `The request is larger than ${CHAT_LIMITS.maxBodyBytes / (1024 * 1024)} MiB.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(400, 'The request body is not valid JSON.');
  }
  const messages = (json as { messages?: unknown } | null)?.messages;
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return fail(400, 'The request body must be a JSON object.');
  if (!Array.isArray(messages)) return fail(400, '`messages` must be an array.');
  if (messages.length === 0) return fail(400, '`messages` is empty.');
  if (messages.length > CHAT_LIMITS.maxMessages)
    return fail(400, `Too many messages: ${messages.length} (at most ${CHAT_LIMITS.maxMessages}).`);
  const body = bodySchema.safeParse(json);
  if (!body.success) return fail(400, describeIssue(body.error.issues[0]));

  const out: CoreMessage[] = [];
  let textChars = 0;
  let imageCount = 0;
  for (const [index, raw] of messages.entries()) {
    const role = (raw as { role?: unknown } | null)?.role;
    if (role === 'system')
      return fail(400, `messages[${index}]: system messages are not accepted; the app sets its own.`);
    if (role !== 'user' && role !== 'assistant')
      return fail(400, `messages[${index}]: only user and assistant messages are accepted.`);
    const parsed = (role === 'user' ? userSchema : assistantSchema).safeParse(raw);
    if (!parsed.success) return fail(400, describeIssue(parsed.error.issues[0], `messages[${index}]`));
    const message = parsed.data;
    textChars += message.content.length;
    if (textChars > CHAT_LIMITS.maxTextChars)
      return fail(400, `The conversation is longer than ${CHAT_LIMITS.maxTextChars} characters.`);
    if (message.role === 'assistant') {
      out.push({ role: 'assistant', content: message.content });
      continue;
    }
    const attachments = 'attachments' in message ? (message.attachments ?? []) : [];
    if (message.content.trim() === '' && attachments.length === 0)
      return fail(400, `messages[${index}] is empty.`);
    const parts: Exclude<CoreMessage & { role: 'user' }, { content: string }>['content'] = [];
    if (message.content !== '') parts.push({ type: 'text', text: message.content });
    for (const [position, attachment] of attachments.entries()) {
      const where = `messages[${index}].attachments[${position}]`;
      const bytes = decodeDataUrl(attachment.url, attachment.contentType);
      if (typeof bytes === 'string') return fail(400, `${where}: ${bytes}`);
      if (bytes.length > CHAT_LIMITS.maxAttachmentBytes)
        return fail(400, `${where}: images may be at most 3.75 MiB.`);
      imageCount += 1;
      if (imageCount > CHAT_LIMITS.maxAttachments)
        return fail(400, `At most ${CHAT_LIMITS.maxAttachments} images per conversation.`);
      // Bytes, never a URL: `ai` downloads URL parts itself.
      parts.push({ type: 'image', image: bytes, mimeType: attachment.contentType });
    }
    out.push({ role: 'user', content: parts });
  }
  if (out.at(-1)?.role !== 'user') return fail(400, 'The last message must be the user’s.');
  const { model, api, reasoning, stopSequences } = body.data;
  return {
    ok: true,
    request: {
      model,
      api: api ?? 'invoke',
      reasoning: reasoning ?? false,
      stopSequences: stopSequences ?? [],
      messages: out,
      imageCount,
    },
  };
}

/** The body as text, or `undefined` once it passes `limit` bytes (the rest is not read). */
async function readBodyText(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => {});
    return undefined;
  }
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of `data:<type>;base64,...`, or why it is refused. Any other scheme is a URL, and URLs are refused. */
function decodeDataUrl(url: string, contentType: string): Uint8Array | string {
  if (!url.startsWith('data:')) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
    return scheme
      ? `${scheme}: URLs are refused; attach the image itself (a base64 data: URL).`
      : 'an attachment must be a base64 data: URL.';
  }
  const prefix = `data:${contentType};base64,`;
  if (!url.startsWith(prefix)) return `expected a data URL starting with "${prefix}".`;
  const payload = url.slice(prefix.length);
  if (payload.length === 0 || payload.length % 4 !== 0 || !BASE64.test(payload))
    return 'the data URL is not valid base64.';
  return new Uint8Array(Buffer.from(payload, 'base64'));
}

function describeIssue(issue: z.ZodIssue | undefined, prefix = ''): string {
  if (!issue) return 'The request is not valid.';
  const path = issue.path.map(part => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('');
  const where = `${prefix}${path}`.replace(/^\./, '');
  if (issue.code === 'unrecognized_keys')
    return `${where ? `${where}: ` : ''}unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}.`;
  return `${where ? `${where}: ` : ''}${issue.message}`;
}
