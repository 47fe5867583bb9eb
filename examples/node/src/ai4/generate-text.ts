// ai@4 (LanguageModelV1): pnpm tsx src/ai4/generate-text.ts [model]
import { bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider';
import { generateText } from 'ai';
import { bedrockSettings } from '../bedrock-settings';

const { settings, close } = await bedrockSettings();
const bedrock = bedrockWrapperProvider(settings);
const { text, usage, finishReason } = await generateText({
  model: bedrock(process.argv[2] ?? 'Claude-4-5-Sonnet'),
  system: 'You are concise.',
  prompt: 'In one sentence: what is Amazon Bedrock?',
});
console.log(text);
console.log(`finish: ${finishReason}, tokens in/out: ${usage.promptTokens}/${usage.completionTokens}`);
await close();
