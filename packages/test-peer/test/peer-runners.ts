import { createAmazonBedrock as createPeer2 } from '@ai-sdk/amazon-bedrock';
import { createAmazonBedrock as createPeerLatest } from '@ai-sdk/amazon-bedrock-latest';
import { bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider';
import { bedrockWrapperProvider as bedrockWrapperProviderV2 } from '@bedrock-wrapper/ai-provider/v2';
import type { Emulator, RecordedRequest } from '@bedrock-wrapper/emulator';
import * as ai4 from 'ai';
import * as aiLatest from 'ai-latest';
import type { NeutralMessage, NeutralPart, Scenario } from './peer-scenarios';
import { TOOL_SCHEMAS } from './peer-scenarios';

/**
 * The two generations compared: `@ai-sdk/amazon-bedrock` 2.2.12 and this provider's root export (LanguageModelV1) with
 * ai@4, and the latest `@ai-sdk/amazon-bedrock` and this provider's `/v2` with the latest ai. Each side of a pair
 * gets its prompt from the same ai version, so a difference is the providers' (ai@4 alone, e.g., sends
 * `temperature: 0` when none is set).
 */
export type Generation = 'ai4' | 'ai-latest';
export type Side = 'peer' | 'ours';
export const PEER_LABEL: Record<Generation, string> = {
  ai4: '@ai-sdk/amazon-bedrock@2.2.12 + ai@4.3.19',
  'ai-latest': '@ai-sdk/amazon-bedrock@5.0.101 + ai@7.0.173',
};

/** What one runner did for one scenario: the requests the emulator recorded (one per step) and how it ended. */
export interface RunResult {
  requests: RecordedRequest[];
  /** The error of the first failing step (a rejection by the emulator, or one thrown before sending). */
  error?: Error;
  warnings: unknown[];
}

const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

/** Runs a scenario (and its follow-up step) with one runner; the emulator's log is read around the calls. */
export async function runScenario(
  generation: Generation,
  side: Side,
  emulator: Emulator,
  target: { name: string; peerModelId: string },
  scenario: Scenario,
): Promise<RunResult> {
  emulator.reset();
  const warnings: unknown[] = [];
  try {
    if (generation === 'ai-latest') await runLatest(side, emulator, target, scenario, warnings);
    else await runAi4(side, emulator, target, scenario, warnings);
    return { requests: emulator.requests(), warnings };
  } catch (error) {
    return { requests: emulator.requests(), error: error as Error, warnings };
  }
}

async function runAi4(
  runner: Side,
  emulator: Emulator,
  target: { name: string; peerModelId: string },
  scenario: Scenario,
  warnings: unknown[],
) {
  const model =
    runner === 'ours'
      ? bedrockWrapperProvider({ region: 'us-east-1', endpoint: emulator.url, ...credentials })(target.name, {
          api: 'converse',
        })
      : createPeer2({ region: 'us-east-1', baseURL: emulator.url, ...credentials })(target.peerModelId);
  const providerOptions = reasoningOptions(runner, scenario);
  const tools = scenario.tools
    ? Object.fromEntries(
        Object.entries(TOOL_SCHEMAS).map(([name, spec]) => [
          name,
          ai4.tool({
            description: spec.description,
            parameters: ai4.jsonSchema({ ...spec.schema, required: [...spec.schema.required] }),
          }),
        ]),
      )
    : undefined;
  const messages: ai4.CoreMessage[] = scenario.messages.map(toAi4Message);
  const options = (history: ai4.CoreMessage[]) => ({
    model,
    maxRetries: 0,
    ...(scenario.system ? { system: scenario.system } : {}),
    messages: history,
    ...(tools ? { tools } : {}),
    ...(scenario.toolChoice
      ? {
          toolChoice:
            typeof scenario.toolChoice === 'string'
              ? scenario.toolChoice
              : { type: 'tool' as const, toolName: scenario.toolChoice.toolName },
        }
      : {}),
    ...sampling(scenario, 'maxTokens'),
    ...(providerOptions ? { providerOptions } : {}),
  });
  if (scenario.stream) {
    const result = ai4.streamText({ ...options(messages), onError: () => {} });
    for await (const part of result.fullStream) if (part.type === 'error') throw part.error;
    warnings.push(...((await result.warnings) ?? []));
    return;
  }
  const call = (history: ai4.CoreMessage[]) => ai4.generateText(options(history));
  const first = await call(messages);
  warnings.push(...(first.warnings ?? []));
  if (scenario.followUp) {
    const second = await call([
      ...messages,
      ...first.response.messages,
      { role: 'user', content: scenario.followUp },
    ]);
    warnings.push(...(second.warnings ?? []));
  }
}

async function runLatest(
  runner: Side,
  emulator: Emulator,
  target: { name: string; peerModelId: string },
  scenario: Scenario,
  warnings: unknown[],
) {
  const model =
    runner === 'ours'
      ? bedrockWrapperProviderV2({ region: 'us-east-1', endpoint: emulator.url, ...credentials })(
          target.name,
          {
            api: 'converse',
          },
        )
      : // The latest peer signs with a Bedrock API key (bearer), the others with SigV4.
        createPeerLatest({ region: 'us-east-1', baseURL: emulator.url, apiKey: 'test' })(target.peerModelId);
  const tools = scenario.tools
    ? Object.fromEntries(
        Object.entries(TOOL_SCHEMAS).map(([name, spec]) => [
          name,
          aiLatest.tool({
            description: spec.description,
            inputSchema: aiLatest.jsonSchema({ ...spec.schema, required: [...spec.schema.required] }),
          }),
        ]),
      )
    : undefined;
  const providerOptions = reasoningOptions(runner, scenario);
  const messages: aiLatest.ModelMessage[] = scenario.messages.map(toLatestMessage);
  const options = (history: aiLatest.ModelMessage[]) => ({
    model,
    maxRetries: 0,
    ...(scenario.system ? { instructions: scenario.system } : {}),
    messages: history,
    ...(tools ? { tools } : {}),
    ...(scenario.toolChoice
      ? {
          toolChoice:
            typeof scenario.toolChoice === 'string'
              ? scenario.toolChoice
              : { type: 'tool' as const, toolName: scenario.toolChoice.toolName },
        }
      : {}),
    ...sampling(scenario, 'maxOutputTokens'),
    ...(providerOptions ? { providerOptions } : {}),
  });
  if (scenario.stream) {
    const result = aiLatest.streamText({ ...options(messages), onError: () => {} });
    for await (const part of result.fullStream) if (part.type === 'error') throw part.error;
    warnings.push(...((await result.warnings) ?? []));
    return;
  }
  const call = (history: aiLatest.ModelMessage[]) => aiLatest.generateText(options(history));
  const first = await call(messages);
  warnings.push(...(first.warnings ?? []));
  if (scenario.followUp) {
    const second = await call([
      ...messages,
      ...first.response.messages,
      { role: 'user', content: scenario.followUp },
    ]);
    warnings.push(...(second.warnings ?? []));
  }
}

/** Claude thinking as each provider spells it in `providerOptions`. */
function reasoningOptions(
  runner: Side,
  scenario: Scenario,
): Record<string, Record<string, ai4.JSONValue>> | undefined {
  if (scenario.thinkingBudget === undefined) return undefined;
  return runner === 'ours'
    ? { bedrockWrapper: { reasoning: { enabled: true, budgetTokens: scenario.thinkingBudget } } }
    : { bedrock: { reasoningConfig: { type: 'enabled' as const, budgetTokens: scenario.thinkingBudget } } };
}

function sampling<K extends 'maxTokens' | 'maxOutputTokens'>(scenario: Scenario, maxTokensKey: K) {
  return {
    ...(scenario.maxTokens !== undefined ? { [maxTokensKey]: scenario.maxTokens } : {}),
    ...(scenario.temperature !== undefined ? { temperature: scenario.temperature } : {}),
    ...(scenario.topP !== undefined ? { topP: scenario.topP } : {}),
    ...(scenario.topK !== undefined ? { topK: scenario.topK } : {}),
    ...(scenario.stopSequences ? { stopSequences: scenario.stopSequences } : {}),
  } as Partial<Record<K, number>> & {
    temperature?: number;
    topP?: number;
    topK?: number;
    stopSequences?: string[];
  };
}

function toAi4Message(message: NeutralMessage): ai4.CoreMessage {
  if (message.role === 'tool') {
    return {
      role: 'tool',
      content: message.content.map(part => {
        if (part.type !== 'tool-result') throw new Error(`tool messages hold tool results, not ${part.type}`);
        return {
          type: 'tool-result',
          toolCallId: part.id,
          toolName: part.name,
          result: part.value,
          ...(part.isError ? { isError: true } : {}),
        };
      }),
    };
  }
  if (message.role === 'assistant') {
    return {
      role: 'assistant',
      content: message.content.map(part => {
        if (part.type === 'text') return { type: 'text', text: part.text };
        if (part.type === 'tool-call')
          return { type: 'tool-call', toolCallId: part.id, toolName: part.name, args: part.input };
        throw new Error(`assistant messages hold text and tool calls, not ${part.type}`);
      }),
    };
  }
  return { role: 'user', content: message.content.map(toAi4UserPart) };
}

function toAi4UserPart(part: NeutralPart): ai4.UserContent[number] & object {
  switch (part.type) {
    case 'text':
      return { type: 'text', text: part.text };
    case 'image':
      return { type: 'image', image: part.data, mimeType: part.mediaType };
    case 'document':
      return { type: 'file', data: part.data, mimeType: part.mediaType, filename: part.filename };
    default:
      throw new Error(`user messages hold text, images and documents, not ${part.type}`);
  }
}

function toLatestMessage(message: NeutralMessage): aiLatest.ModelMessage {
  if (message.role === 'tool') {
    return {
      role: 'tool',
      content: message.content.map(part => {
        if (part.type !== 'tool-result') throw new Error(`tool messages hold tool results, not ${part.type}`);
        return {
          type: 'tool-result',
          toolCallId: part.id,
          toolName: part.name,
          output: part.isError
            ? { type: 'error-text', value: String(part.value) }
            : typeof part.value === 'string'
              ? { type: 'text', value: part.value }
              : { type: 'json', value: part.value as aiLatest.JSONValue },
        };
      }),
    };
  }
  if (message.role === 'assistant') {
    return {
      role: 'assistant',
      content: message.content.map(part => {
        if (part.type === 'text') return { type: 'text', text: part.text };
        if (part.type === 'tool-call')
          return { type: 'tool-call', toolCallId: part.id, toolName: part.name, input: part.input };
        throw new Error(`assistant messages hold text and tool calls, not ${part.type}`);
      }),
    };
  }
  return {
    role: 'user',
    content: message.content.map(part => {
      switch (part.type) {
        case 'text':
          return { type: 'text', text: part.text };
        case 'image':
          return { type: 'image', image: part.data, mediaType: part.mediaType };
        case 'document':
          return { type: 'file', data: part.data, mediaType: part.mediaType, filename: part.filename };
        default:
          throw new Error(`user messages hold text, images and documents, not ${part.type}`);
      }
    }),
  };
}
