// ai@4: pnpm tsx src/ai4/stream-text.ts [model]   (try a -Thinking model to see reasoning)
import { bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider';
import { streamText } from 'ai';
import { bedrockSettings } from '../bedrock-settings';

const { settings, close } = await bedrockSettings();
const bedrock = bedrockWrapperProvider(settings);
const result = streamText({
  model: bedrock(process.argv[2] ?? 'Claude-4-5-Sonnet-Thinking'),
  prompt: 'Explain in three sentences why the sky is blue.',
});
for await (const part of result.fullStream) {
  if (part.type === 'reasoning') process.stdout.write(`\x1b[2m${part.textDelta}\x1b[0m`);
  if (part.type === 'text-delta') process.stdout.write(part.textDelta);
  if (part.type === 'error') console.error('\nerror:', part.error);
}
console.log(`\nfinish: ${await result.finishReason}`);
await close();
