import { lettersDigitsToolName } from '../core/letters-digits-tool-name';

/**
 * Converse refuses a `toolUse.name` outside 1 to 64 letters, digits, "_" and "-" (API_runtime_ToolUseBlock), and does so
 * on every later request while that call stays in the conversation: "Value at
 * 'messages.14.member.content.1.member.toolUse.name' failed to satisfy constraint: Member must satisfy regular
 * expression pattern: [a-zA-Z0-9_-]+" (https://github.com/NousResearch/hermes-agent/issues/90008; a model's
 * hallucinated `$READFILE` in https://github.com/vercel/ai/pull/17777, where @ai-sdk/amazon-bedrock strips the other
 * characters too). The offered tools are checked before sending (validate-call-values.ts); a call already in the
 * conversation can only be sent under a name Converse takes: the other characters left out, at most 64 kept, `tool`
 * if none is left. Its result still pairs with it by id.
 */
export const CONVERSE_TOOL_USE_NAME = lettersDigitsToolName(
  'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolUseBlock.html',
);

export function converseToolUseName(name: string): string {
  if (CONVERSE_TOOL_USE_NAME.pattern.test(name)) return name;
  return name.replace(/[^a-zA-Z0-9_-]/g, '').slice(0, 64) || 'tool';
}
