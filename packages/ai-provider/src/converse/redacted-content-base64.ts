import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';

/**
 * A reasoning block's `redactedContent` as base64, whichever form it came in: the JSON Bedrock sends holds it as a
 * base64 string ("Base64-encoded binary data object",
 * https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ReasoningContentBlock.html), bytes where the
 * AWS SDK parsed the answer.
 */
export function redactedContentBase64(data: Uint8Array | string): string {
  return typeof data === 'string' ? data : convertUint8ArrayToBase64(data);
}
