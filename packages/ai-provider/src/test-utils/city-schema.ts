import { jsonSchema } from 'ai';

/** The parameters of the tests' one-argument tools (`weather`, `lookup`): `{ city: string }`. */
export const citySchema = () =>
  jsonSchema<{ city: string }>({
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
  });
