import type { FamilyDescriptor } from '../../core/codec-contract';
import { lettersDigitsToolName } from '../../core/letters-digits-tool-name';
import { anthropicCodec } from './anthropic-codec';
import { anthropicConverse } from './anthropic-converse';

/** temperature and top_p "0 to 1"; tool `name` "^[a-zA-Z0-9_-]{1,64}$" (the Messages request page). */
const CLAUDE_MESSAGES =
  'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html';

/** Claude: the Anthropic Messages body on InvokeModel; thinking and top-k hooks on Converse. */
export const anthropicFamily: FamilyDescriptor = {
  invoke: anthropicCodec,
  converse: anthropicConverse,
  rawIdPrefixes: ['anthropic.'],
  invokeSampling: {
    temperature: { min: 0, max: 1, source: CLAUDE_MESSAGES },
    topP: { min: 0, max: 1, source: CLAUDE_MESSAGES },
  },
  invokeToolNames: lettersDigitsToolName(CLAUDE_MESSAGES),
};
