// ai@7, tools over several steps: pnpm tsx src/ai7/tools.ts [model]
import { bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider/v4';
import { generateText, stepCountIs, tool } from 'ai7';
import { z } from 'zod';
import { bedrockSettings } from '../bedrock-settings';

const { settings, close } = await bedrockSettings();
const bedrock = bedrockWrapperProvider(settings);
const result = await generateText({
  model: bedrock(process.argv[2] ?? 'Claude-4-5-Sonnet'),
  prompt: 'What is the weather in Paris, and should I take an umbrella?',
  tools: {
    weather: tool({
      description: 'Current weather in a city',
      inputSchema: z.object({ city: z.string() }),
      execute: async ({ city }) => ({ city, temperatureC: 14, rain: true }),
    }),
  },
  stopWhen: stepCountIs(3),
});
for (const step of result.steps) {
  for (const call of step.toolCalls)
    console.log(`tool call: ${call.toolName}(${JSON.stringify(call.input)})`);
  for (const toolResult of step.toolResults) console.log(`tool result: ${JSON.stringify(toolResult.output)}`);
}
console.log(result.text);
await close();
