import type { LanguageModelV1CallWarning } from '@ai-sdk/provider';
import type { LanguageModelV2CallWarning } from '@ai-sdk/provider-v2';

/** V1 and V2 warnings have the same three kinds; V1's `maxTokens` setting is V2's `maxOutputTokens`. */
export function convertV1Warnings(
  warnings: LanguageModelV1CallWarning[] | undefined,
): LanguageModelV2CallWarning[] {
  return (warnings ?? []).map((warning): LanguageModelV2CallWarning => {
    if (warning.type === 'unsupported-setting') {
      return {
        type: 'unsupported-setting',
        setting: warning.setting === 'maxTokens' ? 'maxOutputTokens' : warning.setting,
        details: warning.details,
      };
    }
    if (warning.type === 'unsupported-tool') {
      const tool = warning.tool;
      return {
        type: 'unsupported-tool',
        tool:
          tool.type === 'function'
            ? {
                type: 'function',
                name: tool.name,
                description: tool.description,
                inputSchema: tool.parameters,
              }
            : tool,
        details: warning.details,
      };
    }
    return warning;
  });
}
