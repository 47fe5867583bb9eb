import type { Message } from 'ai';
import type { WireAttachment, WireMessage } from './chat-request';

/** What the page remembers of each turn beyond the message itself. */
export interface TurnMeta {
  /** Token usage Bedrock reported at the end of the answer. */
  usage?: { promptTokens: number; completionTokens: number };
  /** The user stopped the answer; the usage is an estimate (Bedrock reports usage only when an answer ends). */
  stopped?: { estimatedInputTokens: number; estimatedOutputTokens: number };
  /** The turn failed or was stopped before an answer: shown, never sent again. */
  failed?: 'error' | 'stopped';
}

export type ChatMeta = Record<string, TurnMeta>;

/**
 * The conversation as /api/chat accepts it (see lib/chat-request.ts): user text with its uploaded images as data
 * URLs, the app's own earlier answers as text. Failed turns are left out, and so are images when the chosen model
 * cannot take them (`images: false`): the page says so.
 */
export function toWireMessages(
  messages: Message[],
  meta: ChatMeta,
  { images }: { images: boolean },
): { messages: WireMessage[]; droppedImages: number } {
  const out: WireMessage[] = [];
  let droppedImages = 0;
  for (const message of messages) {
    if (meta[message.id]?.failed) continue;
    if (message.role === 'user') {
      const attachments = (message.experimental_attachments ?? []).map(
        (attachment): WireAttachment => ({
          ...(attachment.name ? { name: attachment.name } : {}),
          contentType: attachment.contentType as WireAttachment['contentType'],
          url: attachment.url,
        }),
      );
      if (!images) droppedImages += attachments.length;
      const keep = images && attachments.length > 0;
      if (message.content === '' && !keep) continue;
      out.push({ role: 'user', content: message.content, ...(keep ? { attachments } : {}) });
    } else if (message.role === 'assistant') {
      const text = answerText(message);
      if (text.trim() !== '') out.push({ role: 'assistant', content: text });
    }
  }
  return { messages: out, droppedImages };
}

/** The text of an answer, without its reasoning. */
export function answerText(message: Message): string {
  const parts = message.parts ?? [];
  if (parts.length === 0) return message.content;
  return parts.map(part => (part.type === 'text' ? part.text : '')).join('');
}

/** A rough token count for a stopped answer: about four characters a token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
