/**
 * What the default answer depends on, read out of any family's request by that family's handler. The shared
 * `defaultReplyFor` turns it into a reply, so that every family answers the same way in its own format.
 */
export interface RequestView {
  /** Text of the last user turn (all its text parts joined). */
  lastUserText: string;
  /** Images in the last user turn. */
  imageCount: number;
  /** Documents in the last user turn. */
  documentCount: number;
  /** Tools offered (name and JSON schema of the input). */
  tools: Array<{ name: string; schema: unknown }>;
  /** A forced tool (`tool_choice` naming one), if any. */
  forcedTool?: string;
  /** The last turn carries tool results: their text. */
  toolResultText?: string;
  reasoningRequested: boolean;
  stopSequences: string[];
  maxTokens?: number;
  /** A JSON schema the answer must follow (response_format, outputConfig, or one written into the prompt). */
  jsonSchema?: unknown;
  /** All prompt text, for counting input tokens. */
  promptText: string;
}

export function emptyView(): RequestView {
  return {
    lastUserText: '',
    imageCount: 0,
    documentCount: 0,
    tools: [],
    reasoningRequested: false,
    stopSequences: [],
    promptText: '',
  };
}

/**
 * Finds a JSON schema written into prompt text (ai@4 and the V2 adapter put `{"type":"object",…}` into the system
 * prompt for JSON output). Returns the first balanced JSON object that parses and has `properties` or a `type`.
 */
export function findSchemaInText(text: string): unknown {
  for (let start = text.indexOf('{"'); start >= 0; start = text.indexOf('{"', start + 1)) {
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        try {
          const parsed = JSON.parse(text.slice(start, i + 1)) as Record<string, unknown>;
          if (parsed && typeof parsed === 'object' && ('properties' in parsed || parsed.type === 'object'))
            return parsed;
        } catch {
          // not JSON: keep looking
        }
        break;
      }
    }
  }
  return undefined;
}
