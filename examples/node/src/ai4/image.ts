// ai@4, an image prompt: pnpm tsx src/ai4/image.ts [model] [image file]
import { readFile } from 'node:fs/promises';
import { bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider';
import { generateText } from 'ai';
import { bedrockSettings } from '../bedrock-settings';

// A 2x2 red PNG, used when no file is given.
const RED_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

const { settings, close } = await bedrockSettings();
const bedrock = bedrockWrapperProvider(settings);
const image = process.argv[3] ? await readFile(process.argv[3]) : Buffer.from(RED_PNG, 'base64');
const { text } = await generateText({
  model: bedrock(process.argv[2] ?? 'Claude-4-5-Sonnet'),
  messages: [
    {
      role: 'user',
      content: [
        { type: 'text', text: 'Describe this image in one sentence.' },
        { type: 'image', image },
      ],
    },
  ],
});
console.log(text);
await close();
