/**
 * The examples of the legacy bedrock-wrapper README (v2.12.0, https://github.com/jparkerweb/bedrock-wrapper), each run
 * unchanged against the emulator for one model of every family. Only the constants the README leaves to the reader
 * (AWS_REGION, the credentials, LLM_MAX_GEN_TOKENS, LLM_TEMPERATURE) are defined here. `process.stdout.write` and
 * `console.log` are captured, so what the README's code prints is what is asserted.
 */
import { NoSuchModelError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { bedrockWrapper, listBedrockWrapperSupportedModels } from '../src';
import {
  captureOutput,
  PNG_BASE64,
  TEST_ACCESS_KEY_ID,
  TEST_SECRET_ACCESS_KEY,
  useCompatEmulator,
} from './use-compat-emulator';

const env = useCompatEmulator();
const output = captureOutput();

const AWS_REGION = 'us-west-2';
const AWS_ACCESS_KEY_ID = TEST_ACCESS_KEY_ID;
const AWS_SECRET_ACCESS_KEY = TEST_SECRET_ACCESS_KEY;
const LLM_MAX_GEN_TOKENS = 800;
const LLM_TEMPERATURE = 0.2;

const awsCreds = {
  region: AWS_REGION,
  accessKeyId: AWS_ACCESS_KEY_ID,
  secretAccessKey: AWS_SECRET_ACCESS_KEY,
};

const SYSTEM_TEXT =
  'You are a helpful AI assistant that follows instructions extremely well. Answer the user questions accurately. Think step by step before answering the question. You will get a $100 tip if you provide the correct answer.';
const USER_TEXT =
  'Describe why openai api standard used by lots of serverless LLM api providers is better than aws bedrock invoke api offered by aws bedrock. Limit your response to five sentences.';
const ANSWER = `You said: ${USER_TEXT} This is the emulator answering.`;
/**
 * Mistral 7B / Mixtral take no system prompt on either API: their text-completion template has no system turn, and
 * Converse refuses one ("This model doesn't support system messages", https://github.com/567-labs/instructor/issues/1753).
 * The provider puts the system text at the head of the first instruction / user turn (where the legacy wrapper dropped
 * it), so the emulator's echo of the last user text starts with the system text, then the user text.
 */
const FOLDED_ANSWER = `You said: ${SYSTEM_TEXT}\n\n${USER_TEXT} This is the emulator answering.`;
const answerFor = (family: string) => (family === 'mistral-prompt' ? FOLDED_ANSWER : ANSWER);

/** The README's `messages`, with its trailing empty assistant message. */
function readmeMessages() {
  return [
    { role: 'system' as const, content: SYSTEM_TEXT },
    { role: 'user' as const, content: USER_TEXT },
    { role: 'assistant' as const, content: '' },
  ];
}

/**
 * One model of every family of the provider, the API and model id it must reach in us-west-2, and where the family
 * puts the system prompt, the stop sequences and the token limit in its InvokeModel body.
 */
const FAMILIES = [
  { family: 'anthropic', model: 'Claude-4-5-Sonnet', id: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' },
  { family: 'llama3', model: 'Llama-3-3-70b', id: 'us.meta.llama3-3-70b-instruct-v1:0' },
  { family: 'llama4', model: 'Llama-4-Scout-17b', id: 'us.meta.llama4-scout-17b-instruct-v1:0' },
  { family: 'mistral-prompt', model: 'Mistral-7b', id: 'mistral.mistral-7b-instruct-v0:2' },
  { family: 'nova', model: 'Nova-Pro', id: 'amazon.nova-pro-v1:0' },
  { family: 'deepseek-r1', model: 'DeepSeek-R1', id: 'us.deepseek.r1-v1:0' },
  { family: 'gpt-oss', model: 'GPT-OSS-120B', id: 'openai.gpt-oss-120b-1:0' },
  { family: 'qwen', model: 'Qwen3-32B', id: 'qwen.qwen3-32b-v1:0' },
  { family: 'gemma', model: 'Gemma-3-27b', id: 'google.gemma-3-27b-it' },
  { family: 'kimi', model: 'Kimi-K2', id: 'moonshot.kimi-k2-thinking' },
  { family: 'minimax', model: 'MiniMax-M2', id: 'minimax.minimax-m2' },
  { family: 'deepseek-v3', model: 'DeepSeek-V3.1', id: 'deepseek.v3-v1:0' },
  { family: 'mistral-chat', model: 'Mistral-Large-3', id: 'mistral.mistral-large-3-675b-instruct' },
  { family: 'nemotron', model: 'Nemotron-Nano-12B-v2', id: 'nvidia.nemotron-nano-12b-v2' },
  { family: 'glm', model: 'GLM-4.7', id: 'zai.glm-4.7' },
  { family: 'palmyra', model: 'Palmyra-Vision-7B', id: 'writer.palmyra-vision-7b' },
  { family: 'jamba', model: 'Jamba-1-5-Mini', id: 'ai21.jamba-1-5-mini-v1:0' },
] as const;

/**
 * Families whose model above answers only on Converse, so the legacy call goes there without `useConverseAPI`:
 * DeepSeek-V3.1 ("Converse API only (automatically enforced)" after the legacy wrapper's real runs,
 * https://github.com/jparkerweb/bedrock-wrapper/blob/main/CHANGELOG.md).
 */
const CONVERSE_ONLY = new Set(['deepseek-v3']);
/** Families whose InvokeModel body has no stop field (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html). */
const NO_INVOKE_STOP = new Set(['llama3', 'llama4']);
/**
 * gpt-oss rejects Converse stopSequences: "This model doesn't support the stopSequences field" in
 * https://github.com/jparkerweb/bedrock-wrapper/blob/main/test-stop-sequences-output.txt
 */
const NO_CONVERSE_STOP = new Set(['gpt-oss']);

/** The emulator streams one word per event, with the whitespace before it. */
const words = (text: string) => text.match(/\s*\S+/g) ?? [];

function requestText(body: unknown): string {
  return JSON.stringify(body);
}

describe('Usage step 4: the streamed call, for one model of every family', () => {
  for (const { family, model, id } of FAMILIES) {
    it(`${family} (${model})`, async () => {
      const messages = readmeMessages();
      // --- README step 3 ---
      const openaiChatCompletionsCreateObject = {
        messages: messages,
        model: model,
        max_tokens: LLM_MAX_GEN_TOKENS,
        stream: true,
        temperature: LLM_TEMPERATURE,
        stop_sequences: ['STOP', 'END'], // Optional: sequences that will stop generation
      };
      // --- README step 4 ---
      // create a variable to hold the complete response
      let completeResponse = '';
      // invoke the streamed bedrock api response
      for await (const chunk of bedrockWrapper(awsCreds, openaiChatCompletionsCreateObject)) {
        completeResponse += chunk;
        // ---------------------------------------------------
        // -- each chunk is streamed as it is received here --
        // ---------------------------------------------------
        process.stdout.write(chunk); // ⇠ do stuff with the streamed chunk
      }

      const answer = answerFor(family);
      expect(completeResponse).toBe(answer);
      // Each event of the emulator is one chunk; none is empty.
      expect(output.stdout).toEqual(words(answer));

      const [request, ...rest] = env.emulator.requests();
      expect(rest).toEqual([]);
      expect(request!.operation).toBe(
        CONVERSE_ONLY.has(family) ? 'ConverseStream' : 'InvokeModelWithResponseStream',
      );
      expect(request!.modelId).toBe(id);
      const sent = requestText(request!.body);
      // The system prompt is kept for every family and the trailing empty assistant message is not sent.
      expect(sent).toContain(JSON.stringify(SYSTEM_TEXT).slice(1, -1));
      expect(sent).toContain(JSON.stringify(USER_TEXT).slice(1, -1));
      expect(sent).toContain('0.2');
      expect(sent).toContain('800');
      expect(sent.includes('"STOP","END"')).toBe(!NO_INVOKE_STOP.has(family));
      expect(request!.body).toMatchSnapshot();
    });
  }
});

describe('Usage step 4: the unstreamed call', () => {
  for (const { family, model, id } of FAMILIES) {
    it(`${family} (${model})`, async () => {
      const messages = readmeMessages();
      const openaiChatCompletionsCreateObject = {
        messages: messages,
        model: model,
        max_tokens: LLM_MAX_GEN_TOKENS,
        stream: false,
        temperature: LLM_TEMPERATURE,
        stop_sequences: ['STOP', 'END'],
      };
      // create a variable to hold the complete response
      let completeResponse = '';
      if (!openaiChatCompletionsCreateObject.stream) {
        // invoke the unstreamed bedrock api response
        const response = await bedrockWrapper(awsCreds, openaiChatCompletionsCreateObject);
        for await (const data of response) {
          completeResponse += data;
        }
        // ----------------------------------------------------
        // -- unstreamed complete response is available here --
        // ----------------------------------------------------
        console.log(`\ncompleteResponse:\n${completeResponse}\n`); // ⇠ do stuff with the complete response
      }

      expect(output.log).toEqual([`\ncompleteResponse:\n${answerFor(family)}\n`]);
      const [request, ...rest] = env.emulator.requests();
      expect(rest).toEqual([]);
      expect(request!.operation).toBe(CONVERSE_ONLY.has(family) ? 'Converse' : 'InvokeModel');
      expect(request!.modelId).toBe(id);
      // The same body as the streamed call.
      expect(request!.body).toMatchSnapshot();
    });
  }
});

describe('Usage step 5: useConverseAPI', () => {
  for (const { family, model, id } of FAMILIES) {
    it(`${family} (${model})`, async () => {
      const openaiChatCompletionsCreateObject = {
        messages: readmeMessages(),
        model: model,
        max_tokens: LLM_MAX_GEN_TOKENS,
        stream: true,
        temperature: LLM_TEMPERATURE,
        stop_sequences: ['STOP', 'END'],
      };
      let completeResponse = '';
      // Use the Converse API for unified request/response format across all models
      for await (const chunk of bedrockWrapper(awsCreds, openaiChatCompletionsCreateObject, {
        useConverseAPI: true,
      })) {
        completeResponse += chunk;
        process.stdout.write(chunk);
      }

      const answer = answerFor(family);
      expect(completeResponse).toBe(answer);
      expect(output.stdout).toEqual(words(answer));
      const [request] = env.emulator.requests();
      expect(request!.operation).toBe('ConverseStream');
      expect(request!.modelId).toBe(id);
      expect(request!.body).toEqual({
        // With stop sequences, Claude is asked for the one that matched (Converse returns it only when asked,
        // https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html).
        ...(family === 'anthropic' ? { additionalModelResponseFieldPaths: ['/delta/stop_sequence'] } : {}),
        // Mistral 7B takes no Converse system prompt: its text leads the user turn (see FOLDED_ANSWER).
        ...(family === 'mistral-prompt'
          ? { messages: [{ role: 'user', content: [{ text: `${SYSTEM_TEXT}\n\n${USER_TEXT}` }] }] }
          : {
              messages: [{ role: 'user', content: [{ text: USER_TEXT }] }],
              system: [{ text: SYSTEM_TEXT }],
            }),
        inferenceConfig: {
          maxTokens: 800,
          temperature: 0.2,
          ...(NO_CONVERSE_STOP.has(family) ? {} : { stopSequences: ['STOP', 'END'] }),
        },
      });
    });
  }

  it('a Converse-only model uses Converse without the flag (Magistral; DeepSeek-V3.1 above)', async () => {
    const chunks: string[] = [];
    for await (const chunk of bedrockWrapper(awsCreds, {
      messages: readmeMessages(),
      model: 'Magistral-Small-2509',
      max_tokens: LLM_MAX_GEN_TOKENS,
      stream: true,
      temperature: LLM_TEMPERATURE,
    }))
      chunks.push(chunk);
    expect(chunks.join('')).toBe(ANSWER);
    expect(env.emulator.requests()[0]!.operation).toBe('ConverseStream');
  });
});

const REASONING = `Let me think about this step by step. The user wrote: "${USER_TEXT}". I will answer directly.`;
describe('Thinking models', () => {
  it('Claude-4-5-Sonnet-Thinking streams its thinking inside <think>…</think>, then the answer', async () => {
    const messages = readmeMessages();
    const openaiChatCompletionsCreateObject = {
      messages: messages,
      model: 'Claude-4-5-Sonnet-Thinking',
      max_tokens: 4000,
      stream: true,
      temperature: 1.0, // Thinking models require temperature of 1.0
      include_thinking_data: true, // Enable thinking output
    };

    let completeResponse = '';
    for await (const chunk of bedrockWrapper(awsCreds, openaiChatCompletionsCreateObject)) {
      completeResponse += chunk;
      process.stdout.write(chunk); // Shows both thinking and response
    }

    const thinking = words(REASONING);
    const answer = words(ANSWER);
    expect(output.stdout).toEqual([
      `<think>${thinking[0]}`,
      ...thinking.slice(1),
      `</think>\n\n${answer[0]}`,
      ...answer.slice(1),
    ]);
    expect(completeResponse).toBe(`<think>${REASONING}</think>\n\n${ANSWER}`);
    // The budget follows max_tokens as the legacy README says (80% of it), within max_tokens.
    expect(env.emulator.requests()[0]!.body).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 4000,
      system: [{ type: 'text', text: SYSTEM_TEXT }],
      messages: [{ role: 'user', content: [{ type: 'text', text: USER_TEXT }] }],
      temperature: 1,
      thinking: { type: 'enabled', budget_tokens: 3200 },
    });
  });

  it('GPT-OSS-120B-Thinking shows its reasoning inside <reasoning>…</reasoning>, then the answer', async () => {
    const openaiChatCompletionsCreateObject = {
      messages: readmeMessages(),
      model: 'GPT-OSS-120B-Thinking',
      max_tokens: 4000,
      stream: true,
      temperature: 1.0,
      include_thinking_data: true,
    };
    let completeResponse = '';
    for await (const chunk of bedrockWrapper(awsCreds, openaiChatCompletionsCreateObject)) {
      completeResponse += chunk;
      process.stdout.write(chunk);
    }
    // gpt-oss writes its reasoning inline, `<reasoning>…</reasoning>` in the text; the catalog says so
    // (`inlineReasoning`), so the provider streams it as reasoning as it arrives, word by word like Claude's.
    const thinking = words(REASONING);
    const answer = words(ANSWER);
    expect(output.stdout).toEqual([
      `<reasoning>${thinking[0]}`,
      ...thinking.slice(1),
      `</reasoning>${answer[0]}`,
      ...answer.slice(1),
    ]);
    expect(completeResponse).toBe(`<reasoning>${REASONING}</reasoning>${ANSWER}`);
    expect(env.emulator.requests()[0]!.body).toEqual({
      messages: [
        { role: 'system', content: SYSTEM_TEXT },
        { role: 'user', content: USER_TEXT },
      ],
      max_completion_tokens: 4000,
      temperature: 1,
      reasoning_effort: 'high',
    });
  });

  const CASES = [
    { model: 'Claude-4-5-Sonnet-Thinking', open: '<think>', close: '</think>\n\n' },
    { model: 'GPT-OSS-120B-Thinking', open: '<reasoning>', close: '</reasoning>' },
    { model: 'Kimi-K2-Thinking', open: '<reasoning>', close: '</reasoning>' },
    { model: 'DeepSeek-R1', open: '<think>', close: '</think>\n\n' },
  ];
  for (const { model, open, close } of CASES) {
    for (const stream of [true, false]) {
      for (const useConverseAPI of [false, true]) {
        it(`${model}, stream ${stream}, ${useConverseAPI ? 'Converse' : 'InvokeModel'}: reasoning only with include_thinking_data`, async () => {
          const run = async (include_thinking_data: boolean) => {
            let text = '';
            for await (const chunk of bedrockWrapper(
              awsCreds,
              { messages: readmeMessages(), model, max_tokens: 4000, stream, include_thinking_data },
              { useConverseAPI },
            ))
              text += chunk;
            return text;
          };
          const withReasoning = await run(true);
          // The legacy form has no whitespace inside the tags: the whitespace the model writes around its own tags
          // (kept in the provider's reasoning) is left out here, streamed or not.
          expect(withReasoning).toBe(`${open}${REASONING}${close}${ANSWER}`);
          expect(await run(false)).toBe(ANSWER);
        });
      }
    }
  }
});

