// ai@7, structured output (generateText with `output`): pnpm tsx src/ai7/structured-output.ts [model]
import { bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider/v4';
import { generateText, jsonSchema, Output } from 'ai7';
import { bedrockSettings } from '../bedrock-settings';

const { settings, close } = await bedrockSettings();
const bedrock = bedrockWrapperProvider(settings);
const { output } = await generateText({
  model: bedrock(process.argv[2] ?? 'Nova-Pro'),
  output: Output.object({
    schema: jsonSchema<{ city: string; population: number }>({
      type: 'object',
      properties: { city: { type: 'string' }, population: { type: 'number' } },
      required: ['city', 'population'],
    }),
  }),
  prompt: 'The largest city of Norway.',
});
console.log(JSON.stringify(output, null, 2));
await close();
