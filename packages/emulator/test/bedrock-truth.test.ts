import {
  ConverseCommand,
  type ConverseCommandInput,
  ConverseStreamCommand,
  InvokeModelCommand,
} from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index';
import { sdkClient } from './sdk-clients';

/**
 * The divergences of issue #13, each as an accepted or rejected request through the real SDK. Every case names the
 * source that decides it (an AWS page, a real error in a public issue, or a committed run log) and, when rejected,
 * the rule the emulator answers with (`x-emulator-rule`), whose own sources are in docs/emulator-rules.md.
 */
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

const ADAPTIVE_PAGE =
  'https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html';
const OPUS_47_CARD =
  'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-opus-4-7.html';
const CONVERSE_FEATURES =
  'https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html';

type Expected = null | { rule: string; message: string; name?: string; status?: number };
interface Case {
  name: string;
  source: string;
  operation: 'InvokeModel' | 'Converse' | 'ConverseStream';
  modelId: string;
  body: Record<string, unknown>;
  expected: Expected;
}

const claudeBody = (extra: Record<string, unknown> = {}) => ({
  anthropic_version: 'bedrock-2023-05-31',
  max_tokens: 4000,
  messages: [{ role: 'user', content: 'hi' }],
  ...extra,
});
const user = (text: string) => ({ role: 'user', content: [{ text }] });
const pdf = {
  document: { format: 'pdf', name: 'report', source: { bytes: new Uint8Array([37, 80, 68, 70]) } },
};