describe('include_thinking_data on and off, for one model of every family', () => {
  /** Each family's reasoning model where it has one (a `-Thinking` name or a model that always reasons). */
  const MODELS: Record<string, { model: string; tags?: 'think' | 'reasoning' }> = {
    anthropic: { model: 'Claude-4-5-Sonnet-Thinking', tags: 'think' },
    llama3: { model: 'Llama-3-3-70b' },
    llama4: { model: 'Llama-4-Scout-17b' },
    'mistral-prompt': { model: 'Mistral-7b' },
    nova: { model: 'Nova-2-Lite-Thinking', tags: 'think' },
    'deepseek-r1': { model: 'DeepSeek-R1', tags: 'think' },
    'gpt-oss': { model: 'GPT-OSS-120B-Thinking', tags: 'reasoning' },
    qwen: { model: 'Qwen3-32B' },
    gemma: { model: 'Gemma-3-27b' },
    kimi: { model: 'Kimi-K2-Thinking', tags: 'reasoning' },
    minimax: { model: 'MiniMax-M2', tags: 'reasoning' },
    'deepseek-v3': { model: 'DeepSeek-V3.1' },
    // Magistral's non-streamed Converse answer is all reasoning content, which the provider takes as the answer
    // (the legacy wrapper did the same); the family's other models do not reason.
    'mistral-chat': { model: 'Mistral-Large-3' },
    nemotron: { model: 'Nemotron-Nano-9B-v2', tags: 'reasoning' },
    glm: { model: 'GLM-4.7' },
    palmyra: { model: 'Palmyra-X5' },
    jamba: { model: 'Jamba-1-5-Mini' },
  };
  const TAGS = {
    think: ['<think>', '</think>\n\n'],
    reasoning: ['<reasoning>', '</reasoning>'],
  } as const;
  for (const [family, { model, tags }] of Object.entries(MODELS)) {
    for (const stream of [true, false]) {
      for (const useConverseAPI of [false, true]) {
        const api = useConverseAPI ? 'converse' : 'invoke';
        it(`${family} (${model}), ${stream ? 'streamed' : 'not streamed'}, ${api}`, async () => {
          const run = async (include_thinking_data: boolean) => {
            const chunks: string[] = [];
            for await (const chunk of bedrockWrapper(
              awsCreds,
              { messages: readmeMessages(), model, max_tokens: 4000, stream, include_thinking_data },
              { useConverseAPI },
            ))
              chunks.push(chunk);
            return chunks;
          };
          const answer = answerFor(family);
          const on = await run(true);
          const off = await run(false);
          // No whitespace inside the tags, whatever the model writes around its own (the legacy form).
          expect(on.join('')).toBe(tags ? `${TAGS[tags][0]}${REASONING}${TAGS[tags][1]}${answer}` : answer);
          expect(off.join('')).toBe(answer);
          expect(off).toEqual(stream ? words(answer) : [answer]);
        });
      }
    }
  }
});

