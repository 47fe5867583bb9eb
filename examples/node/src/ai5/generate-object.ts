// ai@5+: pnpm tsx src/ai5/generate-object.ts [model]
import { bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider/v2';
import { generateObject, jsonSchema } from 'ai5';
import { bedrockSettings } from '../bedrock-settings';

const { settings, close } = await bedrockSettings();
const bedrock = bedrockWrapperProvider(settings);
const { object } = await generateObject({
  model: bedrock(process.argv[2] ?? 'Nova-Pro'),
  schema: jsonSchema<{ city: string; population: number }>({
    type: 'object',
    properties: { city: { type: 'string' }, population: { type: 'number' } },
    required: ['city', 'population'],
  }),
  prompt: 'The largest city of Norway.',
});
console.log(JSON.stringify(object, null, 2));
await close();
