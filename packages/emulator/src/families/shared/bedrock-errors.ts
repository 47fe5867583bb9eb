import type { BedrockError } from '../../models/emulated-model';

/** HTTP status of each modelled Bedrock Runtime error (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html#API_runtime_InvokeModel_Errors). */
export const AWS_ERROR_STATUS: Record<string, number> = {
  AccessDeniedException: 403,
  ValidationException: 400,
  ThrottlingException: 429,
  ResourceNotFoundException: 404,
  ModelTimeoutException: 408,
  ModelNotReadyException: 429,
  ModelErrorException: 424,
  ServiceQuotaExceededException: 400,
  InternalServerException: 500,
  ServiceUnavailableException: 503,
  ModelStreamErrorException: 424,
  UnrecognizedClientException: 403,
  InvalidSignatureException: 403,
  MissingAuthenticationTokenException: 403,
};

export const DEFAULT_ERROR_MESSAGES: Record<string, string> = {
  ThrottlingException: 'Too many requests, please wait before trying again.',
  ServiceUnavailableException: 'Bedrock is unable to process your request.',
  InternalServerException:
    'The system encountered an unexpected error during processing. Try your request again.',
  ModelTimeoutException: 'Model has timed out in processing the request. Try your request again.',
  AccessDeniedException: "You don't have access to the model with the specified model ID.",
  ValidationException: 'Invalid request.',
};

export function validation(message: string): BedrockError {
  return { name: 'ValidationException', status: 400, message };
}

export function awsError(name: string, status?: number, message?: string): BedrockError {
  return {
    name,
    status: status ?? AWS_ERROR_STATUS[name] ?? 400,
    message: message ?? DEFAULT_ERROR_MESSAGES[name] ?? name,
  };
}
