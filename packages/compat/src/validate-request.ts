import { InvalidArgumentError } from '@ai-sdk/provider';
import { DEFAULT_IMAGE_URL_POLICY, type ImageUrlPolicy } from './image-url/fetch-image-url';

/** `awsCreds`: the legacy `{ region, accessKeyId, secretAccessKey }`, plus `sessionToken`. */
export interface AwsCreds {
  region?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
}

/** One part of an OpenAI `content` array. */
export type OpenAIContentPart =
  | { type: 'text'; text: string }
  | { type: 'image_url'; image_url: string | { url: string; detail?: 'auto' | 'low' | 'high' } };

export interface OpenAIToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/** OpenAI chat-completions messages (the roles the legacy wrapper was given). */
export type OpenAIMessage =
  | { role: 'system'; content: string | Array<{ type: 'text'; text: string }> }
  | { role: 'user'; content: string | OpenAIContentPart[] }
  | {
      role: 'assistant';
      content?: string | Array<{ type: 'text'; text: string }> | null;
      tool_calls?: OpenAIToolCall[];
    }
  | { role: 'tool'; tool_call_id: string; content: string | Array<{ type: 'text'; text: string }> };

/** The `openaiChatCompletionsCreateObject` the legacy wrapper took, plus `top_p`. */
export interface OpenAIChatCompletionsCreateObject {
  messages: OpenAIMessage[];
  /** A friendly name (`Claude-4-5-Sonnet`), a Bedrock model id, an inference profile id or an ARN. */
  model: string;
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  /** `false` or absent: the generator yields the whole answer once. */
  stream?: boolean;
  stop?: string | string[];
  /** Wins over `stop` when both are given (as in the legacy wrapper). */
  stop_sequences?: string | string[];
  /** Show the model's reasoning in the text, inside `<think>…</think>` or `<reasoning>…</reasoning>`. */
  include_thinking_data?: boolean;
}

/** The third argument of `bedrockWrapper`. */
export interface BedrockWrapperOptions {
  /** Print the request sent, the final usage and any warning (never credentials). @default false */
  logging?: boolean;
  /** Use the Converse API instead of the model family's InvokeModel body. @default false */
  useConverseAPI?: boolean;
  /** Also fetch `http:` image URLs. @default false (https only) */
  allowHttpImageUrls?: boolean;
  /**
   * Fetch image URLs from private, loopback, link-local and other non-public addresses too. Meant for tests against a
   * local server; never enable it for URLs that come from users.
   * @default false
   */
  allowPrivateImageHosts?: boolean;
  /** Largest image URL download, in bytes. @default 20971520 (20 MB) */
  imageUrlMaxBytes?: number;
  /** Deadline of one image URL download (DNS, connection, redirects, body), in ms. @default 10000 */
  imageUrlTimeoutMs?: number;
  /** Redirects followed per image URL, each checked like the first URL. @default 3 */
  imageUrlMaxRedirects?: number;
  /** Cancels the call (the image downloads and the Bedrock request). */
  abortSignal?: AbortSignal;
}

export interface ValidatedOptions {
  logging: boolean;
  useConverseAPI: boolean;
  imagePolicy: ImageUrlPolicy;
  abortSignal?: AbortSignal;
}

type Check = (value: unknown) => string | undefined;

const string: Check = value => (typeof value === 'string' ? undefined : 'a string');
const boolean: Check = value => (typeof value === 'boolean' ? undefined : 'a boolean');
const finite: Check = value =>
  typeof value === 'number' && Number.isFinite(value) ? undefined : 'a finite number';
const positiveInteger: Check = value =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? undefined : 'a positive integer';
const stringOrStrings: Check = value =>
  typeof value === 'string' || (Array.isArray(value) && value.every(item => typeof item === 'string'))
    ? undefined
    : 'a string or an array of strings';
const array: Check = value => (Array.isArray(value) && value.length > 0 ? undefined : 'a non-empty array');
const abortSignal: Check = value => (value instanceof AbortSignal ? undefined : 'an AbortSignal');

const REQUEST_KEYS: Record<keyof OpenAIChatCompletionsCreateObject, Check> = {
  messages: array,
  model: string,
  max_tokens: positiveInteger,
  temperature: finite,
  top_p: finite,
  stream: boolean,
  stop: stringOrStrings,
  stop_sequences: stringOrStrings,
  include_thinking_data: boolean,
};
const REQUIRED_REQUEST_KEYS = ['messages', 'model'] as const;

