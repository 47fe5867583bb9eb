import { listBedrockWrapperSupportedModels } from '@bedrock-wrapper/ai-provider';
import { type Message, streamText } from 'ai';
import { getProvider } from '@/lib/bedrock-provider';
import { describeError } from '@/lib/describe-error';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const modelNames = new Set(listBedrockWrapperSupportedModels().map(model => model.name));

export async function POST(request: Request) {
  const { messages, model, api } = (await request.json()) as {
    messages: Message[];
    model: string;
    api?: 'invoke' | 'converse';
  };
  if (!modelNames.has(model)) {
    return Response.json({ error: `Unknown model "${model}".` }, { status: 400 });
  }
  let languageModel: ReturnType<ReturnType<typeof getProvider>>;
  try {
    languageModel = getProvider()(model);
  } catch (error) {
    return new Response(describeError(error), { status: 400 });
  }
  const result = streamText({
    model: languageModel,
    system: 'You are a helpful assistant.',
    messages,
    providerOptions: { bedrockWrapper: { api: api === 'converse' ? 'converse' : 'invoke' } },
    // The stop button aborts the browser's fetch; passing the signal cancels the Bedrock stream too.
    abortSignal: request.signal,
  });
  return result.toDataStreamResponse({
    sendReasoning: true,
    sendUsage: true,
    getErrorMessage: describeError,
  });
}
