import { plainConverseSampling } from '../../converse/plain-converse-sampling';
import type { ConverseHooks } from '../../core/codec-contract';

/**
 * gpt-oss on Converse: the effort goes in `additionalModelRequestFields.reasoning_effort`
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-openai.html), and the model leaks its channel
 * marker into tool names, `json<|channel|>commentary`, which is cut off (recorded:
 * packages/emulator/fixtures/bedrock-recorded/converse-gpt-oss-20b-reasoning-tooluse.json).
 */
export const gptOssConverse: ConverseHooks = {
  sampling(options, entry, warnings) {
    const base = plainConverseSampling(options, entry, warnings);
    if (!options.reasoning.enabled || entry.reasoning?.kind !== 'effort') return base;
    return {
      ...base,
      additionalFields: { reasoning_effort: options.reasoning.effort ?? entry.reasoning.thinkingEffort },
    };
  },
  repairToolName(name) {
    const marker = name.indexOf('<|');
    return marker > 0 ? name.slice(0, marker) : name;
  },
};
