import type { LanguageModelV1 } from '@ai-sdk/provider';
import type {
  LanguageModelV2,
  LanguageModelV2CallWarning,
  LanguageModelV2Content,
} from '@ai-sdk/provider-v2';
import { PROVIDER_OPTIONS_KEY } from '../provider-options-key';
import { convertV1Usage } from './convert-v1-usage';
import { convertV1Warnings } from './convert-v1-warnings';
import type { V2CallPlan } from './convert-v2-call-options';

type V1GenerateResult = Awaited<ReturnType<LanguageModelV1['doGenerate']>>;
type V2GenerateResult = Awaited<ReturnType<LanguageModelV2['doGenerate']>>;

/**
 * V1 `doGenerate` result -> V2. Content keeps the order ai@4 gives the assistant message (reasoning, files,
 * text, tool calls), so a V2 conversation replays exactly what a V1 one would. Signatures and redacted reasoning
 * ride in `providerMetadata.bedrockWrapper`, where ai@5+ copies them into the next turn's prompt.
 */
export function convertV1GenerateResult(result: V1GenerateResult, plan: V2CallPlan): V2GenerateResult {
  const content: LanguageModelV2Content[] = [];
  const reasoning =
    typeof result.reasoning === 'string'
      ? [{ type: 'text' as const, text: result.reasoning }]
      : result.reasoning;
  for (const detail of reasoning ?? []) {
    content.push(
      detail.type === 'text'
        ? {
            type: 'reasoning',
            text: detail.text,
            providerMetadata: detail.signature
              ? { [PROVIDER_OPTIONS_KEY]: { signature: detail.signature } }
              : undefined,
          }
        : {
            type: 'reasoning',
            text: '',
            providerMetadata: { [PROVIDER_OPTIONS_KEY]: { redactedData: detail.data } },
          },
    );
  }
  for (const file of result.files ?? [])
    content.push({ type: 'file', mediaType: file.mimeType, data: file.data });
  let finishReason = result.finishReason;
  if (plan.output === 'json-tool') {
    // The forced tool's arguments are the object; V2 reads it as text.
    const call = result.toolCalls?.find(toolCall => toolCall.toolName === plan.jsonToolName);
    if (result.text) content.push({ type: 'text', text: result.text });
    if (call) content.push({ type: 'text', text: call.args });
    if (finishReason === 'tool-calls') finishReason = 'stop';
  } else {
    if (result.text !== undefined && result.text.length > 0)
      content.push({ type: 'text', text: result.text });
    for (const call of result.toolCalls ?? []) {
      content.push({
        type: 'tool-call',
        toolCallId: call.toolCallId,
        toolName: call.toolName,
        input: call.args,
      });
    }
  }
  for (const source of result.sources ?? []) {
    content.push({ type: 'source', sourceType: 'url', id: source.id, url: source.url, title: source.title });
  }
  const warnings: LanguageModelV2CallWarning[] = [...plan.warnings, ...convertV1Warnings(result.warnings)];
  return {
    content,
    finishReason,
    usage: convertV1Usage(result.usage, result.providerMetadata),
    providerMetadata: result.providerMetadata,
    request: { body: result.rawCall.rawPrompt },
    response: { ...result.response, headers: result.rawResponse?.headers },
    warnings,
  };
}
