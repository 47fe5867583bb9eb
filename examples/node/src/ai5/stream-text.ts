// ai@5+ (LanguageModelV2, "@bedrock-wrapper/ai-provider/v2"): pnpm tsx src/ai5/stream-text.ts [model]
import { bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider/v2';
import { streamText } from 'ai5';
import { bedrockSettings } from '../bedrock-settings';

const { settings, close } = await bedrockSettings();
const bedrock = bedrockWrapperProvider(settings);
const result = streamText({
  model: bedrock(process.argv[2] ?? 'Claude-4-5-Sonnet-Thinking'),
  prompt: 'Explain in three sentences why the sky is blue.',
});
for await (const part of result.fullStream) {
  if (part.type === 'reasoning-delta') process.stdout.write(`\x1b[2m${part.text}\x1b[0m`);
  if (part.type === 'text-delta') process.stdout.write(part.text);
}
console.log(`\nfinish: ${await result.finishReason}`);
await close();
