import type { BedrockWrapperProvider } from '../bedrock-wrapper-provider';

/**
 * A signed reasoning part as a Claude answer of the emulator carries it, for prompts that replay reasoning: a
 * signature can only come from Bedrock itself (a forged one is rightly rejected there).
 */
export async function signedReasoningFrom(
  provider: BedrockWrapperProvider,
): Promise<{ type: 'reasoning'; text: string; signature: string }> {
  const { reasoning } = await provider('Claude-4-5-Sonnet-Thinking').doGenerate({
    inputFormat: 'messages',
    mode: { type: 'regular' },
    prompt: [{ role: 'user', content: [{ type: 'text', text: 'Think first.' }] }],
  });
  const part = Array.isArray(reasoning) ? reasoning.find(item => item.type === 'text') : undefined;
  if (!part?.signature) throw new Error('the emulator answered without signed reasoning');
  return { type: 'reasoning', text: part.text, signature: part.signature };
}
