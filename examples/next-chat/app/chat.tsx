'use client';

import { useChat } from '@ai-sdk/react';
import type { Attachment, Message } from 'ai';
import { type FormEvent, type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ATTACHMENT_TYPES, CHAT_LIMITS } from '@/lib/chat-limits';
import type { ChatModel } from '@/lib/chat-models';
import {
  clearConversation,
  loadConversation,
  loadSettings,
  saveConversation,
  saveSettings,
} from '@/lib/chat-storage';
import { answerText, type ChatMeta, estimateTokens, type TurnMeta, toWireMessages } from '@/lib/chat-wire';
import type { RetryNotice } from '@/lib/retry-with-notice';
import { Markdown } from './markdown';
import { ModelPicker } from './model-picker';

const DEFAULT_MODEL = 'Claude-4-5-Sonnet';
type Api = 'invoke' | 'converse';

const newConversationId = () => `chat-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The API a call will use: the one asked for when the model speaks it, else the one it speaks. */
function effectiveApi(model: ChatModel, asked: Api): Api {
  if (!model.apis.invoke) return 'converse';
  if (!model.apis.converse) return 'invoke';
  return asked;
}

export function Chat({
  models,
  backendLabel,
  backendKind,
}: {
  models: ChatModel[];
  backendLabel: string;
  backendKind: 'aws' | 'emulator';
}) {
  const [modelName, setModelName] = useState(
    models.some(m => m.name === DEFAULT_MODEL) ? DEFAULT_MODEL : models[0]!.name,
  );
  const [askedApi, setAskedApi] = useState<Api>('invoke');
  const [reasoningOn, setReasoningOn] = useState(false);
  const [stopSequences, setStopSequences] = useState<string[]>([]);
  const [stopDraft, setStopDraft] = useState('');
  const [conversation, setConversation] = useState<{ id: string; messages: Message[] }>({
    id: 'initial',
    messages: [],
  });
  const [meta, setMeta] = useState<ChatMeta>({});
  const [loaded, setLoaded] = useState(false);
  const [files, setFiles] = useState<Attachment[]>([]);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [imagesNotSaved, setImagesNotSaved] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const stickToBottom = useRef(true);
  const stopRequested = useRef(false);
  // prepareRequestBody reads these at send time, after the updates of the same click.
  const metaRef = useRef<ChatMeta>(meta);

  const model = models.find(m => m.name === modelName) ?? models[0]!;
  const api = effectiveApi(model, askedApi);
  const takesImages = model.vision[api];
  const takesStopSequences = model.stopSequences[api] && model.stopSequences.max > 0;
  const maxStopSequences = Math.min(model.stopSequences.max, CHAT_LIMITS.maxStopSequences);

  function updateMeta(update: (previous: ChatMeta) => ChatMeta) {
    metaRef.current = update(metaRef.current);
    setMeta(metaRef.current);
  }
  const markTurn = (id: string, turn: TurnMeta) =>
    updateMeta(previous => ({ ...previous, [id]: { ...previous[id], ...turn } }));

  const { messages, input, setInput, handleSubmit, status, stop, error, reload, data, setData } = useChat({
    id: conversation.id,
    initialMessages: conversation.messages,
    api: '/api/chat',
    experimental_prepareRequestBody: ({ messages: uiMessages }) => ({
      model: model.name,
      api,
      ...(model.reasoning === 'on-request' && reasoningOn ? { reasoning: true } : {}),
      ...(takesStopSequences && stopSequences.length > 0
        ? { stopSequences: stopSequences.slice(0, maxStopSequences) }
        : {}),
      messages: toWireMessages(uiMessages, metaRef.current, { images: takesImages }).messages,
    }),
    onFinish(message, { usage }) {
      markTurn(message.id, { usage });
    },
  });
  const busy = status === 'submitted' || status === 'streaming';

  // Restore the conversation and the settings of this browser once, after hydration.
  useEffect(() => {
    const settings = loadSettings();
    if (settings.model && models.some(m => m.name === settings.model)) setModelName(settings.model);
    if (settings.api) setAskedApi(settings.api);
    if (settings.reasoning) setReasoningOn(true);
    if (settings.stopSequences)
      setStopSequences(settings.stopSequences.slice(0, CHAT_LIMITS.maxStopSequences));
    const stored = loadConversation();
    if (stored) {
      metaRef.current = stored.meta;
      setMeta(stored.meta);
      setConversation({ id: stored.id, messages: stored.messages });
    } else {
      setConversation({ id: newConversationId(), messages: [] });
    }
    setLoaded(true);
  }, [models]);

  useEffect(() => {
    if (loaded) saveSettings({ model: modelName, api: askedApi, reasoning: reasoningOn, stopSequences });
  }, [loaded, modelName, askedApi, reasoningOn, stopSequences]);

  // Saved when a turn settles, not on every streamed token.
  useEffect(() => {
    if (!loaded || busy) return;
    setImagesNotSaved(!saveConversation({ id: conversation.id, messages, meta }));
  }, [loaded, busy, conversation.id, messages, meta]);

  // A stop click aborts the request; once it has, the turn gets its "stopped" marker.
  useEffect(() => {
    if (busy || !stopRequested.current) return;
    stopRequested.current = false;
    const last = messages.at(-1);
    if (!last) return;
    if (last.role === 'user' || !hasContent(last)) {
      // Stopped before the first word: the question is set aside like a failed one.
      const lastUser = [...messages].reverse().find(m => m.role === 'user');
      if (lastUser) markTurn(lastUser.id, { failed: 'stopped' });
      return;
    }
    const sent = toWireMessages(messages.slice(0, -1), metaRef.current, { images: takesImages }).messages;
    const reasoningText = (last.parts ?? [])
      .map(part => (part.type === 'reasoning' ? part.reasoning : ''))
      .join('');
    markTurn(last.id, {
      stopped: {
        estimatedInputTokens: estimateTokens(sent.map(m => m.content).join('\n')),
        estimatedOutputTokens: estimateTokens(answerText(last) + reasoningText),
      },
    });
  });

  // Follow the newest message while the reader is at the bottom; always show a new error.
  const onScroll = () => {
    const list = listRef.current;
    if (list) stickToBottom.current = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: each of these is a reason to scroll, not an input
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list && (stickToBottom.current || error)) list.scrollTop = list.scrollHeight;
  }, [messages, status, error, data, notice]);

  // Waiting: sent, and no word of the answer yet. A data part (a retry notice) makes useChat add an empty answer
  // and say "streaming" already, so the test is on the answer's content, not on the status.
  const last = messages.at(-1);
  const waiting = busy && !(last?.role === 'assistant' && hasContent(last));
  const retryNotice = waiting ? lastRetryNotice(data) : undefined;

  function chooseModel(name: string) {
    setModelName(name);
    const next = models.find(m => m.name === name);
    if (next) dropFilesIfRefused(next, askedApi);
  }

  function chooseApi(next: Api) {
    setAskedApi(next);
    dropFilesIfRefused(model, next);
  }

  function dropFilesIfRefused(next: ChatModel, nextApi: Api) {
    const nextEffective = effectiveApi(next, nextApi);
    if (files.length > 0 && !next.vision[nextEffective]) {
      setFiles([]);
      if (fileInput.current) fileInput.current.value = '';
      setNotice(
        `Removed the attached image${files.length > 1 ? 's' : ''}: ${next.name} does not take images on ${apiLabel(nextEffective)}.`,
      );
    }
  }

  async function chooseFiles(list: FileList | null) {
    const chosen = [...(list ?? [])];
    if (fileInput.current) fileInput.current.value = '';
    if (!takesImages) {
      setNotice(`${model.name} does not take images on ${apiLabel(api)}.`);
      return;
    }
    const refused: string[] = [];
    const accepted: Attachment[] = [];
    for (const file of chosen) {
      if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type))
        refused.push(`${file.name} (not PNG, JPEG, GIF or WebP)`);
      else if (file.size > CHAT_LIMITS.maxAttachmentBytes) refused.push(`${file.name} (over 3.75 MiB)`);
      else if (files.length + accepted.length >= CHAT_LIMITS.maxAttachmentsPerMessage)
        refused.push(`${file.name} (at most ${CHAT_LIMITS.maxAttachmentsPerMessage} images a message)`);
      else accepted.push({ name: file.name, contentType: file.type, url: await readAsDataUrl(file) });
    }
    setFiles(previous => [...previous, ...accepted]);
    setNotice(refused.length > 0 ? `Not attached: ${refused.join(', ')}.` : undefined);
  }

  /** The turn that failed (its user message and any partial answer) stays on screen but is never sent again. */
  function setAsideFailedTurn() {
    if (status !== 'error') return;
    const lastUser = messages.map(m => m.role).lastIndexOf('user');
    if (lastUser < 0) return;
    for (const message of messages.slice(lastUser)) markTurn(message.id, { failed: 'error' });
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy || !loaded || (input.trim() === '' && files.length === 0)) return;
    setAsideFailedTurn();
    setData(undefined);
    setNotice(undefined);
    stickToBottom.current = true;
    handleSubmit(undefined, { experimental_attachments: files, allowEmptySubmit: true });
    setFiles([]);
  }

  function onComposerKey(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  function retry() {
    setData(undefined);
    stickToBottom.current = true;
    reload();
  }

  function newChat() {
    if (busy) stop();
    stopRequested.current = false;
    clearConversation();
    metaRef.current = {};
    setMeta({});
    setFiles([]);
    setNotice(undefined);
    setInput('');
    setConversation({ id: newConversationId(), messages: [] });
  }

  function addStopSequence() {
    // A text field holds no line breaks: `\n` and `\t` typed in it stand for them.
    const value = stopDraft.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
    if (value === '' || stopSequences.includes(value) || stopSequences.length >= maxStopSequences) return;
    setStopSequences([...stopSequences, value.slice(0, CHAT_LIMITS.maxStopSequenceChars)]);
    setStopDraft('');
  }

  const droppedImages = takesImages ? 0 : toWireMessages(messages, meta, { images: false }).droppedImages;
  const lastAssistant = last?.role === 'assistant' ? last : undefined;

  return (
    <main className="chat">
      <header className="top">
        <div className="title-row">
          <h1>Bedrock chat</h1>
          <button type="button" className="new-chat" data-testid="new-chat" onClick={newChat}>
            New chat
          </button>
        </div>
        <p className={`backend ${backendKind}`} data-testid="backend">
          Talking to: {backendLabel}
        </p>
        <div className="controls">
          <ModelPicker models={models} value={model.name} onChange={chooseModel} />
          <details className="options" data-testid="options">
            <summary>Options</summary>
            <fieldset className="api" disabled={!(model.apis.invoke && model.apis.converse)}>
              <legend>API</legend>
              <label>
                <input
                  type="radio"
                  name="api"
                  data-testid="api-invoke"
                  checked={api === 'invoke'}
                  onChange={() => chooseApi('invoke')}
                />
                InvokeModel
              </label>
              <label>
                <input
                  type="radio"
                  name="api"
                  data-testid="api-converse"
                  checked={api === 'converse'}
                  onChange={() => chooseApi('converse')}
                />
                Converse
              </label>
            </fieldset>
            {model.reasoning === 'on-request' ? (
              <label className="toggle">
                <input
                  type="checkbox"
                  data-testid="reasoning-toggle"
                  checked={reasoningOn}
                  onChange={event => setReasoningOn(event.target.checked)}
                />
                Reason before answering
              </label>
            ) : (
              <p className="hint" data-testid="reasoning-fixed">
                {model.reasoning === 'none'
                  ? `${model.name} does not reason.`
                  : `${model.name} always reasons; there is nothing to switch.`}
              </p>
            )}
            <fieldset className="stops" disabled={!takesStopSequences}>
              <legend>Stop sequences</legend>
              {!takesStopSequences && (
                <p className="hint">
                  {model.name} takes no stop sequences on {apiLabel(api)}.
                </p>
              )}
              <ul className="chips">
                {stopSequences.map(sequence => (
                  <li key={sequence} data-testid="stop-sequence">
                    <code>{JSON.stringify(sequence)}</code>
                    <button
                      type="button"
                      aria-label={`Remove stop sequence ${sequence}`}
                      onClick={() => setStopSequences(stopSequences.filter(s => s !== sequence))}
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
              <div className="stop-add">
                <input
                  data-testid="stop-input"
                  value={stopDraft}
                  maxLength={CHAT_LIMITS.maxStopSequenceChars}
                  placeholder={`Up to ${maxStopSequences}; \\n for a line break`}
                  aria-label="New stop sequence"
                  onChange={event => setStopDraft(event.target.value)}
                  onKeyDown={event => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      addStopSequence();
                    }
                  }}
                />
                <button
                  type="button"
                  data-testid="stop-add"
                  onClick={addStopSequence}
                  disabled={stopDraft === '' || stopSequences.length >= maxStopSequences}
                >
                  Add
                </button>
              </div>
            </fieldset>
          </details>
        </div>
      </header>

      <ol className="messages" data-testid="messages" ref={listRef} onScroll={onScroll}>
        {messages.map(message => {
          const turn = meta[message.id];
          // An answer with nothing in it yet (or a failed one that never got a word) takes no room.
          if (message.role === 'assistant' && !hasContent(message) && !turn?.stopped) return null;
          const streaming = busy && message === messages.at(-1) && message.role === 'assistant';
          return (
            <li
              key={message.id}
              className={`message ${message.role}${turn?.failed ? ' failed' : ''}`}
              data-testid={`message-${message.role}`}
            >
              {message.parts.map((part, index) => {
                const key = `${message.id}-${index}`;
                if (part.type === 'reasoning') {
                  // Open while it streams; closed (one click away) once the answer is done.
                  return (
                    <details
                      key={`${key}-${streaming ? 'live' : 'done'}`}
                      className="reasoning"
                      data-testid="reasoning"
                      open={streaming || undefined}
                    >
                      <summary>{streaming ? 'Thinking…' : 'Reasoning'}</summary>
                      <p>{part.reasoning}</p>
                    </details>
                  );
                }
                if (part.type === 'text') {
                  return message.role === 'assistant' ? (
                    <Markdown key={key} text={part.text} />
                  ) : (
                    <p key={key} className="text" data-testid="text">
                      {part.text}
                    </p>
                  );
                }
                return null;
              })}
              {message.experimental_attachments?.map(attachment => (
                // biome-ignore lint/performance/noImgElement: data URLs of the user's own attachments
                <img
                  key={attachment.url}
                  className="attachment"
                  src={attachment.url}
                  alt={attachment.name ?? 'attachment'}
                />
              ))}
              {turn?.usage && (
                <p className="usage" data-testid="usage">
                  {formatTokens(turn.usage.promptTokens)} input tokens ·{' '}
                  {formatTokens(turn.usage.completionTokens)} output tokens
                </p>
              )}
              {turn?.stopped && (
                <p
                  className="stopped"
                  data-testid="stopped"
                  title="Bedrock reports usage only when an answer ends; these counts are estimated at about four characters a token."
                >
                  Stopped · ≈{turn.stopped.estimatedInputTokens} input tokens · ≈
                  {turn.stopped.estimatedOutputTokens} output tokens (estimated)
                </p>
              )}
              {turn?.failed && message.role === 'user' && (
                <p className="failed-note" data-testid="failed-note">
                  {turn.failed === 'stopped' ? 'Stopped before an answer' : 'Failed'}: not sent again with the
                  next message.
                </p>
              )}
              {message === lastAssistant && !busy && status !== 'error' && (
                <button type="button" className="regenerate" data-testid="regenerate" onClick={retry}>
                  Regenerate
                </button>
              )}
            </li>
          );
        })}
        {waiting && (
          <li className="message assistant pending" data-testid="pending" aria-live="polite">
            {retryNotice ? (
              <span data-testid="retrying">
                Bedrock answered {retryNotice.reason}; retrying (attempt {retryNotice.attempt} of{' '}
                {retryNotice.maxAttempts}) in {Math.round(retryNotice.delayMs / 1000)} s…
              </span>
            ) : (
              <span>Waiting for {model.name}</span>
            )}
            <span className="dots" aria-hidden="true">
              <i />
              <i />
              <i />
            </span>
          </li>
        )}
        {error && status === 'error' && (
          <li className="error" role="alert" data-testid="error">
            <span>{errorText(error)}</span>
            <button type="button" data-testid="retry" onClick={retry}>
              Retry
            </button>
          </li>
        )}
      </ol>

      <div className="notices">
        {droppedImages > 0 && (
          <p className="notice" data-testid="images-dropped">
            {model.name} does not take images on {apiLabel(api)}: the {droppedImages} image
            {droppedImages > 1 ? 's' : ''} earlier in this conversation {droppedImages > 1 ? 'are' : 'is'} not
            sent.
          </p>
        )}
        {imagesNotSaved && (
          <p className="notice" data-testid="images-not-saved">
            The images are too large for this browser’s storage: they will be gone after a reload.
          </p>
        )}
        {notice && (
          <p className="notice" data-testid="notice" role="status">
            {notice}
          </p>
        )}
      </div>

      <form onSubmit={submit} className="composer">
        {files.length > 0 && (
          <ul className="chips files">
            {files.map((file, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two files may have the same name; removal is by position
              <li key={`${file.name}-${index}`} data-testid="attachment-chip">
                {file.name}
                <button
                  type="button"
                  aria-label={`Remove ${file.name}`}
                  onClick={() => setFiles(files.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="composer-row">
          <label
            className={`attach${takesImages ? '' : ' disabled'}`}
            title={takesImages ? 'Attach images' : `${model.name} does not take images on ${apiLabel(api)}`}
          >
            <span aria-hidden="true">+</span>
            <span className="visually-hidden">Attach images</span>
            <input
              ref={fileInput}
              data-testid="attach"
              type="file"
              accept={ATTACHMENT_TYPES.join(',')}
              multiple
              disabled={!takesImages}
              onChange={event => chooseFiles(event.target.files)}
            />
          </label>
          <textarea
            data-testid="input"
            rows={1}
            value={input}
            onChange={event => setInput(event.target.value)}
            onKeyDown={onComposerKey}
            placeholder="Send a message…"
            aria-label="Message"
          />
          {busy ? (
            <button
              type="button"
              data-testid="stop"
              onClick={() => {
                stopRequested.current = true;
                stop();
              }}
            >
              Stop
            </button>
          ) : (
            <button
              type="submit"
              data-testid="send"
              disabled={!loaded || (input.trim().length === 0 && files.length === 0)}
            >
              Send
            </button>
          )}
        </div>
      </form>
    </main>
  );
}

function apiLabel(api: Api): string {
  return api === 'converse' ? 'Converse' : 'InvokeModel';
}

/** useChat reports a refused request (4xx) with the response body as the message: the route's `{ error }` JSON. */
function errorText(error: Error): string {
  try {
    const body = JSON.parse(error.message) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // not JSON: a message from the stream, already written for people
  }
  return error.message;
}

function hasContent(message: Message): boolean {
  return (message.parts ?? []).some(
    part =>
      (part.type === 'text' && part.text !== '') || (part.type === 'reasoning' && part.reasoning !== ''),
  );
}

function formatTokens(count: number): string {
  return Number.isFinite(count) ? String(count) : '?';
}

function lastRetryNotice(data: unknown[] | undefined): RetryNotice | undefined {
  const last = data?.at(-1) as RetryNotice | undefined;
  return last?.type === 'retrying' ? last : undefined;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
