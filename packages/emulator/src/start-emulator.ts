import type { Emulator, EmulatorOptions, ScriptedBehaviour } from './emulator-types';
import { handlerFor, supportsOperation } from './families/family-handlers';
import { resolveModel } from './models/model-table';
import { ScriptQueue } from './scripting/script-queue';
import type { EmulatorState } from './server/emulator-state';
import { type EmulatorKnowledge, handleRequest } from './server/handle-request';
import { listenH2cAndHttp1 } from './server/listen-h2c-and-http1';
import { sendJson } from './server/send-response';

const DEFAULT_KNOWLEDGE: EmulatorKnowledge = { resolveModel, handlerFor, supportsOperation };

/**
 * Starts a loopback Bedrock Runtime that the unmodified `BedrockRuntimeClient({ endpoint: emulator.url })` talks to,
 * over HTTP/2 (the SDK's default) or HTTP/1.1. Default credentials `test`/`test`, bearer key `test`.
 */
export async function startEmulator(
  options: EmulatorOptions = {},
  knowledge: EmulatorKnowledge = DEFAULT_KNOWLEDGE,
): Promise<Emulator> {
  const state: EmulatorState = {
    auth: {
      accessKeyId: options.accessKeyId ?? 'test',
      secretAccessKey: options.secretAccessKey ?? 'test',
      apiKey: options.apiKey ?? 'test',
      maxClockSkewMinutes: options.maxClockSkewMinutes ?? 15,
    },
    eventDelayMs: options.eventDelayMs ?? 0,
    log: [],
    queue: new ScriptQueue(),
    openResponses: new Set(),
  };
  const host = options.host ?? '127.0.0.1';
  const listening = await listenH2cAndHttp1(host, options.port ?? 0, (request, response, protocol) => {
    handleRequest(request, response, protocol, state, knowledge).catch(error => {
      if (!response.headersSent)
        sendJson(response, 500, { message: `emulator error: ${(error as Error).message}` }, 'emulator-error');
      else response.end();
    });
  });
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${listening.port}`;
  return {
    url,
    port: listening.port,
    async close() {
      for (const open of state.openResponses) open.end();
      state.openResponses.clear();
      await listening.close();
    },
    requests: () => state.log.map(entry => ({ ...entry })),
    reset() {
      state.log.length = 0;
      state.queue.clear();
    },
    script: (...behaviours: ScriptedBehaviour[]) => state.queue.push(behaviours),
  };
}
