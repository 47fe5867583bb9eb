import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';

/**
 * Nemotron: Nano 9B v2 reasons by default and ends its reasoning with `</think>` without an opening tag
 * (legacy-wrapper.md §1.3 row 17), so its answer starts inside reasoning. The others answer plainly.
 */
export const nemotronCodec = createOpenAIChatCodec({
  maxTokensKey: 'max_tokens',
  startsInReasoning: entry => entry.reasoning?.kind === 'always',
});