const CASES: Case[] = [
  // Opus 4.7's id has no -v1.
  {
    name: 'Opus 4.7: the documented id is served',
    source: OPUS_47_CARD,
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-opus-4-7',
    body: claudeBody(),
    expected: null,
  },
  {
    name: 'Opus 4.7: the -v1 id is invalid',
    source:
      'https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/test-models-output.txt#L11-L18',
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-opus-4-7-v1',
    body: claudeBody(),
    expected: { rule: 'model-id.invalid', message: 'The provided model identifier is invalid.' },
  },
  {
    name: 'Opus 4.7: global profile on Converse',
    source: OPUS_47_CARD,
    operation: 'Converse',
    modelId: 'global.anthropic.claude-opus-4-7',
    body: { messages: [user('x')] },
    expected: null,
  },
  // Adaptive thinking.
  {
    name: 'Opus 4.7: adaptive thinking with effort accepted (InvokeModel)',
    source: ADAPTIVE_PAGE,
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-opus-4-7',
    body: claudeBody({ thinking: { type: 'adaptive' }, output_config: { effort: 'high' } }),
    expected: null,
  },
  {
    name: 'Opus 4.7: enabled + budget_tokens is a 400',
    source: OPUS_47_CARD,
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-opus-4-7',
    body: claudeBody({ thinking: { type: 'enabled', budget_tokens: 2000 } }),
    expected: {
      rule: 'anthropic.thinkingEnabledUnsupported',
      message:
        '"thinking.type.enabled" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.',
    },
  },
  {
    name: 'Opus 4.7: disabled thinking is a 400',
    source: ADAPTIVE_PAGE,
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-opus-4-7',
    body: claudeBody({ thinking: { type: 'disabled' } }),
    expected: {
      rule: 'anthropic.thinkingDisabledUnsupported',
      message:
        '"thinking.type.disabled" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.',
    },
  },
  {
    name: 'Opus 4.7: enabled thinking on Converse is a 400',
    source: OPUS_47_CARD,
    operation: 'Converse',
    modelId: 'us.anthropic.claude-opus-4-7',
    body: {
      messages: [user('x')],
      inferenceConfig: { maxTokens: 4000 },
      additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 2000 } },
    },
    expected: {
      rule: 'converse.thinkingEnabledUnsupported',
      message:
        'The model returned the following errors: "thinking.type.enabled" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.',
    },
  },
  {
    name: 'Opus 4.7: adaptive thinking on ConverseStream accepted',
    source: ADAPTIVE_PAGE,
    operation: 'ConverseStream',
    modelId: 'us.anthropic.claude-opus-4-7',
    body: {
      messages: [user('x')],
      additionalModelRequestFields: { thinking: { type: 'adaptive' }, output_config: { effort: 'medium' } },
    },
    expected: null,
  },
  {
    name: 'Opus 4.6: adaptive accepted',
    source: ADAPTIVE_PAGE,
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-opus-4-6-v1',
    body: claudeBody({ thinking: { type: 'adaptive' }, output_config: { effort: 'max' } }),
    expected: null,
  },
  {
    name: 'Opus 4.6: enabled + budget_tokens still accepted (deprecated)',
    source: ADAPTIVE_PAGE,
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-opus-4-6-v1',
    body: claudeBody({ thinking: { type: 'enabled', budget_tokens: 2000 } }),
    expected: null,
  },
  {
    name: 'Sonnet 4.6: adaptive accepted on Converse',
    source: ADAPTIVE_PAGE,
    operation: 'Converse',
    modelId: 'eu.anthropic.claude-sonnet-4-6',
    body: { messages: [user('x')], additionalModelRequestFields: { thinking: { type: 'adaptive' } } },
    expected: null,
  },
  {
    name: 'Sonnet 4.5: adaptive is not supported',
    source: ADAPTIVE_PAGE,
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    body: claudeBody({ thinking: { type: 'adaptive' } }),
    expected: {
      rule: 'anthropic.thinkingAdaptiveUnsupported',
      message:
        "thinking: Input tag 'adaptive' found using 'type' does not match any of the expected tags: 'disabled', 'enabled'",
    },
  },
  {
    name: 'Sonnet 4.5: budget thinking accepted',
    source: ADAPTIVE_PAGE,
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    body: claudeBody({ thinking: { type: 'enabled', budget_tokens: 1024 } }),
    expected: null,
  },
  {
    name: 'effort outside the documented levels',
    source: ADAPTIVE_PAGE,
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-opus-4-7',
    body: claudeBody({ thinking: { type: 'adaptive' }, output_config: { effort: 'extreme' } }),
    expected: {
      rule: 'anthropic.effortValue',
      message: "output_config.effort: Input should be 'low', 'medium', 'high', 'xhigh', 'max'",
    },
  },
  // Opus 4.7+: non-default sampling rejected.
  {
    name: 'Opus 4.7: temperature 0.5 is deprecated (InvokeModel)',
    source: 'https://github.com/logancyang/obsidian-copilot/pull/2601',
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-opus-4-7',
    body: claudeBody({ temperature: 0.5 }),
    expected: { rule: 'anthropic.samplingRemoved', message: '`temperature` is deprecated for this model.' },
  },
  {
    name: 'Opus 4.7: temperature on Converse is deprecated',
    source: 'https://github.com/DayuanJiang/next-ai-draw-io/issues/861',
    operation: 'Converse',
    modelId: 'us.anthropic.claude-opus-4-7',
    body: { messages: [user('x')], inferenceConfig: { temperature: 0.2 } },
    expected: {
      rule: 'converse.samplingRemoved',
      message: 'The model returned the following errors: `temperature` is deprecated for this model.',
    },
  },
  // Claude 4.x on Converse: temperature with topP.
  {
    name: 'Sonnet 4.5 on Converse: temperature with topP rejected',
    source: 'https://github.com/mem0ai/mem0/issues/3891',
    operation: 'Converse',
    modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    body: { messages: [user('x')], inferenceConfig: { temperature: 0.5, topP: 0.9 } },
    expected: {
      rule: 'converse.samplingExclusive',
      message:
        'The model returned the following errors: `temperature` and `top_p` cannot both be specified for this model. Please use only one.',
    },
  },
  {
    name: 'Haiku 4.5 on ConverseStream: temperature with topP rejected',
    source: 'https://github.com/aws-samples/bedrock-access-gateway/issues/191',
    operation: 'ConverseStream',
    modelId: 'global.anthropic.claude-haiku-4-5-20251001-v1:0',
    body: { messages: [user('x')], inferenceConfig: { temperature: 0.5, topP: 0.9 } },
    expected: {
      rule: 'converse.samplingExclusive',
      message:
        'The model returned the following errors: `temperature` and `top_p` cannot both be specified for this model. Please use only one.',
    },
  },
  {
    name: 'Sonnet 4.5 on Converse: temperature alone accepted',
    source: 'https://github.com/mem0ai/mem0/issues/3891',
    operation: 'Converse',
    modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    body: { messages: [user('x')], inferenceConfig: { temperature: 0.5 } },
    expected: null,
  },
  // Mistral 7B / Mixtral: no system prompt on Converse.
  ...(['mistral.mistral-7b-instruct-v0:2', 'mistral.mixtral-8x7b-instruct-v0:1'] as const).map(
    (modelId): Case => ({
      name: `${modelId}: system prompt on Converse rejected`,
      source: 'https://github.com/567-labs/instructor/issues/1753',
      operation: 'Converse',
      modelId,
      body: { system: [{ text: 'Be brief.' }], messages: [user('x')] },
      expected: {
        rule: 'converse.systemUnsupported',
        message:
          "This model doesn't support system messages. Try again without a system message or use a model that supports system messages.",
      },
    }),
  ),
  {
    name: 'Mistral Large: system prompt on Converse accepted',
    source: CONVERSE_FEATURES,
    operation: 'Converse',
    modelId: 'mistral.mistral-large-2402-v1:0',
    body: { system: [{ text: 'Be brief.' }], messages: [user('x')] },
    expected: null,
  },
  // Document chat on Converse for Llama 3.x and Mistral.
  ...(
    [
      'us.meta.llama3-3-70b-instruct-v1:0',
      'meta.llama3-1-405b-instruct-v1:0',
      'mistral.mistral-7b-instruct-v0:2',
      'mistral.mistral-large-2402-v1:0',
    ] as const
  ).map(
    (modelId): Case => ({
      name: `${modelId}: document on Converse accepted`,
      source: CONVERSE_FEATURES,
      operation: 'Converse',
      modelId,
      body: { messages: [{ role: 'user', content: [{ text: 'Summarise' }, pdf] }] },
      expected: null,
    }),
  ),
  {
    name: 'Nova Micro: document on Converse rejected',
    source: CONVERSE_FEATURES,
    operation: 'Converse',
    modelId: 'us.amazon.nova-micro-v1:0',
    body: { messages: [{ role: 'user', content: [{ text: 'Summarise' }, pdf] }] },
    expected: {
      rule: 'converse.documentUnsupported',
      message:
        "This model doesn't support the document content block that you provided. Update the content block and try again.",
    },
  },
  // Documents on Converse: a text block beside them, unique names, at most five, bytes or s3Location.
  {
    name: 'Converse: a document without a text block is refused',
    source: 'https://github.com/BerriAI/litellm/pull/36499',
    operation: 'Converse',
    modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    body: { messages: [{ role: 'user', content: [pdf] }] },
    expected: {
      rule: 'converse.documentNeedsText',
      message: 'A text block must be included when using documents. Add a text block and retry your request.',
    },
  },
  {
    name: 'Converse: duplicate document names are refused',
    source: 'https://github.com/aws-samples/generative-ai-use-cases/issues/1685',
    operation: 'Converse',
    modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    body: {
      messages: [
        { role: 'user', content: [{ text: 'a' }, pdf] },
        { role: 'assistant', content: [{ text: 'b' }] },
        { role: 'user', content: [{ text: 'c' }, pdf] },
      ],
    },
    expected: {
      rule: 'converse.documentNamesUnique',
      message: "Messages can't contain duplicate document names.",
    },
  },
  {
    name: 'Converse: more than 5 documents are refused',
    source: 'https://github.com/aws-samples/generative-ai-use-cases/issues/1685',
    operation: 'Converse',
    modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    body: {
      messages: [
        {
          role: 'user',
          content: [
            { text: 'a' },
            ...[1, 2, 3, 4, 5, 6].map(n => ({ document: { ...pdf.document, name: `doc ${n}` } })),
          ],
        },
      ],
    },
    expected: {
      rule: 'converse.documentCount',
      message: "You can't include more than 5 documents in a request.",
    },
  },
  {
    name: 'Claude on Converse: whitespace-only text is refused in Anthropic words',
    source: 'https://github.com/aws-samples/generative-ai-use-cases/issues/1685',
    operation: 'Converse',
    modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    body: { messages: [user('  ')] },
    expected: {
      rule: 'converse.textBlank',
      message:
        'The model returned the following errors: messages: text content blocks must contain non-whitespace text',
    },
  },
  {
    name: 'Claude on InvokeModel: empty text block is refused',
    source: 'https://github.com/anomalyco/opencode/issues/15715',
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-sonnet-4-6',
    body: claudeBody({ messages: [{ role: 'user', content: [{ type: 'text', text: '' }] }] }),
    expected: { rule: 'anthropic.textNonEmpty', message: 'messages: text content blocks must be non-empty' },
  },
  // Nova tool choice.
  ...(['any', 'tool'] as const).map(
    (choice): Case => ({
      name: `Nova: toolChoice ${choice} accepted on Converse`,
      source: 'https://docs.aws.amazon.com/nova/latest/userguide/tool-choice.html',
      operation: 'Converse',
      modelId: 'us.amazon.nova-lite-v1:0',
      body: {
        messages: [user('x')],
        toolConfig: {
          tools: [{ toolSpec: { name: 'w', inputSchema: { json: { type: 'object' } } } }],
          toolChoice: choice === 'any' ? { any: {} } : { tool: { name: 'w' } },
        },
      },
      expected: null,
    }),
  ),
  {
    name: 'Nova: toolChoice tool accepted on InvokeModel',
    source: 'https://docs.aws.amazon.com/nova/latest/userguide/tool-choice.html',
    operation: 'InvokeModel',
    modelId: 'us.amazon.nova-pro-v1:0',
    body: {
      schemaVersion: 'messages-v1',
      messages: [user('x')],
      toolConfig: {
        tools: [{ toolSpec: { name: 'w', inputSchema: { json: { type: 'object' } } } }],
        toolChoice: { tool: { name: 'w' } },
      },
    },
    expected: null,
  },
  {
    name: 'Llama: toolChoice any still rejected on Converse',
    source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolChoice.html',
    operation: 'Converse',
    modelId: 'us.meta.llama3-3-70b-instruct-v1:0',
    body: {
      messages: [user('x')],
      toolConfig: {
        tools: [{ toolSpec: { name: 'w', inputSchema: { json: { type: 'object' } } } }],
        toolChoice: { any: {} },
      },
    },
    expected: {
      rule: 'converse.toolChoiceUnsupported',
      message:
        "This model doesn't support the toolConfig.toolChoice.any field. Remove toolConfig.toolChoice.any and try again.",
    },
  },
  {
    name: 'Mistral Large: toolChoice any accepted on Converse',
    source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolChoice.html',
    operation: 'Converse',
    modelId: 'mistral.mistral-large-2402-v1:0',
    body: {
      messages: [user('x')],
      toolConfig: {
        tools: [{ toolSpec: { name: 'w', inputSchema: { json: { type: 'object' } } } }],
        toolChoice: { any: {} },
      },
    },
    expected: null,
  },
  {
    name: 'Mistral Large: toolChoice tool rejected on Converse ("Only supported by Anthropic Claude 3 and Amazon Nova models")',
    source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolChoice.html',
    operation: 'Converse',
    modelId: 'mistral.mistral-large-2402-v1:0',
    body: {
      messages: [user('x')],
      toolConfig: {
        tools: [{ toolSpec: { name: 'w', inputSchema: { json: { type: 'object' } } } }],
        toolChoice: { tool: { name: 'w' } },
      },
    },
    expected: {
      rule: 'converse.toolChoiceUnsupported',
      message:
        "This model doesn't support the toolConfig.toolChoice.tool field. Remove toolConfig.toolChoice.tool and try again.",
    },
  },
  // DeepSeek-V3.1: Converse only.
  {
    name: 'DeepSeek-V3.1 on InvokeModel rejected',
    source:
      'https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/bedrock-models.js',
    operation: 'InvokeModel',
    modelId: 'deepseek.v3-v1:0',
    body: { messages: [{ role: 'user', content: 'x' }], max_tokens: 100 },
    expected: {
      rule: 'operation.apiUnsupported',
      message:
        'The model deepseek.v3-v1:0 does not support the InvokeModel API. Use the Converse API instead.',
    },
  },
  {
    name: 'DeepSeek-V3.1 on Converse accepted',
    source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-deepseek.html',
    operation: 'Converse',
    modelId: 'deepseek.v3-v1:0',
    body: { messages: [user('x')] },
    expected: null,
  },
  // Models newer than Opus 4.7 on the adaptive-thinking page.
  ...(
    [
      'anthropic.claude-fable-5-1',
      'anthropic.claude-mythos-5-1',
      'anthropic.claude-opus-5',
      'anthropic.claude-sonnet-5',
      'anthropic.claude-mythos-5',
      'anthropic.claude-fable-5',
      'anthropic.claude-mythos-preview',
    ] as const
  ).map(
    (id): Case => ({
      name: `${id}: adaptive thinking through the us profile`,
      source: ADAPTIVE_PAGE,
      operation: 'InvokeModel',
      modelId: `us.${id}`,
      body: claudeBody({ thinking: { type: 'adaptive' }, output_config: { effort: 'low' } }),
      expected: null,
    }),
  ),
  {
    name: 'Fable 5: disabled thinking is a 400',
    source: ADAPTIVE_PAGE,
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-fable-5',
    body: claudeBody({ thinking: { type: 'disabled' } }),
    expected: {
      rule: 'anthropic.thinkingDisabledUnsupported',
      message:
        '"thinking.type.disabled" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.',
    },
  },
  {
    name: 'Opus 5: temperature is deprecated',
    source: 'https://github.com/promptfoo/promptfoo/issues/10307',
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-opus-5',
    body: claudeBody({ temperature: 0.7 }),
    expected: { rule: 'anthropic.samplingRemoved', message: '`temperature` is deprecated for this model.' },
  },
  // Unsigned reasoning replayed in an assistant turn.
  ...(
    [
      ['us.amazon.nova-2-lite-v1:0', 'https://github.com/can1357/oh-my-pi/pull/9086'],
      ['us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'https://github.com/vercel/ai/issues/7034'],
    ] as const
  ).map(
    ([modelId, source]): Case => ({
      name: `${modelId}: unsigned reasoning in an assistant turn is refused`,
      source,
      operation: 'Converse',
      modelId,
      body: {
        messages: [
          user('x'),
          {
            role: 'assistant',
            content: [{ reasoningContent: { reasoningText: { text: 'thought' } } }, { text: 'a' }],
          },
          user('y'),
        ],
      },
      expected: {
        rule: 'converse.reasoningUnsigned',
        message:
          'User messages cannot contain reasoning content. Please remove the reasoning content and try again.',
      },
    }),
  ),
  // End of life.
  ...(
    [
      ['us.anthropic.claude-3-5-haiku-20241022-v1:0', 'Converse'],
      ['us.anthropic.claude-3-7-sonnet-20250219-v1:0', 'InvokeModel'],
      ['anthropic.claude-3-5-sonnet-20240620-v1:0', 'Converse'],
    ] as const
  ).map(
    ([modelId, operation]): Case => ({
      name: `${modelId}: past its end of life on ${operation}`,
      source: modelId.includes('haiku')
        ? 'https://github.com/aws-solutions-library-samples/accelerated-intelligent-document-processing-on-aws/issues/708'
        : 'https://github.com/gsd-build/gsd-2/issues/5425',
      operation,
      modelId,
      body: operation === 'Converse' ? { messages: [user('x')] } : claudeBody(),
      expected: {
        rule: 'model-id.endOfLife',
        name: 'ResourceNotFoundException',
        status: 404,
        message:
          'This model version has reached the end of its life. Please refer to the AWS documentation for more details.',
      },
    }),
  ),
  // The Claude 5.5 family.
  {
    name: 'Opus 5.5: adaptive thinking with xhigh effort',
    source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-opus-5-5.html',
    operation: 'InvokeModel',
    modelId: 'global.anthropic.claude-opus-5-5',
    body: claudeBody({ thinking: { type: 'adaptive' }, output_config: { effort: 'xhigh' } }),
    expected: null,
  },
  {
    name: 'Opus 5.5: thinking cannot be disabled',
    source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-opus-5-5.html',
    operation: 'Converse',
    modelId: 'us.anthropic.claude-opus-5-5',
    body: { messages: [user('x')], additionalModelRequestFields: { thinking: { type: 'disabled' } } },
    expected: {
      rule: 'converse.thinkingDisabledUnsupported',
      message:
        'The model returned the following errors: "thinking.type.disabled" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.',
    },
  },
  {
    name: 'Sonnet 5.5: forced tool use refused on InvokeModel',
    source: 'https://github.com/vercel/ai/releases/tag/@ai-sdk%2Famazon-bedrock@5.0.99',
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-sonnet-5-5',
    body: claudeBody({
      tools: [{ name: 'w', input_schema: { type: 'object' } }],
      tool_choice: { type: 'any' },
    }),
    expected: {
      rule: 'anthropic.toolChoiceForcedUnsupported',
      message: "tool_choice: forced tool use (type 'any') is not supported for this model.",
    },
  },
  {
    name: 'Sonnet 5.5: between_tools thinking accepted',
    source: 'https://github.com/vercel/ai/releases/tag/@ai-sdk%2Famazon-bedrock@5.0.99',
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-sonnet-5-5',
    body: claudeBody({ thinking: { type: 'between_tools' } }),
    expected: null,
  },
  {
    name: 'Haiku 5.5: thinking can be turned off',
    source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-haiku-5-5.html',
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-haiku-5-5',
    body: claudeBody({ thinking: { type: 'disabled' } }),
    expected: null,
  },
  {
    name: 'Claude: tool_choice none is refused on InvokeModel',
    source: 'https://github.com/boto/botocore/issues/3458',
    operation: 'InvokeModel',
    modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    body: claudeBody({
      tools: [{ name: 'w', input_schema: { type: 'object' } }],
      tool_choice: { type: 'none' },
    }),
    expected: {
      rule: 'anthropic.toolChoiceType',
      message:
        "tool_choice: Input tag 'none' found using 'type' does not match any of the expected tags: 'auto', 'any', 'tool'",
    },
  },
];

