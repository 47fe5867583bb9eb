import { SCENARIOS } from './scenarios.mjs';

/**
 * Every contender streams the same scripted reply from the same emulator and consumes it fully; `onText` is
 * called for every piece of text so that all of them do the same observable work. Each returns after the stream
 * ended. Modules are imported inside `create` so that a worker process loads only its own contender.
 */
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

export const CONTENDERS = {
  /** The floor: the AWS SDK client alone, decoding each chunk's JSON. */
  'raw-sdk': {
    label: 'raw @aws-sdk/client-bedrock-runtime',
    async create(url) {
      const sdk = await import('@aws-sdk/client-bedrock-runtime');
      const client = new sdk.BedrockRuntimeClient({
        region: 'us-east-1',
        endpoint: url,
        credentials,
        maxAttempts: 1,
      });
      return async (scenarioName, prompt, onText) => {
        const scenario = SCENARIOS[scenarioName];
        if (scenario.api === 'converse') {
          const response = await client.send(
            new sdk.ConverseStreamCommand({
              modelId: scenario.modelId,
              messages: [{ role: 'user', content: [{ text: prompt }] }],
            }),
          );
          for await (const event of response.stream) {
            const text = event.contentBlockDelta?.delta?.text;
            if (text) onText(text);
          }
          return;
        }
        const response = await client.send(
          new sdk.InvokeModelWithResponseStreamCommand({
            modelId: scenario.modelId,
            contentType: 'application/json',
            body: JSON.stringify(scenario.invokeBody(prompt)),
          }),
        );
        const decoder = new TextDecoder();
        for await (const event of response.body) {
          const text = scenario.chunkText(JSON.parse(decoder.decode(event.chunk.bytes)));
          if (text) onText(text);
        }
      };
    },
  },

  /** This provider's LanguageModelV1 `doStream`, without `ai`. */
  'provider-doStream': {
    label: 'bedrock-wrapper doStream (V1)',
    async create(url) {
      const { bedrockWrapperProvider } = await import('@bedrock-wrapper/ai-provider');
      const provider = bedrockWrapperProvider({ region: 'us-east-1', endpoint: url, ...credentials });
      return async (scenarioName, prompt, onText) => {
        const scenario = SCENARIOS[scenarioName];
        const model = provider(scenario.modelName, { api: scenario.api });
        const { stream } = await model.doStream({
          maxTokens: scenario.maxTokens,
          inputFormat: 'prompt',
          mode: { type: 'regular' },
          prompt: [{ role: 'user', content: [{ type: 'text', text: prompt }] }],
        });
        for await (const part of stream) if (part.type === 'text-delta') onText(part.textDelta);
      };
    },
  },

  /** This provider through ai@4 `streamText`. */
  'provider-ai4': {
    label: 'bedrock-wrapper + ai@4 streamText',
    async create(url) {
      const { bedrockWrapperProvider } = await import('@bedrock-wrapper/ai-provider');
      const { streamText } = await import('ai');
      const provider = bedrockWrapperProvider({ region: 'us-east-1', endpoint: url, ...credentials });
      return async (scenarioName, prompt, onText) => {
        const scenario = SCENARIOS[scenarioName];
        const result = streamText({
          model: provider(scenario.modelName, { api: scenario.api }),
          maxTokens: scenario.maxTokens,
          prompt,
          maxRetries: 0,
        });
        for await (const text of result.textStream) onText(text);
      };
    },
  },

  /** @ai-sdk/amazon-bedrock 2.2.12 (the last LanguageModelV1 release, Converse only) through ai@4. */
  'amazon-bedrock-ai4': {
    label: '@ai-sdk/amazon-bedrock@2.2.12 + ai@4 (Converse)',
    converseOnly: true,
    async create(url) {
      const { createAmazonBedrock } = await import('@ai-sdk/amazon-bedrock');
      const { streamText } = await import('ai');
      const bedrock = createAmazonBedrock({ region: 'us-east-1', baseURL: url, ...credentials });
      return async (scenarioName, prompt, onText) => {
        const scenario = SCENARIOS[scenarioName];
        const result = streamText({
          model: bedrock(scenario.modelId),
          prompt,
          maxRetries: 0,
          maxTokens: scenario.maxTokens,
        });
        for await (const text of result.textStream) onText(text);
      };
    },
  },

  /** This provider's /v2 through ai@7. */
  'provider-v2-ai7': {
    label: 'bedrock-wrapper/v2 + ai@7 streamText',
    async create(url) {
      const { bedrockWrapperProvider } = await import('@bedrock-wrapper/ai-provider/v2');
      const { streamText } = await import('ai7');
      globalThis.AI_SDK_LOG_WARNINGS = false;
      const provider = bedrockWrapperProvider({ region: 'us-east-1', endpoint: url, ...credentials });
      return async (scenarioName, prompt, onText) => {
        const scenario = SCENARIOS[scenarioName];
        const result = streamText({
          model: provider(scenario.modelName, { api: scenario.api }),
          maxOutputTokens: scenario.maxTokens,
          prompt,
          maxRetries: 0,
        });
        for await (const text of result.textStream) onText(text);
      };
    },
  },

  /** @ai-sdk/amazon-bedrock latest (Converse) through ai@7. */
  'amazon-bedrock-latest-ai7': {
    label: '@ai-sdk/amazon-bedrock@5 + ai@7 (Converse)',
    converseOnly: true,
    async create(url) {
      const { createAmazonBedrock } = await import('@ai-sdk/amazon-bedrock-latest');
      const { streamText } = await import('ai7');
      globalThis.AI_SDK_LOG_WARNINGS = false;
      const bedrock = createAmazonBedrock({ region: 'us-east-1', baseURL: url, ...credentials });
      return async (scenarioName, prompt, onText) => {
        const scenario = SCENARIOS[scenarioName];
        const result = streamText({
          model: bedrock(scenario.modelId),
          prompt,
          maxRetries: 0,
          maxOutputTokens: scenario.maxTokens,
        });
        for await (const text of result.textStream) onText(text);
      };
    },
  },
};
