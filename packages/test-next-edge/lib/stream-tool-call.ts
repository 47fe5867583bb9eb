import { bedrockWrapper } from '@bedrock-wrapper/ai-provider';
import { jsonSchema, streamText, tool } from 'ai';

export type ToolCallModel = 'Claude-4-5-Haiku' | 'Llama-3-3-70b' | 'Mistral-Large';

/**
 * The tool-call handler of both runtimes: `streamText` with one tool the app does not run, answered as JSON (the tool
 * calls, the text, the warnings and any stream error). A model that takes no tools on its API's stream (Llama on
 * InvokeModel, Mistral Large on ConverseStream) is answered from one Converse call and still streamed: the test checks
 * that path where users run it, on the edge runtime as on Node.
 */
export async function streamToolCall(request: Request): Promise<Response> {
  const { prompt, api, model } = (await request.json()) as {
    prompt: string;
    api: 'invoke' | 'converse';
    model: ToolCallModel;
  };
  const result = streamText({
    model: bedrockWrapper(model, { api }),
    prompt,
    maxRetries: 0,
    abortSignal: request.signal,
    tools: {
      weather: tool({
        description: 'The weather in a city',
        parameters: jsonSchema<{ city: string }>({
          type: 'object',
          properties: { city: { type: 'string' } },
          required: ['city'],
        }),
      }),
    },
  });
  const calls: Array<{ toolName: string; args: unknown }> = [];
  const errors: string[] = [];
  let text = '';
  for await (const part of result.fullStream) {
    if (part.type === 'tool-call') calls.push({ toolName: part.toolName, args: part.args });
    if (part.type === 'text-delta') text += part.textDelta;
    if (part.type === 'error') errors.push(String((part.error as Error)?.message ?? part.error));
  }
  const warnings = ((await result.warnings) ?? []).map(warning => warning.type);
  return Response.json(
    { calls, text, warnings, errors },
    { headers: { 'x-next-runtime': process.env.NEXT_RUNTIME ?? '' } },
  );
}