describe('Image support', () => {
  const VISION = [
    { family: 'anthropic', model: 'Claude-4-5-Sonnet' },
    { family: 'llama4', model: 'Llama-4-Scout-17b' },
    { family: 'nova', model: 'Nova-Pro' },
    { family: 'gemma', model: 'Gemma-3-27b' },
    { family: 'mistral-chat', model: 'Mistral-Large-3' },
    { family: 'qwen', model: 'Qwen3-VL-235B-A22B' },
    { family: 'kimi', model: 'Kimi-K2.5' },
    { family: 'nemotron', model: 'Nemotron-Nano-12B-v2' },
    { family: 'palmyra', model: 'Palmyra-Vision-7B' },
  ];
  for (const { family, model } of VISION) {
    for (const useConverseAPI of [false, true]) {
      it(`${family} (${model}) on ${useConverseAPI ? 'Converse' : 'InvokeModel'}: a base64 data URL image`, async () => {
        const messages = [
          {
            role: 'system',
            content: 'You are a helpful AI assistant that can analyze images.',
          },
          {
            role: 'user',
            content: [
              { type: 'text', text: "What's in this image?" },
              {
                type: 'image_url',
                image_url: {
                  url: `data:image/png;base64,${PNG_BASE64}`, // base64 encoded image
                },
              },
            ],
          },
        ];
        let completeResponse = '';
        for await (const chunk of bedrockWrapper(
          awsCreds,
          { messages: messages as never, model, max_tokens: 1000, stream: true, temperature: 0.7 },
          { useConverseAPI },
        ))
          completeResponse += chunk;
        expect(completeResponse).toBe(
          "You said: What's in this image? I saw 1 image. This is the emulator answering.",
        );
        const sent = JSON.stringify(env.emulator.requests()[0]!.body);
        // The image reaches Bedrock as the caller's bytes (no re-encoding to JPEG, unlike the legacy wrapper).
        if (!useConverseAPI) expect(sent).toContain(PNG_BASE64);
        expect(sent).toContain('You are a helpful AI assistant that can analyze images.');
      });
    }
  }

  it('several images in one message', async () => {
    const image = { type: 'image_url' as const, image_url: { url: `data:image/png;base64,${PNG_BASE64}` } };
    let text = '';
    for await (const chunk of bedrockWrapper(awsCreds, {
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Compare' }, image, image] }],
      model: 'Nova-Pro',
    }))
      text += chunk;
    expect(text).toBe('You said: Compare I saw 2 images. This is the emulator answering.');
  });
});

