// ai@7 (`npm i ai` today; LanguageModelV4, "@bedrock-wrapper/ai-provider/v4"): pnpm tsx src/ai7/stream-text.ts [model]
import { bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider/v4';
import { streamText } from 'ai7';
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
  if (part.type === 'error') console.error('\nerror:', part.error);
}
const usage = await result.usage;
console.log(
  `\nfinish: ${await result.finishReason}, tokens in/out: ${usage.inputTokens}/${usage.outputTokens}` +
    ` (reasoning ${usage.outputTokenDetails.reasoningTokens ?? 'not reported'})`,
);
await close();
