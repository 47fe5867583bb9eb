/** A tool result as the text families send it: strings as they are, anything else as JSON. */
export function stringifyToolResult(result: unknown): string {
  if (typeof result === 'string') return result;
  return JSON.stringify(result ?? null);
}
