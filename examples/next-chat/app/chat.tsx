'use client';

import { useChat } from '@ai-sdk/react';
import { type FormEvent, useRef, useState } from 'react';

export interface ChatModel {
  name: string;
  vision: boolean;
  reasoning: boolean;
  converseOnly: boolean;
}

interface Usage {
  promptTokens: number;
  completionTokens: number;
}

const DEFAULT_MODEL = 'Claude-4-5-Sonnet';

export function Chat({ models, backendLabel }: { models: ChatModel[]; backendLabel: string }) {
  const [modelName, setModelName] = useState(
    models.some(m => m.name === DEFAULT_MODEL) ? DEFAULT_MODEL : models[0]!.name,
  );
  const [api, setApi] = useState<'invoke' | 'converse'>('invoke');
  const [files, setFiles] = useState<FileList | undefined>(undefined);
  const [usage, setUsage] = useState<Record<string, Usage>>({});
  const fileInput = useRef<HTMLInputElement>(null);
  const model = models.find(m => m.name === modelName)!;

  const { messages, input, handleInputChange, handleSubmit, status, stop, error } = useChat({
    api: '/api/chat',
    body: { model: modelName, api },
    onFinish(message, { usage: finalUsage }) {
      setUsage(previous => ({ ...previous, [message.id]: finalUsage }));
    },
  });
  const busy = status === 'submitted' || status === 'streaming';

  function submit(event: FormEvent<HTMLFormElement>) {
    handleSubmit(event, { experimental_attachments: files });
    setFiles(undefined);
    if (fileInput.current) fileInput.current.value = '';
  }

  return (
    <main className="chat">
      <header>
        <h1>Bedrock chat</h1>
        <p className="backend" data-testid="backend">
          Talking to: {backendLabel}
        </p>
        <div className="controls">
          <label>
            Model{' '}
            <select
              data-testid="model"
              value={modelName}
              onChange={event => setModelName(event.target.value)}
            >
              {models.map(m => (
                <option key={m.name} value={m.name}>
                  {m.name}
                  {m.vision ? ' · vision' : ''}
                  {m.reasoning ? ' · reasoning' : ''}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="api" disabled={model.converseOnly}>
            <legend>API</legend>
            <label>
              <input
                type="radio"
                name="api"
                data-testid="api-invoke"
                checked={api === 'invoke' && !model.converseOnly}
                onChange={() => setApi('invoke')}
              />
              InvokeModel
            </label>
            <label>
              <input
                type="radio"
                name="api"
                data-testid="api-converse"
                checked={api === 'converse' || model.converseOnly}
                onChange={() => setApi('converse')}
              />
              Converse
            </label>
          </fieldset>
        </div>
      </header>

      <ol className="messages" data-testid="messages">
        {messages.map(message => (
          <li key={message.id} className={`message ${message.role}`} data-testid={`message-${message.role}`}>
            {message.parts.map((part, index) => {
              const key = `${message.id}-${index}`;
              if (part.type === 'reasoning') {
                return (
                  <details key={key} className="reasoning" data-testid="reasoning">
                    <summary>Reasoning</summary>
                    <p>{part.reasoning}</p>
                  </details>
                );
              }
              if (part.type === 'text') {
                return (
                  <p key={key} className="text" data-testid="text">
                    {part.text}
                  </p>
                );
              }
              if (part.type === 'tool-invocation') {
                return (
                  <pre key={key} className="tool">
                    {part.toolInvocation.toolName}({JSON.stringify(part.toolInvocation.args)})
                  </pre>
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
            {usage[message.id] && (
              <p className="usage" data-testid="usage">
                {usage[message.id]!.promptTokens} input tokens · {usage[message.id]!.completionTokens} output
                tokens
              </p>
            )}
          </li>
        ))}
      </ol>

      {error && (
        <p className="error" role="alert" data-testid="error">
          {error.message}
        </p>
      )}

      <form onSubmit={submit} className="composer">
        <input
          data-testid="input"
          value={input}
          onChange={handleInputChange}
          placeholder={`Message ${modelName}…`}
          aria-label="Message"
        />
        <input
          ref={fileInput}
          data-testid="attach"
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          multiple
          disabled={!model.vision}
          title={model.vision ? 'Attach images' : `${modelName} does not take images`}
          onChange={event => setFiles(event.target.files ?? undefined)}
        />
        {busy ? (
          <button type="button" data-testid="stop" onClick={() => stop()}>
            Stop
          </button>
        ) : (
          <button type="submit" data-testid="send" disabled={input.trim().length === 0}>
            Send
          </button>
        )}
      </form>
    </main>
  );
}
