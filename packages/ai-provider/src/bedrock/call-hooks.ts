import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';

/** What one call adds to the SDK's handling of its command. */
export interface CallHooks {
  /** Aborts the HTTP exchange (the caller's signal, the request timeout, a cancelled stream). */
  signal: AbortSignal;
  /** The request before it is signed: the call's own headers go here. */
  build(request: { headers: Record<string, string> }): void;
  /**
   * The HTTP response as received, inside the SDK's deserializer (the innermost middleware): may take or replace
   * the body before the SDK reads it.
   */
  response(result: { response?: unknown; output?: unknown }): Promise<void>;
}

type Next = (args: MiddlewareArgs) => Promise<{ response?: unknown; output?: unknown }>;
interface MiddlewareArgs {
  input: unknown;
  request: { headers: Record<string, string> };
}
interface Stack {
  add(middleware: unknown, options: { step: string; name: string; priority?: 'low' }): void;
}
interface RequestHandler {
  handle(request: unknown, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
  destroy?(): void;
  updateHttpClientConfig?(key: never, value: never): void;
  httpHandlerConfigs?(): unknown;
  readonly metadata?: unknown;
}

/** The clients the provider made: their middleware is installed once and their handler takes each call's signal. */
const OWN_CLIENTS = new WeakMap<BedrockRuntimeClient, WeakMap<object, CallHooks>>();

/**
 * Readies a client the provider made for `attachCallHooks` without per-call middleware, so that the SDK can resolve
 * its middleware stack once per command class (`cacheMiddleware`, set by create-bedrock-client.ts): the AWS SDK
 * documents 0-1 ms saved per request (SmithyConfiguration.cacheMiddleware,
 * https://aws-amplify.github.io/amplify-js/api/interfaces/_aws_amplify_predictions._Reference_Types_.SmithyConfiguration.html),
 * measured here 0.3-0.4 ms CPU per InvokeModel call over a process's calls 151-600. A cached stack takes no
 * per-call middleware and no per-call `send` options, so each call's hooks are found by its command's input object
 * (the SDK hands the same object to every step), and its abort signal reaches the HTTP handler by the request it
 * sends: the client's handler is wrapped to add it.
 */
export function installCallHooks(client: BedrockRuntimeClient): void {
  const calls = new WeakMap<object, CallHooks>();
  const signals = new WeakMap<object, AbortSignal>();
  const hooksOf = (input: unknown) => (typeof input === 'object' && input ? calls.get(input) : undefined);
  const stack = client.middlewareStack as unknown as Stack;
  stack.add(buildMiddleware(hooksOf), BUILD);
  stack.add(responseMiddleware(hooksOf, signals), RESPONSE);
  const config = client.config as unknown as { requestHandler: RequestHandler };
  config.requestHandler = signalTakingHandler(config.requestHandler, signals);
  OWN_CLIENTS.set(client, calls);
}

/**
 * Attaches `hooks` to one command, before it is sent; returns the options to send it with. On a client of the
 * caller's, the hooks go on the command's own middleware stack and the signal in the `send` options (the caller's
 * client is not changed).
 */
export function attachCallHooks(
  client: BedrockRuntimeClient,
  command: { input: object; middlewareStack: unknown },
  hooks: CallHooks,
): { abortSignal: AbortSignal } | undefined {
  const own = OWN_CLIENTS.get(client);
  if (own) {
    own.set(command.input, hooks);
    return undefined;
  }
  const stack = command.middlewareStack as Stack;
  const hooksOf = () => hooks;
  stack.add(buildMiddleware(hooksOf), BUILD);
  stack.add(responseMiddleware(hooksOf), RESPONSE);
  return { abortSignal: hooks.signal };
}

const BUILD = { step: 'build', name: 'bedrockWrapperCallHeaders' };
// The innermost middleware of the last step: inside the SDK's deserializer, which has normal priority there.
const RESPONSE = { step: 'deserialize', priority: 'low' as const, name: 'bedrockWrapperRawResponse' };

function buildMiddleware(hooksOf: (input: unknown) => CallHooks | undefined) {
  return (next: Next) => (args: MiddlewareArgs) => {
    hooksOf(args.input)?.build(args.request);
    return next(args);
  };
}

function responseMiddleware(
  hooksOf: (input: unknown) => CallHooks | undefined,
  signals?: WeakMap<object, AbortSignal>,
) {
  return (next: Next) => async (args: MiddlewareArgs) => {
    const hooks = hooksOf(args.input);
    if (!hooks) return next(args);
    // This middleware's `next` is the SDK's call of the HTTP handler with this very request object.
    signals?.set(args.request, hooks.signal);
    const result = await next(args);
    await hooks.response(result);
    return result;
  };
}

/** The client's handler, given the signal of the call whose request it sends; everything else passed through. */
function signalTakingHandler(inner: RequestHandler, signals: WeakMap<object, AbortSignal>): RequestHandler {
  return {
    handle(request, options) {
      const signal = typeof request === 'object' && request ? signals.get(request) : undefined;
      return inner.handle(request, signal ? { ...options, abortSignal: signal } : options);
    },
    destroy: () => inner.destroy?.(),
    updateHttpClientConfig: (key, value) => inner.updateHttpClientConfig?.(key, value),
    httpHandlerConfigs: () => inner.httpHandlerConfigs?.() ?? {},
    get metadata() {
      return inner.metadata;
    },
  };
}
