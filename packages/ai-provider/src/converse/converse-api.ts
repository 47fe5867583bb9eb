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
  reasoningContent?: { reasoningText?: { text?: string; signature?: string }; redactedContent?: Uint8Array };
  toolUse?: { toolUseId?: string; name?: string; input?: unknown };
}
