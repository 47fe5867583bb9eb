import { verifyRequestAuth } from '../auth/verify-request-auth';
import type { BedrockOperation, RecordedRequest, ScriptedBehaviour } from '../emulator-types';
import { awsError, validation } from '../families/shared/bedrock-errors';
import { defaultReplyFor } from '../families/shared/default-reply';
import { countTokens, resolveReply } from '../families/shared/reply-shaping';
import type { BedrockError, EmulatedModel, FamilyHandler } from '../models/emulated-model';
import { loadRecordedResponse } from '../replay/load-fixture';
import { appendToLog, type EmulatorState } from './emulator-state';
import type { AnyRequest, AnyResponse } from './listen-h2c-and-http1';
import { newRequestId, sendAwsError, sendJson } from './send-response';
import { sleep, writeEventStream } from './write-event-stream';

/** The emulator's model knowledge, injectable so the server can be tested on its own. */
export interface EmulatorKnowledge {
  resolveModel(pathModelId: string): { model: EmulatedModel } | { error: BedrockError };
  handlerFor(operation: BedrockOperation, model: EmulatedModel): FamilyHandler;
  supportsOperation(operation: BedrockOperation, model: EmulatedModel): BedrockError | undefined;
}

const OPERATIONS: Record<string, BedrockOperation> = {
  invoke: 'InvokeModel',
  'invoke-with-response-stream': 'InvokeModelWithResponseStream',
  converse: 'Converse',
  'converse-stream': 'ConverseStream',
};

export async function handleRequest(
  request: AnyRequest,
  response: AnyResponse,
  protocol: 'h2' | 'http/1.1',
  state: EmulatorState,
  knowledge: EmulatorKnowledge,
): Promise<void> {
  const requestId = newRequestId();
  const rawUrl = request.url ?? '/';
  const [rawPath = '/', query = ''] = rawUrl.split('?');
  const body = await readBody(request, MAX_BODY_BYTES);
  if (body === undefined) {
    // unsourced: the status and message real Bedrock gives for a body over the limit; this is the usual AWS
    // constraint wording. The body is not kept, so a huge upload costs no memory.
    return sendAwsError(
      response,
      validation(
        `1 validation error detected: Value at 'body' failed to satisfy constraint: Member must have length less than or equal to ${MAX_BODY_BYTES}`,
      ),
      requestId,
    );
  }
  if (rawPath.startsWith('/_emulator/'))
    return handleControl(request.method ?? 'GET', rawPath, body, response, state, requestId);

  // Route on the raw path: ARNs carry `%2F`, which must not split the path (model ARNs as `modelId`: https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html).
  const segments = rawPath.split('/');
  const operation = OPERATIONS[segments[3] ?? ''];
  if (request.method !== 'POST' || segments.length !== 4 || segments[1] !== 'model' || !operation) {
    return sendJson(
      response,
      404,
      { Output: { __type: 'com.amazon.coral.service#UnknownOperationException' }, Version: '1.0' },
      requestId,
    );
  }
  const modelId = safeDecode(segments[2] ?? '');
  const headers = lowerCaseHeaders(request);
  const record: RecordedRequest = {
    operation,
    modelId,
    headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith(':'))),
    body: parseBody(body),
    status: 200,
    protocol,
  };
  appendToLog(state.log, record, body.length);
  const fail = (error: BedrockError) => {
    record.status = error.status;
    sendAwsError(response, error, requestId);
  };

  const authError = await verifyRequestAuth(
    { method: request.method ?? 'POST', rawPath, query, headers, body },
    state.auth,
  );
  if (authError) return fail(authError);
  const behaviour = state.queue.take(operation, modelId);
  if (behaviour?.replay) return replay(behaviour, response, record, requestId);
  const resolved = knowledge.resolveModel(modelId);
  if ('error' in resolved) return fail(resolved.error);
  const model = resolved.model;
  const unsupported = knowledge.supportsOperation(operation, model);
  if (unsupported) return fail(unsupported);
  if (typeof record.body === 'string')
    return fail(validation('Malformed input request, please reformat your input and try again.'));
  const handler = knowledge.handlerFor(operation, model);
  const ctx = { model, operation, request: record.body };
  const invalid = handler.validate(record.body, ctx);
  if (invalid) return fail(invalid);
  const delayMs = behaviour?.delayMs ?? state.eventDelayMs;
  if (behaviour?.error) {
    if (delayMs > 0) await sleep(delayMs);
    return fail(awsError(behaviour.error.name, behaviour.error.status, behaviour.error.message));
  }

  const view = handler.view(record.body, ctx);
  const reply = resolveReply(behaviour?.reply ?? defaultReplyFor(view), {
    inputTokens: countTokens(view.promptText),
    stopSequences: view.stopSequences,
    maxTokens: view.maxTokens,
    includeStopSequence: handler.includesStopSequence,
  });
  const renderContext = { ...ctx, requestId };
  const streaming = operation === 'InvokeModelWithResponseStream' || operation === 'ConverseStream';
  if (!streaming) {
    if (delayMs > 0) await sleep(delayMs);
    const rendered = handler.render(reply, renderContext);
    // InvokeModel reports token counts and latency in headers; Converse in the body (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html, https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html).
    const tokenHeaders: Record<string, string> =
      operation === 'InvokeModel'
        ? {
            'x-amzn-bedrock-input-token-count': String(reply.usage.inputTokens),
            'x-amzn-bedrock-output-token-count': String(reply.usage.outputTokens),
            'x-amzn-bedrock-invocation-latency': String(100 + reply.usage.outputTokens),
            ...(reply.usage.cacheReadInputTokens !== undefined
              ? { 'x-amzn-bedrock-cache-read-input-token-count': String(reply.usage.cacheReadInputTokens) }
              : {}),
            ...(reply.usage.cacheWriteInputTokens !== undefined
              ? { 'x-amzn-bedrock-cache-write-input-token-count': String(reply.usage.cacheWriteInputTokens) }
              : {}),
          }
        : {};
    return sendJson(response, 200, rendered, requestId, tokenHeaders);
  }
  response.writeHead(200, {
    'content-type': 'application/vnd.amazon.eventstream',
    'x-amzn-requestid': requestId,
    ...(operation === 'InvokeModelWithResponseStream'
      ? { 'x-amzn-bedrock-content-type': 'application/json' }
      : {}),
  });
  await writeEventStream(
    request,
    response,
    handler.renderStream(reply, renderContext),
    behaviour,
    state,
    delayMs,
  );
}

