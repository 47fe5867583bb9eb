import type { BedrockWrapperModelInfo } from '@bedrock-wrapper/ai-provider';

/**
 * The scenario matrix, written once in a neutral form and turned into the call options of ai@4 (`to-ai4-call.ts`)
 * and of the latest ai (`to-ai-latest-call.ts`). Every runner gets the same conversation, tools and settings.
 */
export type NeutralPart =
  | { type: 'text'; text: string }
  | { type: 'image'; data: Uint8Array; mediaType: string }
  | { type: 'document'; data: Uint8Array; mediaType: string; filename: string }
  | { type: 'tool-call'; id: string; name: string; input: Record<string, unknown> }
  | { type: 'tool-result'; id: string; name: string; value: unknown; isError?: boolean };

export type NeutralMessage =
  | { role: 'user'; content: NeutralPart[] }
  | { role: 'assistant'; content: NeutralPart[] }
  | { role: 'tool'; content: NeutralPart[] };

export interface Scenario {
  name: string;
  /** Whether the scenario is meaningful for a model (from the catalog's capabilities). */
  applies(model: BedrockWrapperModelInfo): boolean;
  system?: string;
  messages: NeutralMessage[];
  /** Offer the two tools of `TOOL_SCHEMAS`. */
  tools?: boolean;
  toolChoice?: 'auto' | 'required' | 'none' | { toolName: string };
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  topK?: number;
  stopSequences?: string[];
  /** Claude extended thinking with this budget. */
  thinkingBudget?: number;
  /** After the first call: its response messages, then this user text, in a second call. */
  followUp?: string;
  /** `streamText` (ConverseStream) instead of `generateText` (Converse). */
  stream?: boolean;
}

/** Two tools, in alphabetical order (the latest ai sends tools sorted by name). */
export const TOOL_SCHEMAS = {
  get_time: {
    description: 'Current time in a time zone',
    schema: {
      type: 'object',
      properties: { zone: { type: 'string', description: 'IANA time zone' } },
      required: ['zone'],
      additionalProperties: false,
    },
  },
  get_weather: {
    description: 'Current weather in a city',
    schema: {
      type: 'object',
      properties: { city: { type: 'string' } },
      required: ['city'],
      additionalProperties: false,
    },
  },
} as const;

// A 1x1 transparent PNG and a one-page PDF: real files, so format checks on their bytes pass.
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);
const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const user = (text: string): NeutralMessage => ({ role: 'user', content: [{ type: 'text', text }] });
const always = () => true;
const withTools = (model: BedrockWrapperModelInfo) => model.tools.converse;

export const SCENARIOS: readonly Scenario[] = [
  // No maxTokens: what each side sends when the caller sets nothing.
  { name: 'system', applies: always, system: 'You are terse.', messages: [user('Hello there')] },
  {
    name: 'multi-turn',
    applies: always,
    system: 'You are terse.',
    maxTokens: 300,
    messages: [
      user('My name is Ada.'),
      { role: 'assistant', content: [{ type: 'text', text: 'Hello Ada.' }] },
      user('What is my name?'),
    ],
  },
  {
    name: 'image',
    applies: model => model.vision.converse,
    maxTokens: 300,
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is in this picture?' },
          { type: 'image', data: PNG, mediaType: 'image/png' },
        ],
      },
    ],
  },
  {
    name: 'document',
    applies: model => model.documents.converse,
    maxTokens: 300,
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Summarise the report.' },
          { type: 'document', data: PDF, mediaType: 'application/pdf', filename: 'report.pdf' },
        ],
      },
    ],
  },
  ...(['auto', 'required', { toolName: 'get_weather' }, 'none'] as const).map(
    (toolChoice): Scenario => ({
      name: `tools-${typeof toolChoice === 'string' ? toolChoice : 'tool'}`,
      applies: withTools,
      maxTokens: 300,
      tools: true,
      toolChoice,
      messages: [user('What is the weather in Paris?')],
    }),
  ),
  {
    name: 'tools-auto-streamed',
    applies: withTools,
    maxTokens: 300,
    tools: true,
    toolChoice: 'auto',
    stream: true,
    messages: [user('What is the weather in Paris?')],
  },
  {
    name: 'tool-results',
    applies: withTools,
    maxTokens: 300,
    tools: true,
    toolChoice: 'auto',
    messages: [
      user('Weather and time in Paris?'),
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Let me check both.' },
          { type: 'tool-call', id: 'tooluse_weather01', name: 'get_weather', input: { city: 'Paris' } },
          { type: 'tool-call', id: 'tooluse_time02', name: 'get_time', input: { zone: 'Europe/Paris' } },
        ],
      },
      {
        role: 'tool',
        content: [
          { type: 'tool-result', id: 'tooluse_weather01', name: 'get_weather', value: { celsius: 21 } },
          {
            type: 'tool-result',
            id: 'tooluse_time02',
            name: 'get_time',
            value: 'time service unavailable',
            isError: true,
          },
        ],
      },
    ],
  },
  {
    name: 'reasoning',
    applies: model => model.reasoning === 'on-request' && model.family === 'anthropic',
    maxTokens: 1000,
    thinkingBudget: 2048,
    messages: [user('What is 17 times 23?')],
    followUp: 'And 17 times 24?',
  },
  {
    name: 'stop-sequences',
    applies: always,
    maxTokens: 300,
    stopSequences: ['seven', 'STOP'],
    messages: [user('Count to ten in words.')],
  },
  { name: 'temperature', applies: always, maxTokens: 300, temperature: 0.4, messages: [user('Say hi.')] },
  { name: 'top-p-top-k', applies: always, maxTokens: 300, topP: 0.9, topK: 40, messages: [user('Say hi.')] },
  {
    name: 'temperature-and-top-p',
    applies: always,
    maxTokens: 300,
    temperature: 0.4,
    topP: 0.9,
    messages: [user('Say hi.')],
  },
];
