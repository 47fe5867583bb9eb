import { bedrockWrapper } from '@bedrock-wrapper/ai-provider/v4';
import { jsonSchema, streamText, tool } from 'ai7';

export type V4Model = 'Claude-4-5-Sonnet-Thinking' | 'Claude-4-5-Haiku' | 'Nova-2-Lite-Thinking';

/** What ai@7 logs through `AI_SDK_LOG_WARNINGS` (a compatibility mode would be one of them). */
const logged: string[] = [];
(globalThis as { AI_SDK_LOG_WARNINGS?: unknown }).AI_SDK_LOG_WARNINGS = (options: {
  warnings: Array<{ type: string; feature?: string }>;
}) => {
  for (const warning of options.warnings)
    logged.push(`${warning.type}${warning.feature ? `: ${warning.feature}` : ''}`);
};

/**
 * Today's AI SDK where users run it: ai@7 with the provider's native `/v4` entry (LanguageModelV4), the default
 * provider configured by the environment only, behind a Node-runtime and an edge-runtime route. Streams one answer
 * and returns, as JSON, what the stream delivered: text, reasoning, tool calls, the finish reason, the output tokens,
 * the call's warnings, what ai logged and any stream error.
 */
export async function streamV4(request: Request): Promise<Response> {
  const { prompt, api, model, withTool } = (await request.json()) as {
    prompt: string;
    api: 'invoke' | 'converse';
    model: V4Model;
    withTool?: boolean;
  };
  logged.length = 0;
  const weather = tool({
    description: 'The weather in a city',
    inputSchema: jsonSchema<{ city: string }>({
      type: 'object',
      properties: { city: { type: 'string' } },
      required: ['city'],
    }),
  });
  const result = streamText({
    model: bedrockWrapper(model, { api }),
    prompt,
    maxRetries: 0,
    abortSignal: request.signal,
    ...(withTool ? { tools: { weather } } : {}),
  });
  const errors: string[] = [];
  let text = '';
  let reasoning = '';
  const calls: Array<{ toolName: string; input: unknown }> = [];
  for await (const part of result.fullStream) {
    if (part.type === 'text-delta') text += part.text;
    if (part.type === 'reasoning-delta') reasoning += part.text;
    if (part.type === 'tool-call') calls.push({ toolName: part.toolName, input: part.input });
    if (part.type === 'error') errors.push(String((part.error as Error)?.message ?? part.error));
  }
  const warnings = ((await result.warnings) ?? []).map(warning => warning.type);
  const usage = await result.usage;
  return Response.json(
    {
      text,
      reasoning,
      calls,
      finishReason: await result.finishReason,
      outputTokens: usage.outputTokens,
      warnings,
      logged: [...logged],
      errors,
    },
    { headers: { 'x-next-runtime': process.env.NEXT_RUNTIME ?? '' } },
  );
}
