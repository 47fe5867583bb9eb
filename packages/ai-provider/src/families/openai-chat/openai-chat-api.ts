import type { Shape } from '../../core/response-shape';

/** The chat-completions body Bedrock's OpenAI backend takes on InvokeModel (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html, https://docs.aws.amazon.com/bedrock/latest/userguide/inference-chat-completions.html). */
export type OpenAIChatContentPart =
  | { type: 'text'; text: string }
  | { type: 'image_url'; image_url: { url: string } };

export type OpenAIChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string | OpenAIChatContentPart[] }
  | {
      role: 'assistant';
      content: string | null;
      tool_calls?: Array<{ id: string; type: 'function'; function: { name: string; arguments: string } }>;
    }
  | { role: 'tool'; tool_call_id: string; content: string };

/** Response members read (chat.completion / chat.completion.chunk). */
export interface OpenAIChatChoice {
  message?: OpenAIChatDelta;
  delta?: OpenAIChatDelta;
  finish_reason?: string | null;
}

export interface OpenAIChatDelta {
  content?: string | null;
  reasoning_content?: string | null;
  tool_calls?: Array<{ index?: number; id?: string; function?: { name?: string; arguments?: string } }>;
}

export interface OpenAIChatResponse {
  id?: string;
  model?: string;
  choices?: OpenAIChatChoice[];
  usage?: { prompt_tokens?: number; completion_tokens?: number };
  'amazon-bedrock-invocationMetrics'?: Record<string, number>;
}

const OPENAI_CHAT_MESSAGE: Shape = {
  content: 'string',
  reasoning_content: 'string',
  tool_calls: [{ index: 'number', id: 'string', function: { name: 'string', arguments: 'string' } }],
};
const OPENAI_CHAT_USAGE: Shape = { prompt_tokens: 'number', completion_tokens: 'number' };

/** The fields of a chat.completion the codec reads, with their types (response-shape.ts). */
export const OPENAI_CHAT_RESPONSE_SHAPE: Shape = {
  id: 'string',
  model: 'string',
  choices: [{ message: OPENAI_CHAT_MESSAGE, finish_reason: 'string' }],
  usage: OPENAI_CHAT_USAGE,
};

/** The fields of a chat.completion.chunk the decoder reads. */
export const OPENAI_CHAT_CHUNK_SHAPE: Shape = {
  choices: [{ delta: OPENAI_CHAT_MESSAGE, finish_reason: 'string' }],
  usage: OPENAI_CHAT_USAGE,
};
