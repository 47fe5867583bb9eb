/**
 * The process environment where the runtime has one (Node, Bun, Deno, Next.js's edge runtime), else an empty one:
 * fetch-only runtimes such as Vercel's edge-runtime VM or Cloudflare Workers may have no `process` at all.
 */
export function runtimeEnv(): Readonly<Record<string, string | undefined>> {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
}
