import { listBedrockWrapperSupportedModels } from '@bedrock-wrapper/ai-provider';
import { createDataStreamResponse, streamText, wrapLanguageModel } from 'ai';
import { getProvider } from '@/lib/bedrock-provider';
import { parseChatRequest } from '@/lib/chat-request';
import { describeError } from '@/lib/describe-error';
import { retryWithNotice } from '@/lib/retry-with-notice';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The system prompt is the app's own; the browser cannot send one. */
const SYSTEM_PROMPT = 'You are a helpful assistant. Answer in Markdown.';

const models = new Map(listBedrockWrapperSupportedModels().map(model => [model.name, model]));

export async function POST(request: Request) {
  const parsed = await parseChatRequest(request);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: parsed.status });
  const { model: modelName, api: askedApi, messages, reasoning, stopSequences, imageCount } = parsed.request;
  const model = models.get(modelName);
  if (!model) return Response.json({ error: `Unknown model "${modelName}".` }, { status: 400 });
  const api = model.converseOnly ? 'converse' : askedApi;
  if (imageCount > 0 && !model.vision[api])
    return Response.json(
      { error: `${modelName} does not take images on ${api === 'converse' ? 'Converse' : 'InvokeModel'}.` },
      { status: 400 },
    );
  let languageModel: ReturnType<ReturnType<typeof getProvider>>;
  try {
    languageModel = getProvider()(modelName);
  } catch (error) {
    return Response.json({ error: describeError(error) }, { status: 400 });
  }
  return createDataStreamResponse({
    execute(dataStream) {
      const result = streamText({
        // Retries happen in the middleware, which tells the page while it waits.
        model: wrapLanguageModel({
          model: languageModel,
          middleware: retryWithNotice(dataStream, request.signal),
        }),
        maxRetries: 0,
        system: SYSTEM_PROMPT,
        messages,
        ...(stopSequences.length > 0 ? { stopSequences } : {}),
        providerOptions: {
          bedrockWrapper: {
            api,
            // The toggle only asks models that reason on request; `-Thinking` names and always-reasoning models
            // decide for themselves.
            ...(reasoning && model.reasoning === 'on-request' ? { reasoning: { enabled: true } } : {}),
          },
        },
        // The stop button aborts the browser's fetch; passing the signal cancels the Bedrock call too.
        abortSignal: request.signal,
      });
      result.mergeIntoDataStream(dataStream, { sendReasoning: true, sendUsage: true });
    },
    onError: describeError,
  });
}
