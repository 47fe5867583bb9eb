import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { generateText } from 'ai';
import { describe, expect, it } from 'vitest';
import { useEmulatedProvider } from '../test-utils/emulated-provider';

// s3:// images and documents: Converse takes them as S3 locations from Nova models only (the catalog's s3Locations,
// with its sources); the emulator refuses them for every other family.
describe('s3:// media on Converse', () => {
  const env = useEmulatedProvider();
  const prompt = (api: 'converse') => ({
    api,
    messages: [
      {
        role: 'user' as const,
        content: [
          { type: 'image' as const, image: new URL('s3://bucket/cat.png') },
          { type: 'file' as const, data: new URL('s3://bucket/report.pdf'), mimeType: 'application/pdf' },
          { type: 'text' as const, text: 'Describe both.' },
        ],
      },
    ],
  });

  it('Nova gets S3 locations', async () => {
    env.emulator.script({ reply: { text: 'A cat and a report.' } });
    const { api, messages } = prompt('converse');
    const result = await generateText({ model: env.provider('Nova-Pro', { api }), messages });
    expect(result.text).toBe('A cat and a report.');
    const [request] = env.emulator.requests();
    expect(request?.status).toBe(200);
    expect(request?.body).toMatchObject({
      messages: [
        {
          content: [
            { image: { format: 'png', source: { s3Location: { uri: 's3://bucket/cat.png' } } } },
            { document: { format: 'pdf', source: { s3Location: { uri: 's3://bucket/report.pdf' } } } },
            { text: 'Describe both.' },
          ],
        },
      ],
    });
  });

  it('any other model fails before sending, saying to pass the bytes', async () => {
    const { api, messages } = prompt('converse');
    const call = generateText({ model: env.provider('Claude-4-5-Sonnet', { api }), messages, maxRetries: 0 });
    await expect(call).rejects.toSatisfy(
      error =>
        UnsupportedFunctionalityError.isInstance(error) &&
        error.message.includes('does not take images or documents from S3') &&
        error.message.includes('pass the bytes'),
    );
    expect(env.emulator.requests()).toEqual([]);
  });
});
