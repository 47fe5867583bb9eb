import type { Shape } from '../../core/response-shape';

/**
 * The Anthropic Messages body on Bedrock InvokeModel (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html).
 * Request types are written out; response types keep only what is read.
 */
export type AnthropicCacheControl = { type: 'ephemeral' };

export type AnthropicContentBlock =
  | { type: 'text'; text: string; cache_control?: AnthropicCacheControl }
  | {
      type: 'image';
      source: { type: 'base64'; media_type: string; data: string };
      cache_control?: AnthropicCacheControl;
    }
  | {
      type: 'document';
      source: { type: 'base64'; media_type: 'application/pdf'; data: string };
      cache_control?: AnthropicCacheControl;
    }
  | { type: 'tool_use'; id: string; name: string; input: unknown; cache_control?: AnthropicCacheControl }
  | {
      type: 'tool_result';
      tool_use_id: string;
      content: string | Array<Extract<AnthropicContentBlock, { type: 'text' | 'image' }>>;
      is_error?: boolean;
      cache_control?: AnthropicCacheControl;
    }
  | { type: 'thinking'; thinking: string; signature: string }
  | { type: 'redacted_thinking'; data: string };

export interface AnthropicMessage {
  role: 'user' | 'assistant';
  content: AnthropicContentBlock[];
}

export interface AnthropicRequestBody {
  anthropic_version: 'bedrock-2023-05-31';
  anthropic_beta?: string[];
  max_tokens: number;
  system?: Array<{ type: 'text'; text: string; cache_control?: AnthropicCacheControl }>;
  messages: AnthropicMessage[];
  temperature?: number;
  top_p?: number;
  top_k?: number;
  stop_sequences?: string[];
  tools?: Array<{ name: string; description?: string; input_schema: unknown }>;
  tool_choice?: { type: 'auto' } | { type: 'any' } | { type: 'tool'; name: string };
  thinking?: AnthropicThinkingFields['thinking'];
  output_config?: AnthropicThinkingFields['output_config'];
}

/**
 * How thinking is asked for: `enabled` with a token budget (https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-extended-thinking.html),
 * or `adaptive` with an effort level (https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html).
 */
export interface AnthropicThinkingFields {
  thinking: { type: 'enabled'; budget_tokens: number } | { type: 'adaptive' };
  output_config?: { effort: AnthropicEffort };
}

export type AnthropicEffort = 'low' | 'medium' | 'high' | 'max';

export interface AnthropicResponseBody {
  id?: string;
  model?: string;
  content?: Array<
    | { type: 'text'; text: string }
    | { type: 'thinking'; thinking: string; signature?: string }
    | { type: 'redacted_thinking'; data: string }
    | { type: 'tool_use'; id: string; name: string; input: unknown }
  >;
  stop_reason?: string | null;
  stop_sequence?: string | null;
  usage?: {
    input_tokens?: number;
    output_tokens?: number;
    cache_creation_input_tokens?: number;
    cache_read_input_tokens?: number;
  };
}

const ANTHROPIC_USAGE: Shape = {
  input_tokens: 'number',
  output_tokens: 'number',
  cache_creation_input_tokens: 'number',
  cache_read_input_tokens: 'number',
};

/** The fields of a whole answer the codec reads, with their types (response-shape.ts). */
export const ANTHROPIC_RESPONSE_SHAPE: Shape = {
  id: 'string',
  model: 'string',
  content: [
    {
      type: 'string',
      text: 'string',
      thinking: 'string',
      signature: 'string',
      data: 'string',
      id: 'string',
      name: 'string',
      input: 'unknown',
    },
  ],
  stop_reason: 'string',
  stop_sequence: 'string',
  usage: ANTHROPIC_USAGE,
};

/**
 * The fields of a stream event the decoder reads (message_start, content_block_start/delta/stop, message_delta;
 * imwrs-claude-*.json). Event types it does not know (`ping`, future ones) pass: Anthropic asks clients to ignore them
 * (https://docs.anthropic.com/en/docs/build-with-claude/streaming, "Event types").
 */
export const ANTHROPIC_CHUNK_SHAPE: Shape = {
  type: 'string',
  index: 'number',
  message: { id: 'string', model: 'string', usage: ANTHROPIC_USAGE },
  content_block: { type: 'string', id: 'string', name: 'string', data: 'string' },
  delta: {
    type: 'string',
    text: 'string',
    thinking: 'string',
    signature: 'string',
    partial_json: 'string',
    stop_reason: 'string',
    stop_sequence: 'string',
  },
  usage: ANTHROPIC_USAGE,
};
