// ai@4: pnpm tsx src/ai4/generate-object.ts [model]
import { bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider';
import { generateObject } from 'ai';
import { z } from 'zod';
import { bedrockSettings } from '../bedrock-settings';

const { settings, close } = await bedrockSettings();
const bedrock = bedrockWrapperProvider(settings);
const { object } = await generateObject({
  model: bedrock(process.argv[2] ?? 'Claude-4-5-Haiku'),
  schema: z.object({ name: z.string(), ingredients: z.array(z.string()), minutes: z.number() }),
  prompt: 'A quick pasta recipe.',
});
console.log(JSON.stringify(object, null, 2));
await close();
