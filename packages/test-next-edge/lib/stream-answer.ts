import { bedrockWrapper } from '@bedrock-wrapper/ai-provider';
import { streamText } from 'ai';

/**
 * The one handler of both routes: the default provider, configured by the environment only (AWS_REGION,
 * AWS_ENDPOINT_URL_BEDROCK_RUNTIME, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), streams the model's answer as text.
 * `x-next-runtime` tells the test which runtime served the request.
 */
export async function streamAnswer(request: Request): Promise<Response> {
  const { prompt, api } = (await request.json()) as { prompt: string; api: 'invoke' | 'converse' };
  const result = streamText({
    model: bedrockWrapper('Claude-4-5-Haiku', { api }),
    prompt,
    maxRetries: 0,
    abortSignal: request.signal,
  });
  const errors: string[] = [];
  const text = new ReadableStream<string>({
    async start(controller) {
      for await (const part of result.fullStream) {
        if (part.type === 'text-delta') controller.enqueue(part.textDelta);
        if (part.type === 'error') errors.push(String((part.error as Error)?.message ?? part.error));
      }
      // A failed stream ends with a marker line the test looks for.
      if (errors.length > 0) controller.enqueue(`\n[stream error] ${errors.join('; ')}`);
      controller.close();
    },
  });
  return new Response(text.pipeThrough(new TextEncoderStream()), {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'x-next-runtime': process.env.NEXT_RUNTIME ?? '',
    },
  });
}