const CREDS_KEYS: Record<keyof AwsCreds, Check> = {
  region: string,
  accessKeyId: string,
  secretAccessKey: string,
  sessionToken: string,
};

const OPTION_KEYS: Record<keyof BedrockWrapperOptions, Check> = {
  logging: boolean,
  useConverseAPI: boolean,
  allowHttpImageUrls: boolean,
  allowPrivateImageHosts: boolean,
  imageUrlMaxBytes: positiveInteger,
  imageUrlTimeoutMs: positiveInteger,
  imageUrlMaxRedirects: value =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? undefined : 'an integer >= 0',
  abortSignal,
};

/**
 * Checks one argument against its accepted keys: an unknown key or a wrong type is an InvalidArgumentError that
 * lists what is accepted. Values are never quoted (they may be credentials), only their types.
 */
function checkObject(
  argument: string,
  value: unknown,
  keys: Record<string, Check>,
  required: readonly string[] = [],
): Record<string, unknown> {
  const accepted = `Accepted keys: ${Object.keys(keys).join(', ')}.`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidArgumentError({
      argument,
      message: `${argument} must be an object, got ${describe(value)}. ${accepted}`,
    });
  }
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter(key => !(key in keys));
  if (unknown.length > 0) {
    throw new InvalidArgumentError({
      argument,
      message: `${argument} has unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map(key => `"${key}"`).join(', ')}. ${accepted}`,
    });
  }
  const problems: string[] = [];
  for (const key of required) {
    if (record[key] === undefined) problems.push(`${key} is required`);
  }
  for (const [key, check] of Object.entries(keys)) {
    if (record[key] === undefined) continue;
    const expected = check(record[key]);
    if (expected) problems.push(`${key} must be ${expected}, got ${describe(record[key])}`);
  }
  if (problems.length > 0) {
    throw new InvalidArgumentError({
      argument,
      message: `Invalid ${argument}: ${problems.join('; ')}. ${accepted}`,
    });
  }
  return record;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

export function validateRequest(request: unknown): OpenAIChatCompletionsCreateObject {
  return checkObject(
    'openaiChatCompletionsCreateObject',
    request,
    REQUEST_KEYS,
    REQUIRED_REQUEST_KEYS,
  ) as unknown as OpenAIChatCompletionsCreateObject;
}

export function validateAwsCreds(awsCreds: unknown): AwsCreds {
  if (awsCreds === undefined || awsCreds === null) return {};
  const creds = checkObject('awsCreds', awsCreds, CREDS_KEYS) as AwsCreds;
  if ((creds.accessKeyId === undefined) !== (creds.secretAccessKey === undefined)) {
    throw new InvalidArgumentError({
      argument: 'awsCreds',
      message:
        'awsCreds needs both accessKeyId and secretAccessKey, or neither (then the AWS default credential chain is used).',
    });
  }
  if (creds.sessionToken !== undefined && creds.accessKeyId === undefined) {
    throw new InvalidArgumentError({
      argument: 'awsCreds',
      message: 'awsCreds.sessionToken needs accessKeyId and secretAccessKey.',
    });
  }
  return creds;
}

export function validateOptions(options: unknown): ValidatedOptions {
  const record = (
    options === undefined ? {} : checkObject('options', options, OPTION_KEYS)
  ) as BedrockWrapperOptions;
  return {
    logging: record.logging ?? false,
    useConverseAPI: record.useConverseAPI ?? false,
    imagePolicy: {
      allowHttp: record.allowHttpImageUrls ?? DEFAULT_IMAGE_URL_POLICY.allowHttp,
      allowPrivateHosts: record.allowPrivateImageHosts ?? DEFAULT_IMAGE_URL_POLICY.allowPrivateHosts,
      maxBytes: record.imageUrlMaxBytes ?? DEFAULT_IMAGE_URL_POLICY.maxBytes,
      timeoutMs: record.imageUrlTimeoutMs ?? DEFAULT_IMAGE_URL_POLICY.timeoutMs,
      maxRedirects: record.imageUrlMaxRedirects ?? DEFAULT_IMAGE_URL_POLICY.maxRedirects,
    },
    ...(record.abortSignal ? { abortSignal: record.abortSignal } : {}),
  };
}