describe('Stop sequences', () => {
  const COUNT = '1, 2, 3, 4, 5, 6, 7, 8, 9, 10';
  for (const { family, model } of FAMILIES) {
    for (const useConverseAPI of [false, true]) {
      it(`${family} (${model}) on ${useConverseAPI ? 'Converse' : 'InvokeModel'}: the README's "Count from 1 to 10" example`, async () => {
        // DeepSeek-R1's prompt opens `<think>`, so its answer follows reasoning
        // (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-deepseek.html).
        env.emulator.script({
          reply: { text: COUNT, ...(family === 'deepseek-r1' ? { reasoning: 'Counting.' } : {}) },
        });
        // Stop generation when model tries to output "7"
        const result = await bedrockWrapper(
          awsCreds,
          {
            messages: [{ role: 'user', content: 'Count from 1 to 10' }],
            model: model, // Use Claude, Nova, Mistral, or Qwen models
            stop_sequences: ['7'],
          },
          { useConverseAPI },
        );
        let response = '';
        for await (const chunk of result) response += chunk;
        const honoured = useConverseAPI ? !NO_CONVERSE_STOP.has(family) : !NO_INVOKE_STOP.has(family);
        // Response: "1, 2, 3, 4, 5, 6, " (stops before "7"); Nova's stop text is removed too.
        expect(response).toBe(honoured ? '1, 2, 3, 4, 5, 6, ' : COUNT);
      });
    }
  }

  it('the example exactly as written (Claude-3-5-Sonnet): the model is past its end of life, a clear error names its successor and nothing is sent', async () => {
    // Stop generation when model tries to output "7"
    const result = await bedrockWrapper(awsCreds, {
      messages: [{ role: 'user', content: 'Count from 1 to 10' }],
      model: 'Claude-3-5-Sonnet', // Use Claude, Nova, Mistral, or Qwen models
      stop_sequences: ['7'],
    });
    const chunks: string[] = [];
    const error = await (async () => {
      for await (const chunk of result) chunks.push(chunk);
    })().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    // Bedrock answers every call to it with ResourceNotFoundException "This model version has reached the end of its
    // life" (https://github.com/gsd-build/gsd-2/issues/5425).
    expect(NoSuchModelError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      '"Claude-3-5-Sonnet" (anthropic.claude-3-5-sonnet-20240620-v1:0) has reached its end of life on Amazon Bedrock, which answers every call to it with ResourceNotFoundException (https://github.com/gsd-build/gsd-2/issues/5425). Use "Claude-4-5-Sonnet" instead; to send the id anyway, pass the raw id "anthropic.claude-3-5-sonnet-20240620-v1:0".',
    );
    expect(chunks).toEqual([]);
    expect(env.emulator.requests()).toEqual([]);
  });

  it('the same example on the successor the error names (Claude-4-5-Sonnet)', async () => {
    env.emulator.script({ reply: { text: COUNT } });
    const result = await bedrockWrapper(awsCreds, {
      messages: [{ role: 'user', content: 'Count from 1 to 10' }],
      model: 'Claude-4-5-Sonnet',
      stop_sequences: ['7'],
    });
    // Response: "1, 2, 3, 4, 5, 6," (stops before "7")
    const chunks: string[] = [];
    for await (const chunk of result) chunks.push(chunk);
    expect(chunks).toEqual(['1, 2, 3, 4, 5, 6, ']);
    const [request] = env.emulator.requests();
    expect(request!.operation).toBe('InvokeModel');
    // Claude Sonnet 4.5 needs a cross-region profile: us-west-2 gets the `us.` one.
    expect(request!.modelId).toBe('us.anthropic.claude-sonnet-4-5-20250929-v1:0');
    expect(request!.body).toEqual({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 4096,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Count from 1 to 10' }] }],
      stop_sequences: ['7'],
    });
  });

  it('the single-string `stop` form, and stop_sequences winning over stop', async () => {
    env.emulator.script(
      { reply: { text: 'alpha STOP beta END' } },
      { reply: { text: 'alpha STOP beta END' } },
    );
    // The legacy README's Claude-3-5-Sonnet is past its end of life (see above); its successor shows the same stop
    // handling.
    let first = '';
    for await (const chunk of bedrockWrapper(awsCreds, {
      messages: [{ role: 'user', content: 'Go' }],
      model: 'Claude-4-5-Sonnet',
      max_tokens: 100,
      stop: 'STOP',
    }))
      first += chunk;
    expect(first).toBe('alpha ');
    let second = '';
    for await (const chunk of bedrockWrapper(awsCreds, {
      messages: [{ role: 'user', content: 'Go' }],
      model: 'Claude-4-5-Sonnet',
      max_tokens: 100,
      stop: 'STOP',
      stop_sequences: ['END'],
    }))
      second += chunk;
    expect(second).toBe('alpha STOP beta ');
    const bodies = env.emulator
      .requests()
      .map(request => (request.body as { stop_sequences: string[] }).stop_sequences);
    expect(bodies).toEqual([['STOP'], ['END']]);
  });
});

