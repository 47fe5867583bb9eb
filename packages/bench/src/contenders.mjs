import { bytesFloorClient, floorFrameReader } from './bytes-floor-client.mjs';
import { SCENARIOS } from './scenarios.mjs';

/**
 * Every contender runs the same scenario against the same emulator: `stream` consumes a streamed answer fully,
 * calling `onText` for every piece of text so that all of them do the same observable work; `generate` makes one
 * non-streaming call and returns its text. Modules are imported inside `create` so that a worker process loads
 * only its own contender.
 */
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
const decoder = new TextDecoder();

export const CONTENDERS = {
  /** The bytes-only floor (bytes-floor-client.mjs): no client can do less. */
  'bytes-floor': {
    label: 'bytes-only floor (HTTP/2 + frames + JSON)',
    async create(url) {
      const client = await bytesFloorClient(url);
      return {
        stream: (scenarioName, prompt, onText) =>
          client.streamReads(scenarioName, prompt, floorFrameReader(scenarioName, onText)),
        generate: (scenarioName, prompt) => client.generate(scenarioName, prompt),
      };
    },
  },

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
      const messages = prompt => [{ role: 'user', content: [{ text: prompt }] }];
      const invokeInput = (scenario, prompt) => ({
        modelId: scenario.modelId,
        contentType: 'application/json',
        body: JSON.stringify(scenario.invokeBody(prompt)),
      });
      return {
        async stream(scenarioName, prompt, onText) {
          const scenario = SCENARIOS[scenarioName];
          if (scenario.api === 'converse') {
            const response = await client.send(
              new sdk.ConverseStreamCommand({ modelId: scenario.modelId, messages: messages(prompt) }),
            );
            for await (const event of response.stream) {
              const text = event.contentBlockDelta?.delta?.text;
              if (text) onText(text);
            }
            return;
          }
          const response = await client.send(
            new sdk.InvokeModelWithResponseStreamCommand(invokeInput(scenario, prompt)),
          );
          for await (const event of response.body) {
            const text = scenario.chunkText(JSON.parse(decoder.decode(event.chunk.bytes)));
            if (text) onText(text);
          }
        },
        async generate(scenarioName, prompt) {
          const scenario = SCENARIOS[scenarioName];
          if (scenario.api === 'converse') {
            const response = await client.send(
              new sdk.ConverseCommand({ modelId: scenario.modelId, messages: messages(prompt) }),
            );
            return response.output.message.content.map(block => block.text ?? '').join('');
          }
          const response = await client.send(new sdk.InvokeModelCommand(invokeInput(scenario, prompt)));
          return scenario.bodyText(JSON.parse(decoder.decode(response.body)));
        },
      };
    },
  },

  /** This provider's LanguageModelV1 `doStream` / `doGenerate`, without `ai`. */
  'provider-doStream': {
    label: 'bedrock-wrapper doStream / doGenerate (V1)',
    async create(url) {
      const { bedrockWrapperProvider } = await import('@bedrock-wrapper/ai-provider');
      const provider = bedrockWrapperProvider({ region: 'us-east-1', endpoint: url, ...credentials });
      const call = (scenario, prompt) => ({
        maxTokens: scenario.maxTokens,
        inputFormat: 'prompt',
        mode: { type: 'regular' },
        prompt: [{ role: 'user', content: [{ type: 'text', text: prompt }] }],
      });
      const model = scenario => provider(scenario.modelName, { api: scenario.api });
      return {
        async stream(scenarioName, prompt, onText) {
          const scenario = SCENARIOS[scenarioName];
          const { stream } = await model(scenario).doStream(call(scenario, prompt));
          for await (const part of stream) if (part.type === 'text-delta') onText(part.textDelta);
        },
        async generate(scenarioName, prompt) {
          const scenario = SCENARIOS[scenarioName];
          return (await model(scenario).doGenerate(call(scenario, prompt))).text;
        },
      };
    },
  },

  /** This provider through ai@4 `streamText` / `generateText`. */
  'provider-ai4': {
    label: 'bedrock-wrapper + ai@4',
    async create(url) {
      const { bedrockWrapperProvider } = await import('@bedrock-wrapper/ai-provider');
      const ai = await import('ai');
      const provider = bedrockWrapperProvider({ region: 'us-east-1', endpoint: url, ...credentials });
      return aiContender(ai, scenario => provider(scenario.modelName, { api: scenario.api }), 'maxTokens');
    },
  },

  /** @ai-sdk/amazon-bedrock 2.2.12 (the last LanguageModelV1 release, Converse only) through ai@4. */
  'amazon-bedrock-ai4': {
    label: '@ai-sdk/amazon-bedrock@2.2.12 + ai@4 (Converse)',
    converseOnly: true,
    async create(url) {
      const { createAmazonBedrock } = await import('@ai-sdk/amazon-bedrock');
      const ai = await import('ai');
      const bedrock = createAmazonBedrock({ region: 'us-east-1', baseURL: url, ...credentials });
      return aiContender(ai, scenario => bedrock(scenario.modelId), 'maxTokens');
    },
  },

  /** This provider's native /v3 through ai@6. */
  'provider-v3-ai6': {
    label: 'bedrock-wrapper/v3 + ai@6',
    async create(url) {
      const { bedrockWrapperProvider } = await import('@bedrock-wrapper/ai-provider/v3');
      const ai = await import('ai6');
      const provider = bedrockWrapperProvider({ region: 'us-east-1', endpoint: url, ...credentials });
      return aiContender(
        ai,
        scenario => provider(scenario.modelName, { api: scenario.api }),
        'maxOutputTokens',
      );
    },
  },

  /** @ai-sdk/amazon-bedrock 4 (LanguageModelV3, Converse) through ai@6. */
  'amazon-bedrock-4-ai6': {
    label: '@ai-sdk/amazon-bedrock@4 + ai@6 (Converse)',
    converseOnly: true,
    async create(url) {
      const { createAmazonBedrock } = await import('@ai-sdk/amazon-bedrock-4');
      const ai = await import('ai6');
      const bedrock = createAmazonBedrock({ region: 'us-east-1', baseURL: url, ...credentials });
      return aiContender(ai, scenario => bedrock(scenario.modelId), 'maxOutputTokens');
    },
  },

  /** This provider's native /v4 through ai@7. */
  'provider-v4-ai7': {
    label: 'bedrock-wrapper/v4 + ai@7',
    async create(url) {
      const { bedrockWrapperProvider } = await import('@bedrock-wrapper/ai-provider/v4');
      const ai = await import('ai7');
      const provider = bedrockWrapperProvider({ region: 'us-east-1', endpoint: url, ...credentials });
      return aiContender(
        ai,
        scenario => provider(scenario.modelName, { api: scenario.api }),
        'maxOutputTokens',
      );
    },
  },

  /** @ai-sdk/amazon-bedrock latest (Converse) through ai@7. */
  'amazon-bedrock-latest-ai7': {
    label: '@ai-sdk/amazon-bedrock@5 + ai@7 (Converse)',
    converseOnly: true,
    async create(url) {
      const { createAmazonBedrock } = await import('@ai-sdk/amazon-bedrock-latest');
      const ai = await import('ai7');
      const bedrock = createAmazonBedrock({ region: 'us-east-1', baseURL: url, ...credentials });
      return aiContender(ai, scenario => bedrock(scenario.modelId), 'maxOutputTokens');
    },
  },
};

/** `streamText` / `generateText` of one `ai` version on the model `modelOf` gives for a scenario. */
function aiContender(ai, modelOf, maxTokensKey) {
  const options = (scenario, prompt) => ({
    model: modelOf(scenario),
    prompt,
    maxRetries: 0,
    [maxTokensKey]: scenario.maxTokens,
  });
  return {
    async stream(scenarioName, prompt, onText) {
      const result = ai.streamText(options(SCENARIOS[scenarioName], prompt));
      for await (const text of result.textStream) onText(text);
    },
    async generate(scenarioName, prompt) {
      return (await ai.generateText(options(SCENARIOS[scenarioName], prompt))).text;
    },
  };
}
