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
    maxTokens: 64000,
    invokeBody: prompt => ({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 64000,
      messages: [{ role: 'user', content: prompt }],
    }),
    // The text of one InvokeModel chunk, as the floor reads it.
    chunkText: chunk => (chunk.type === 'content_block_delta' ? chunk.delta?.text : undefined),
    // The text of a whole InvokeModel answer.
    bodyText: body => body.content.map(block => block.text ?? '').join(''),
  },
  'claude-converse': {
    label: 'Claude on Converse',
    api: 'converse',
    modelName: 'Claude-4-5-Sonnet',
    modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    maxTokens: 64000,
  },
  'llama-invoke': {
    label: 'Llama 3.3 on InvokeModel',
    api: 'invoke',
    modelName: 'Llama-3-3-70b',
    modelId: 'us.meta.llama3-3-70b-instruct-v1:0',
    // Llama writes at most 2048 tokens per answer: its streams are shorter and the figures scaled to 10,000.
    maxTokens: 2048,
    maxReplyTokens: 2000,
    invokeBody: prompt => ({
      prompt: `<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n${prompt}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n`,
      max_gen_len: 2048,
    }),
    chunkText: chunk => chunk.generation,
    bodyText: body => body.generation,
  },
  'openai-chat-invoke': {
    label: 'Qwen3 (OpenAI-chat) on InvokeModel',
    api: 'invoke',
    modelName: 'Qwen3-32B',
    modelId: 'qwen.qwen3-32b-v1:0',
    maxTokens: 32768,
    invokeBody: prompt => ({ messages: [{ role: 'user', content: prompt }], max_tokens: 32768 }),
    chunkText: chunk => chunk.choices?.[0]?.delta?.content,
    bodyText: body => body.choices[0].message.content,
  },
};

/**
 * A reply of `tokens` words: the emulator streams one word per event by default, so one event is one token. Words are
 * short (`w0`…`w9`) so that the emulator's length-based token estimate stays under each model's output cap.
 */
export function replyOf(tokens) {
  const words = new Array(tokens);
  for (let i = 0; i < tokens; i++) words[i] = `w${i % 10}`;
  return words.join(' ');
}
