import type { BedrockApi } from '../catalog/model-catalog-types';
import type { BedrockWrapperCallOptions } from './bedrock-wrapper-call-options';
import type { BedrockRequest } from './codec-contract';
import type { CoreWarning } from './core-parts';

const TRACE = { enabled: 'ENABLED', disabled: 'DISABLED', enabled_full: 'ENABLED_FULL' } as const;

/**
 * The inputs that belong to the operation, not to a family's body, decided once for every family:
 * - Converse / ConverseStream: `guardrailConfig`, `performanceConfig`, `requestMetadata` in the request
 *   (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html). `streamProcessingMode`
 *   exists only in ConverseStream's guardrail configuration
 *   (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_GuardrailStreamConfiguration.html).
 * - InvokeModel / InvokeModelWithResponseStream: `guardrailIdentifier`, `guardrailVersion`, `trace`,
 *   `performanceConfigLatency` and `requestMetadata` (a JSON string) are request inputs sent as headers
 *   (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html).
 * What an operation cannot take becomes a warning, never a silent drop.
 */
export function withOperationInputs(
  request: BedrockRequest,
  api: BedrockApi,
  stream: boolean,
  options: BedrockWrapperCallOptions,
  warnings: CoreWarning[],
): BedrockRequest {
  const { guardrailConfig: guardrail, performanceConfig, requestMetadata } = options;
  if (!guardrail && !performanceConfig && !requestMetadata) return request;
  if (guardrail?.streamProcessingMode !== undefined && !(api === 'converse' && stream)) {
    warnings.push({
      type: 'other',
      message:
        'guardrailConfig.streamProcessingMode is an input of ConverseStream only; it was not sent with this call.',
    });
  }
  if (api === 'converse') {
    const { streamProcessingMode, ...plain } = guardrail ?? { streamProcessingMode: undefined };
    return {
      ...request,
      body: {
        ...request.body,
        ...(guardrail ? { guardrailConfig: stream ? guardrail : plain } : {}),
        ...(performanceConfig ? { performanceConfig } : {}),
        ...(requestMetadata ? { requestMetadata } : {}),
      },
    };
  }
  return {
    ...request,
    invokeInput: {
      ...request.invokeInput,
      ...(guardrail
        ? {
            guardrailIdentifier: guardrail.guardrailIdentifier,
            guardrailVersion: guardrail.guardrailVersion,
            ...(guardrail.trace ? { trace: TRACE[guardrail.trace] } : {}),
          }
        : {}),
      ...(performanceConfig ? { performanceConfigLatency: performanceConfig.latency } : {}),
      ...(requestMetadata ? { requestMetadata: JSON.stringify(requestMetadata) } : {}),
    },
  };
}
