import { bedrockWrapper } from '@bedrock-wrapper/ai-provider';
import { generateText } from 'ai';

/**
 * The one non-streaming handler of both runtimes: the default provider, configured by the environment only, answers
 * with `generateText` (the whole body read and parsed by the provider: on the edge through the fetch handler's web
 * stream, on Node through the HTTP/2 stream's events). Errors come back as a 500 whose body names them.
 */
export async function generateAnswer(request: Request): Promise<Response> {
  const { prompt, api, model } = (await request.json()) as {
    prompt: string;
    api: 'invoke' | 'converse';
    model?: 'Claude-4-5-Haiku' | 'Jamba-1-5-Mini';
  };
  const headers = {
    'content-type': 'text/plain; charset=utf-8',
    'x-next-runtime': process.env.NEXT_RUNTIME ?? '',
  };
  try {
    const { text } = await generateText({
      model: bedrockWrapper(model ?? 'Claude-4-5-Haiku', { api }),
      prompt,
      maxRetries: 0,
      abortSignal: request.signal,
    });
    return new Response(text, { headers });
  } catch (error) {
    return new Response(`[error] ${(error as Error)?.message ?? String(error)}`, { status: 500, headers });
  }
}
