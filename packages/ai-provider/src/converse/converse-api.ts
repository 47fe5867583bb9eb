import type { Shape } from '../core/response-shape';

/** Converse request members this codec writes (the AWS SDK's ConverseCommandInput, narrowed; API_runtime_Converse). */
export type ConverseContentBlock =
  | { text: string }
  | { image: { format: string; source: { bytes: Uint8Array } | { s3Location: { uri: string } } } }
  | {
      document: {
        format: string;
        name: string;
        source: { bytes: Uint8Array } | { s3Location: { uri: string } };
      };
    }
  | { toolUse: { toolUseId: string; name: string; input: unknown } }
  | {
      toolResult: {
        toolUseId: string;
        content: Array<
          { text: string } | { json: unknown } | { image: { format: string; source: { bytes: Uint8Array } } }
        >;
        status?: 'success' | 'error';
      };
    }
  | {
      reasoningContent:
        | { reasoningText: { text: string; signature?: string } }
        | { redactedContent: Uint8Array };
    }
  | { cachePoint: { type: 'default' } };

export interface ConverseMessage {
  role: 'user' | 'assistant';
  content: ConverseContentBlock[];
}

/** The Converse response / stream members this codec reads. */
export interface ConverseOutput {
  output?: { message?: { content?: ConverseResponseBlock[] } };
  stopReason?: string;
  usage?: {
    inputTokens?: number;
    outputTokens?: number;
    cacheReadInputTokens?: number;
    cacheWriteInputTokens?: number;
  };
  metrics?: { latencyMs?: number };
  trace?: unknown;
  additionalModelResponseFields?: {
    stop_sequence?: string | null;
    delta?: { stop_sequence?: string | null };
  };
}

export interface ConverseResponseBlock {
  text?: string;
  /** `redactedContent`: bytes where the SDK parsed the answer, base64 in the JSON as sent (redacted-content-base64.ts). */
  reasoningContent?: {
    reasoningText?: { text?: string; signature?: string };
    redactedContent?: Uint8Array | string;
  };
  toolUse?: { toolUseId?: string; name?: string; input?: unknown };
}

const CONVERSE_USAGE: Shape = {
  inputTokens: 'number',
  outputTokens: 'number',
  cacheReadInputTokens: 'number',
  cacheWriteInputTokens: 'number',
};
const REASONING: Shape = {
  reasoningText: { text: 'string', signature: 'string' },
  redactedContent: 'bytes',
};
const STOP_SEQUENCE_FIELDS: Shape = { stop_sequence: 'string', delta: { stop_sequence: 'string' } };

/**
 * The fields of a Converse answer the codec reads, with their types
 * (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html, response syntax).
 */
export const CONVERSE_RESPONSE_SHAPE: Shape = {
  output: {
    message: {
      content: [
        {
          text: 'string',
          reasoningContent: REASONING,
          toolUse: { toolUseId: 'string', name: 'string', input: 'unknown' },
        },
      ],
    },
  },
  stopReason: 'string',
  usage: CONVERSE_USAGE,
  metrics: { latencyMs: 'number' },
  additionalModelResponseFields: STOP_SEQUENCE_FIELDS,
};

/**
 * The fields of a ConverseStream event the decoder reads
 * (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStreamOutput.html members); Nova's
 * InvokeModel chunks have the same keys (fixture imwrs-nova-micro-stream.json).
 */
export const CONVERSE_CHUNK_SHAPE: Shape = {
  contentBlockStart: {
    contentBlockIndex: 'number',
    start: { toolUse: { toolUseId: 'string', name: 'string' } },
  },
  contentBlockDelta: {
    contentBlockIndex: 'number',
    delta: {
      text: 'string',
      toolUse: { input: 'string' },
      reasoningContent: { text: 'string', signature: 'string', redactedContent: 'bytes' },
    },
  },
  contentBlockStop: { contentBlockIndex: 'number' },
  messageStop: { stopReason: 'string', additionalModelResponseFields: STOP_SEQUENCE_FIELDS },
  metadata: { usage: CONVERSE_USAGE, metrics: { latencyMs: 'number' } },
};