function send(c: Case) {
  const client = sdkClient(emulator.url, 'h2');
  if (c.operation === 'InvokeModel')
    return client.send(
      new InvokeModelCommand({
        modelId: c.modelId,
        body: JSON.stringify(c.body),
        contentType: 'application/json',
      }),
    );
  const input = { modelId: c.modelId, ...c.body } as ConverseCommandInput;
  return c.operation === 'Converse'
    ? client.send(new ConverseCommand(input))
    : client.send(new ConverseStreamCommand(input)).then(async out => {
        for await (const _ of out.stream ?? []) {
          // drain
        }
        return out;
      });
}

describe('issue #13 divergences, decided by their sources', () => {
  it.each(CASES.map(c => [c.name, c] as const))('%s', async (_, c) => {
    expect(c.source).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|github\.com)\//);
    if (c.expected === null) {
      await expect(send(c)).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
      return;
    }
    const error = await send(c).then(
      () => undefined,
      (e: unknown) => e as { name: string; message: string; $response?: { headers: Record<string, string> } },
    );
    expect(error).toMatchObject({
      name: c.expected.name ?? 'ValidationException',
      message: c.expected.message,
      $metadata: { httpStatusCode: c.expected.status ?? 400 },
    });
    expect(error?.$response?.headers['x-emulator-rule']).toBe(c.expected.rule);
  });
});
