import { hashedId } from './hashed-id';

/**
 * A tool-call id as Bedrock takes it, on Converse and in Claude's InvokeModel body alike: 1 to 64 characters of
 * letters, digits, "_" and "-" (Converse: https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolUseBlock.html,
 * a longer one refused with "Member must have length less than or equal to 64",
 * https://github.com/RooCodeInc/Roo-Code/pull/10990; Claude's body: "tool_use.id: String should match pattern
 * '^[a-zA-Z0-9_-]+$'", https://github.com/CommandCodeAI/command-code/issues/323, and normalised for Bedrock in
 * https://github.com/awsl-project/maxx/pull/557). Bedrock's and Anthropic's own ids pass unchanged; an id from another
 * provider (OpenAI's `call_…|fc_…`, longer ids) is replaced by a hash of it, the same for the call and for its result.
 */
export function bedrockToolUseId(id: string): string {
  return /^[a-zA-Z0-9_-]{1,64}$/.test(id) ? id : `id_${hashedId(id, 11)}`;
}
