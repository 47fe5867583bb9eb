import type { SamplingRange, SamplingSetting } from '../../core/codec-contract';

type SamplingRanges = Readonly<Partial<Record<SamplingSetting, SamplingRange>>>;

/** temperature 0 to 2, OpenAI's chat-completions range, with where a family's use of it is stated. */
export function openAiChatSampling(source: string): SamplingRanges {
  return { temperature: { min: 0, max: 2, source } };
}

/** The families on Bedrock's OpenAI chat-completions backend for which no AWS page states the range. */
export const OPENAI_CHAT_SAMPLING: SamplingRanges = openAiChatSampling(
  'unsourced: the OpenAI chat-completions range (0 to 2), which AWS states for gpt-oss only (gpt-oss-family.ts)',
);
