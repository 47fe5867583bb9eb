import type { FamilyDescriptor } from '../../core/codec-contract';
import { createOpenAIChatCodec } from '../openai-chat/openai-chat-codec';

/**
 * The AWS page of the Jamba body: `messages` (system / user / assistant, string content), `temperature` ("Default:
 * 1.0, Range: 0.0 – 2.0"), `top_p`, `max_tokens` ("Range: 0 – 4096"), `stop`, `n`, `frequency_penalty`,
 * `presence_penalty`, and no `top_k`, `seed` or tools.
 */
const JAMBA_PAGE = 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-jamba.html';

/**
 * AI21 Labs Jamba 1.5 on InvokeModel: its body has the chat-completions fields above, and its answer and stream
 * chunks have the chat-completions shapes (`choices[0].message` / `choices[0].delta`, `finish_reason`, `usage` on the
 * last chunk: AI21's response reference, https://docs.ai21.com/reference/jamba-api-response), so the shared
 * chat-completions codec serves it with `top_k` and `seed` left out (a warning each). Nothing differs on Converse.
 */
export const jambaFamily: FamilyDescriptor = {
  invoke: createOpenAIChatCodec({ maxTokensKey: 'max_tokens', unsupportedSettings: ['topK', 'seed'] }),
  converse: {},
  // The ids `ai21.jamba-1-5-large-v1:0` and `ai21.jamba-1-5-mini-v1:0` (AWS "Supported foundation models").
  rawIdPrefixes: ['ai21.jamba'],
  invokeSampling: { temperature: { min: 0, max: 2, source: JAMBA_PAGE } },
};
