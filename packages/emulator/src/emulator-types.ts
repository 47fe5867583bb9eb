/** The four Bedrock Runtime operations the emulator serves (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_Operations_Amazon_Bedrock_Runtime.html). */
export type BedrockOperation =
  | 'InvokeModel'
  | 'InvokeModelWithResponseStream'
  | 'Converse'
  | 'ConverseStream';

/** AWS stop reasons in Converse spelling; each family renders them in its own words. */
export type EmulatedStopReason =
  | 'end_turn'
  | 'max_tokens'
  | 'stop_sequence'
  | 'tool_use'
  | 'content_filtered'
  | 'guardrail_intervened';

/**
 * What the model "says". The emulator renders it in the called family's own format
 * (Claude thinking blocks, gpt-oss `<reasoning>` text, Converse `reasoningContent`, …).
 */
export interface ScriptedReply {
  /** Answer text. */
  text?: string;
  /** Reasoning text, rendered in the family's own reasoning shape. */
  reasoning?: string;
  /** Opaque redacted reasoning blobs (Claude `redacted_thinking.data`, Converse `redactedContent`). */
  redactedReasoning?: string[];
  /** Tool calls, after the text. */
  toolCalls?: Array<{ name: string; input: Record<string, unknown>; id?: string }>;
  /** Defaults: `tool_use` when there are tool calls, else `end_turn`. */
  stopReason?: EmulatedStopReason;
  /** The stop sequence that ended the answer, for families that report it. */
  stopSequence?: string;
  /** Defaults: input counted from the request, output from the reply (about 4 characters a token). */
  usage?: {
    inputTokens?: number;
    outputTokens?: number;
    cacheReadInputTokens?: number;
    cacheWriteInputTokens?: number;
  };
  /** Characters per text/reasoning delta when streaming. Default: one word (with its leading space) per delta. */
  chunkSize?: number;
  /**
   * The answer text as exact stream deltas: their concatenation is the text (it replaces `text`), and a stream sends
   * each as one delta, whatever it holds. The text is sent as it is, in the family's own text field, with no reasoning
   * rendering: a test can script precisely what a model writes (tags, whitespace, special tokens) and how it is cut.
   */
  chunks?: string[];
}

/** A behaviour queued with `script()`; each is used by the next matching call(s). */
export interface ScriptedBehaviour {
  /** Only calls matching this consume the behaviour. Default: any call. */
  match?: { operation?: BedrockOperation | BedrockOperation[]; modelId?: string };
  /** How many matching calls consume it. Default 1. */
  times?: number;
  /** The content of the answer. Default: derived from the request (docs/emulator-rules.md). */
  reply?: ScriptedReply;
  /**
   * Answer with an AWS error instead (before any streaming). `status` defaults from the AWS model
   * (ThrottlingException 429, ServiceUnavailableException 503, ModelTimeoutException 408,
   * AccessDeniedException 403, ValidationException 400, InternalServerException 500, …).
   */
  error?: { name: string; status?: number; message?: string };
  /** Streams: send an exception frame after N events (default `modelStreamErrorException`). */
  exceptionAfter?: { events: number; name?: string; message?: string; originalStatusCode?: number };
  /** Streams: destroy the connection after N events. */
  dropAfter?: { events: number };
  /** Streams: stop sending after N events and keep the connection open (until the client gives up). */
  stallAfter?: { events: number };
  /** Streams: after N events send a well-framed event whose payload is not valid JSON. */
  malformedAfter?: { events: number };
  /** Streams: after N events send a frame with a wrong message CRC. */
  badCrcAfter?: { events: number };
  /** Delay before each stream event, and before a non-streaming response. */
  delayMs?: number;
  /**
   * Replay a recorded fixture (file name without `.json` from the emulator's `fixtures/bedrock-recorded`):
   * raw event-stream bytes byte for byte for stream recordings, the recorded status/headers/body otherwise.
   */
  replay?: string;
}

/** One request as the emulator received it (`GET /_emulator/requests`). */
export interface RecordedRequest {
  operation: BedrockOperation;
  /** Decoded model id from the path (a raw id, profile id or ARN). */
  modelId: string;
  /** Lower-cased request headers (HTTP/2 pseudo-headers excluded). */
  headers: Record<string, string>;
  /** The body parsed as JSON (or the raw string when it is not JSON). */
  body: unknown;
  /** HTTP status the emulator answered with. */
  status: number;
  /** `h2` or `http/1.1`. */
  protocol: 'h2' | 'http/1.1';
}

export interface EmulatorOptions {
  /** Default 0 (a free port). */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** SigV4 access key the emulator accepts. Default `test`. */
  accessKeyId?: string;
  /** SigV4 secret. Default `test`. */
  secretAccessKey?: string;
  /** Bedrock API key accepted as `Authorization: Bearer`. Default `test`. */
  apiKey?: string;
  /** Delay before every stream event when nothing scripted says otherwise. Default 0. */
  eventDelayMs?: number;
  /** Accepted clock skew of `x-amz-date`, in minutes. Default 15, as AWS. */
  maxClockSkewMinutes?: number;
}

export interface Emulator {
  /** `http://HOST:PORT` — pass it as the AWS SDK `endpoint`. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
  /** Every request so far, oldest first. */
  requests(): RecordedRequest[];
  /** Clears the request log and the script queue. */
  reset(): void;
  /** Queues behaviours for the next calls. */
  script(...behaviours: ScriptedBehaviour[]): void;
}
