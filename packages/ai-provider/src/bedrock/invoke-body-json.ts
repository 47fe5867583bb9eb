import { InvalidPromptError } from '@ai-sdk/provider';

/**
 * Largest InvokeModel body Bedrock takes: 25,000,000 bytes ("Length Constraints: Minimum length of 0. Maximum length
 * of 25000000", https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModelTokensRequest.html,
 * the structure that mirrors InvokeModel's input). Converse documents no whole-request limit, only per-block ones
 * (images, documents), so no such check is made there: an unsourced limit would refuse what Bedrock may accept.
 */
export const MAX_INVOKE_BODY_BYTES = 25_000_000;

/** A UTF-8 character is at most 3 bytes per UTF-16 unit, so a string this short cannot pass the limit. */
const SURELY_SHORT_ENOUGH = Math.floor(MAX_INVOKE_BODY_BYTES / 3);

/**
 * The InvokeModel body as JSON, refused before sending when Bedrock would refuse it for its size (a 400 after
 * uploading up to 25 MB, and never retryable): the error says what to make smaller.
 */
export function invokeBodyJson(body: unknown): string {
  const json = JSON.stringify(body);
  if (json.length <= SURELY_SHORT_ENOUGH) return json;
  const bytes = new TextEncoder().encode(json).length;
  if (bytes <= MAX_INVOKE_BODY_BYTES) return json;
  throw new InvalidPromptError({
    prompt: undefined,
    message:
      `The InvokeModel request body is ${bytes} bytes; Bedrock accepts at most ${MAX_INVOKE_BODY_BYTES}. ` +
      'Send fewer or smaller images and files, or a shorter conversation.',
  });
}
