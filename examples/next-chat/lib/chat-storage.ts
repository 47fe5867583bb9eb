import type { Message } from 'ai';
import type { ChatMeta } from './chat-wire';

/** The conversation and the page's settings, kept in this browser's localStorage across reloads. */
export interface StoredConversation {
  id: string;
  messages: Message[];
  meta: ChatMeta;
}

export interface StoredSettings {
  model?: string;
  api?: 'invoke' | 'converse';
  reasoning?: boolean;
  stopSequences?: string[];
}

const CONVERSATION_KEY = 'next-chat:conversation:v1';
const SETTINGS_KEY = 'next-chat:settings:v1';

export function loadConversation(): StoredConversation | undefined {
  const value = read(CONVERSATION_KEY) as StoredConversation | undefined;
  if (!value || typeof value.id !== 'string' || !Array.isArray(value.messages)) return undefined;
  return { id: value.id, messages: value.messages, meta: value.meta ?? {} };
}

/**
 * Saves the conversation. When the images make it too large for localStorage (a few MiB per site), it is saved
 * without them and `false` is returned so the page can say that images will not survive a reload.
 */
export function saveConversation(conversation: StoredConversation): boolean {
  if (write(CONVERSATION_KEY, conversation)) return true;
  const withoutImages = conversation.messages.map(({ experimental_attachments: _, ...message }) => message);
  write(CONVERSATION_KEY, { ...conversation, messages: withoutImages });
  return false;
}

export function clearConversation(): void {
  try {
    localStorage.removeItem(CONVERSATION_KEY);
  } catch {
    // storage unavailable (private mode): nothing was kept
  }
}

export function loadSettings(): StoredSettings {
  return (read(SETTINGS_KEY) as StoredSettings | undefined) ?? {};
}

export function saveSettings(settings: StoredSettings): void {
  write(SETTINGS_KEY, settings);
}

function read(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
