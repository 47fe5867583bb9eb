import { APICallError, NoSuchModelError, RetryError } from 'ai';

/**
 * A message for the page: what went wrong and what to do, never credentials or request signatures.
 * ai@4 hides error details from the client unless the route says what to show (`getErrorMessage`).
 */
export function describeError(error: unknown): string {
  const cause = RetryError.isInstance(error) ? error.lastError : error;
  if (NoSuchModelError.isInstance(cause)) return cause.message;
  if (APICallError.isInstance(cause)) {
    const data = (cause.data ?? {}) as { awsErrorName?: string };
    const name = data.awsErrorName ?? 'Bedrock error';
    const status = cause.statusCode ? `, HTTP ${cause.statusCode}` : '';
    switch (data.awsErrorName) {
      case 'ThrottlingException':
        return `Bedrock is throttling requests (${name}${status}). Wait a moment and try again.`;
      case 'AccessDeniedException':
        return `Access denied (${name}${status}): check the credentials and that model access is enabled in the Bedrock console.`;
      case 'ValidationException':
        return `Bedrock rejected the request (${name}${status}): ${cause.message}`;
      default:
        return `${name}${status}: ${cause.message}`;
    }
  }
  if (error instanceof Error) return error.message;
  return 'An unknown error occurred.';
}