describe('Supported models', () => {
  /** The modelName column of the legacy README's "Supported Models" table (v2.12.0), in its order. */
  const LEGACY_README_MODELS = [
    'Claude-3-5-Haiku',
    'Claude-3-5-Sonnet',
    'Claude-3-5-Sonnet-v2',
    'Claude-3-7-Sonnet',
    'Claude-3-7-Sonnet-Thinking',
    'Claude-3-Haiku',
    'Claude-4-Opus',
    'Claude-4-Opus-Thinking',
    'Claude-4-Sonnet',
    'Claude-4-Sonnet-Thinking',
    'Claude-4-1-Opus',
    'Claude-4-1-Opus-Thinking',
    'Claude-4-5-Haiku',
    'Claude-4-5-Haiku-Thinking',
    'Claude-4-5-Opus',
    'Claude-4-5-Opus-Thinking',
    'Claude-4-5-Sonnet',
    'Claude-4-5-Sonnet-Thinking',
    'Claude-Opus-4-6',
    'Claude-Sonnet-4-6',
    'DeepSeek-R1',
    'DeepSeek-V3.1',
    'Gemma-3-4b',
    'Gemma-3-12b',
    'Gemma-3-27b',
    'GPT-OSS-120B',
    'GPT-OSS-120B-Thinking',
    'GPT-OSS-20B',
    'GPT-OSS-20B-Thinking',
    'Kimi-K2',
    'Kimi-K2-Thinking',
    'Llama-3-8b',
    'Llama-3-70b',
    'Llama-3-1-8b',
    'Llama-3-1-70b',
    'Llama-3-1-405b',
    'Llama-3-2-1b',
    'Llama-3-2-3b',
    'Llama-3-2-11b',
    'Llama-3-2-90b',
    'Llama-3-3-70b',
    'Llama-4-Scout-17b',
    'Llama-4-Maverick-17b',
    'Magistral-Small-2509',
    'MiniMax-M2',
    'Ministral-3-3b',
    'Ministral-3-8b',
    'Ministral-3-14b',
    'Mistral-7b',
    'Mistral-Large',
    'Mistral-Large-3',
    'Mixtral-8x7b',
    'Nova-2-Lite',
    'Nova-Micro',
    'Nova-Lite',
    'Nova-Pro',
    'Qwen3-32B',
    'Qwen3-235B-A22B-2507',
    'Qwen3-Coder-30B-A3B',
    'Qwen3-Coder-480B-A35B',
    'Qwen3-Next-80B-A3B',
  ];

  /** The names of the legacy catalogs (bedrock-models.js of 2.8.0 and 2.12.0) that its README does not list. */
  const LEGACY_CATALOG_ONLY_MODELS = [
    'Claude-Opus-4-7',
    'Claude-Opus-4-7-Thinking',
    'DeepSeek-V3.2',
    'GLM-4.7',
    'GLM-4.7-Flash',
    'GLM-5',
    'Kimi-K2.5',
    'Kimi-K2.5-Thinking',
    'MiniMax-M2.1',
    'MiniMax-M2.5',
    'Mistral-Pixtral-Large',
    'Nemotron-Nano-12B-v2',
    'Nemotron-Nano-3-30B',
    'Nemotron-Nano-9B-v2',
    'Nemotron-Super-3-120B',
    'Palmyra-Vision-7B',
    'Palmyra-X4',
    'Palmyra-X5',
    'Qwen3-Coder-Next',
    'Qwen3-VL-235B-A22B',
  ];

  /**
   * Legacy names of models past their end of life, and the successor the error names: Bedrock answers every call to
   * them with ResourceNotFoundException "This model version has reached the end of its life" (Claude 3.5 / 3.7 Sonnet:
   * https://github.com/gsd-build/gsd-2/issues/5425; Claude 3.5 Haiku:
   * https://github.com/aws-solutions-library-samples/accelerated-intelligent-document-processing-on-aws/issues/708;
   * Claude 3 Haiku: https://github.com/awslabs/startups/pull/307).
   */
  const RETIRED: Record<string, string> = {
    'Claude-3-5-Haiku': 'Claude-4-5-Haiku',
    'Claude-3-5-Sonnet': 'Claude-4-5-Sonnet',
    'Claude-3-5-Sonnet-v2': 'Claude-4-5-Sonnet',
    'Claude-3-7-Sonnet': 'Claude-4-5-Sonnet',
    'Claude-3-7-Sonnet-Thinking': 'Claude-4-5-Sonnet-Thinking',
    'Claude-3-Haiku': 'Claude-4-5-Haiku',
  };

  it("the README's listing call prints JSON strings of { modelName, modelId } naming every legacy model still on Bedrock", async () => {
    console.log(`\nsupported models:\n${JSON.stringify(await listBedrockWrapperSupportedModels())}\n`);

    const printed = output.log[0]!;
    expect(printed.startsWith('\nsupported models:\n')).toBe(true);
    const list = JSON.parse(printed.slice('\nsupported models:\n'.length)) as string[];
    const entries = list.map(item => JSON.parse(item) as { modelName: string; modelId: string });
    for (const entry of entries) expect(Object.keys(entry)).toEqual(['modelName', 'modelId']);
    const names = entries.map(entry => entry.modelName);
    // No legacy name is missing from the provider catalog but those past their end of life, which are not listed.
    expect(LEGACY_README_MODELS.length).toBe(61);
    expect(
      [...LEGACY_README_MODELS, ...LEGACY_CATALOG_ONLY_MODELS].filter(name => !names.includes(name)),
    ).toEqual(Object.keys(RETIRED));
    expect(entries.find(entry => entry.modelName === 'Claude-4-5-Sonnet-Thinking')).toEqual({
      modelName: 'Claude-4-5-Sonnet-Thinking',
      modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
    });
  });

  it('every legacy README model answers the streamed README call, or names its successor when past its end of life', async () => {
    for (const model of LEGACY_README_MODELS) {
      let text = '';
      const error = await (async () => {
        for await (const chunk of bedrockWrapper(awsCreds, {
          messages: [{ role: 'user', content: 'Hi' }],
          model,
          stream: true,
        }))
          text += chunk;
      })().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      const successor = RETIRED[model];
      if (successor) {
        expect(NoSuchModelError.isInstance(error)).toBe(true);
        expect((error as Error).message).toMatch(
          new RegExp(
            `^"${model}" \\([^)]+\\) has reached its end of life on Amazon Bedrock, .* Use "${successor}" instead`,
          ),
        );
        expect(text).toBe('');
      } else {
        expect({ model, error, text }).toEqual({
          model,
          error: undefined,
          text: 'You said: Hi This is the emulator answering.',
        });
      }
    }
    expect(env.emulator.requests().length).toBe(LEGACY_README_MODELS.length - Object.keys(RETIRED).length);
  });
});
