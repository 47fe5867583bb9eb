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
