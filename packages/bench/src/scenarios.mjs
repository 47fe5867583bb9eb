/**
 * The streamed workloads. Each names the catalog model the provider uses, the Bedrock id the raw SDK and
 * @ai-sdk/amazon-bedrock use for the same model, and the InvokeModel body the raw-SDK floor sends (the family's
 * own, as small as the emulator accepts).
 */
export const SCENARIOS = {
  'claude-invoke': {
    label: 'Claude on InvokeModel',
    api: 'invoke',
    modelName: 'Claude-4-5-Sonnet',
    modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    invokeBody: prompt => ({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 4096,
      messages: [{ role: 'user', content: prompt }],
    }),
    // The text of one InvokeModel chunk, as the floor reads it.
    chunkText: chunk => (chunk.type === 'content_block_delta' ? chunk.delta?.text : undefined),
  },
  'claude-converse': {
    label: 'Claude on Converse',
    api: 'converse',
    modelName: 'Claude-4-5-Sonnet',
    modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
  },
  'llama-invoke': {
    label: 'Llama 3.3 on InvokeModel',
    api: 'invoke',
    modelName: 'Llama-3-3-70b',
    modelId: 'us.meta.llama3-3-70b-instruct-v1:0',
    invokeBody: prompt => ({
      prompt: `<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n${prompt}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n`,
      max_gen_len: 2048,
    }),
    chunkText: chunk => chunk.generation,
  },
  'openai-chat-invoke': {
    label: 'Qwen3 (OpenAI-chat) on InvokeModel',
    api: 'invoke',
    modelName: 'Qwen3-32B',
    modelId: 'qwen.qwen3-32b-v1:0',
    invokeBody: prompt => ({ messages: [{ role: 'user', content: prompt }], max_tokens: 4096 }),
    chunkText: chunk => chunk.choices?.[0]?.delta?.content,
  },
};

/** A reply of `tokens` words: the emulator streams one word per event by default, so one event is one token. */
export function replyOf(tokens) {
  const words = new Array(tokens);
  for (let i = 0; i < tokens; i++) words[i] = `w${i % 1000}`;
  return words.join(' ');
}
