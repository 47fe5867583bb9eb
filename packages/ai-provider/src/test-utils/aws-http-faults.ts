/** The AWS errors a Bedrock call can answer with before any streaming: name, HTTP status, retryable by AWS's rules. */
export const AWS_HTTP_FAULTS: Array<[name: string, status: number, retryable: boolean]> = [
  ['ThrottlingException', 429, true],
  ['ServiceUnavailableException', 503, true],
  ['InternalServerException', 500, true],
  ['ModelTimeoutException', 408, true],
  ['AccessDeniedException', 403, false],
  ['ValidationException', 400, false],
];