function replay(
  behaviour: ScriptedBehaviour,
  response: AnyResponse,
  record: RecordedRequest,
  requestId: string,
): void {
  let recorded: ReturnType<typeof loadRecordedResponse>;
  try {
    recorded = loadRecordedResponse(String(behaviour.replay));
  } catch (error) {
    record.status = 400;
    return sendAwsError(response, validation(`emulator: ${(error as Error).message}`), requestId);
  }
  record.status = recorded.status;
  response.writeHead(recorded.status, {
    'x-amzn-requestid': requestId,
    ...recorded.headers,
    'content-length': String(recorded.body.length),
  });
  response.end(recorded.body);
}

function handleControl(
  method: string,
  path: string,
  body: Buffer,
  response: AnyResponse,
  state: EmulatorState,
  requestId: string,
): void {
  if (path === '/_emulator/requests' && method === 'GET')
    return sendJson(response, 200, state.log, requestId);
  if (path === '/_emulator/requests' && method === 'DELETE') {
    state.log.length = 0;
    return sendJson(response, 200, { cleared: true }, requestId);
  }
  if (path === '/_emulator/script' && method === 'POST') {
    const parsed = parseBody(body);
    if (typeof parsed !== 'object' || parsed === null)
      return sendJson(
        response,
        400,
        { message: 'expected a ScriptedBehaviour or an array of them' },
        requestId,
      );
    state.queue.push(Array.isArray(parsed) ? (parsed as ScriptedBehaviour[]) : [parsed as ScriptedBehaviour]);
    return sendJson(response, 200, { queued: true }, requestId);
  }
  if (path === '/_emulator/script' && method === 'DELETE') {
    state.queue.clear();
    return sendJson(response, 200, { cleared: true }, requestId);
  }
  if (path === '/_emulator/health') return sendJson(response, 200, { ok: true }, requestId);
  return sendJson(response, 404, { message: `unknown emulator endpoint ${method} ${path}` }, requestId);
}

/**
 * Largest request body: 25,000,000 bytes, the length constraint of an InvokeModel body
 * (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModelTokensRequest.html, which
 * mirrors InvokeModel's input). Applied to every operation.
 */
const MAX_BODY_BYTES = 25_000_000;

/** The body, or `undefined` when it passes `limit` bytes: the rest is read and discarded, never kept. */
function readBody(request: AnyRequest, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    request.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    request.on('end', () => resolve(total > limit ? undefined : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function parseBody(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  const text = body.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function lowerCaseHeaders(request: AnyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return out;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
