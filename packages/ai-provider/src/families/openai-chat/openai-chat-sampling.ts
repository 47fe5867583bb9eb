import type { SamplingRange, SamplingSetting } from '../../core/codec-contract';

/** The InvokeModel sampling ranges of every family on Bedrock's OpenAI chat-completions backend. */
export const OPENAI_CHAT_SAMPLING: Readonly<Partial<Record<SamplingSetting, SamplingRange>>> = {
  temperature: {
    min: 0,
    max: 2,
    source:
      "unsourced: the OpenAI chat-completions range (0 to 2); no AWS page states it for Bedrock's OpenAI-compatible bodies",
  },
};
