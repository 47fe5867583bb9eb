import type { BedrockCallOptions } from '../../core/codec-contract';
import type { CoreWarning } from '../../core/core-parts';
import type { AnthropicRequestBody } from './anthropic-api';

/** AI SDK tools and toolChoice -> Anthropic `tools` / `tool_choice` (`required` is `any`; `none` sends no tools). */
export function prepareAnthropicTools(
  options: BedrockCallOptions,
  forceToolAllowed: boolean,
  warnings: CoreWarning[],
): Pick<AnthropicRequestBody, 'tools' | 'tool_choice'> {
  if (options.tools.length === 0 || options.toolChoice?.type === 'none') return {};
  const tools = options.tools.map(tool => ({
    name: tool.name,
    description: tool.description,
    input_schema: tool.parameters,
  }));
  const choice = options.toolChoice ?? { type: 'auto' };
  if ((choice.type === 'required' || choice.type === 'tool') && !forceToolAllowed) {
    warnings.push({
      type: 'other',
      message: 'Claude cannot be forced to use a tool while thinking; tool_choice was sent as auto.',
    });
    return { tools, tool_choice: { type: 'auto' } };
  }
  switch (choice.type) {
    case 'required':
      return { tools, tool_choice: { type: 'any' } };
    case 'tool':
      return { tools, tool_choice: { type: 'tool', name: choice.toolName } };
    default:
      return { tools, tool_choice: { type: 'auto' } };
  }
}
