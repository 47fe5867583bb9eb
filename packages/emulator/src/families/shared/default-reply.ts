import type { ScriptedReply } from '../../emulator-types';
import type { RequestView } from './request-view';

/**
 * The deterministic answer when nothing is scripted (docs/emulator-rules.md): a forced or offered tool is called
 * with arguments built from its schema (unless the last turn already holds tool results), a JSON schema gets a
 * matching JSON value, otherwise the last user text is echoed, with the number of images seen; reasoning comes
 * first when the request asks for it.
 */
export function defaultReplyFor(view: RequestView): ScriptedReply {
  const reasoning = view.reasoningRequested
    ? `Let me think about this step by step. The user wrote: "${view.lastUserText}". I will answer directly.`
    : undefined;
  const toolName = view.forcedTool ?? (view.toolResultText === undefined ? view.tools[0]?.name : undefined);
  const tool = view.tools.find(candidate => candidate.name === toolName);
  if (tool) {
    return {
      reasoning,
      text: view.forcedTool ? '' : `I will call ${tool.name}.`,
      toolCalls: [{ name: tool.name, input: sampleFor(tool.schema) as Record<string, unknown> }],
    };
  }
  if (view.jsonSchema !== undefined) return { reasoning, text: JSON.stringify(sampleFor(view.jsonSchema)) };
  if (view.toolResultText !== undefined) {
    return { reasoning, text: `The tool returned: ${view.toolResultText}. That is my answer.` };
  }
  const seen = [
    view.imageCount > 0 ? `I saw ${view.imageCount} image${view.imageCount === 1 ? '' : 's'}.` : '',
    view.documentCount > 0
      ? `I read ${view.documentCount} document${view.documentCount === 1 ? '' : 's'}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    reasoning,
    text: `You said: ${view.lastUserText}${seen ? ` ${seen}` : ''} This is the emulator answering.`,
  };
}

/** A value that satisfies a JSON schema (the common subset: types, properties, items, enums, const). */
export function sampleFor(schema: unknown, depth = 0): unknown {
  const s = (schema ?? {}) as Record<string, unknown>;
  if (depth > 8) return null;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = s[key];
    if (Array.isArray(options) && options.length > 0) return sampleFor(options[0], depth + 1);
  }
  const type = Array.isArray(s.type) ? s.type.find(t => t !== 'null') : s.type;
  switch (type) {
    case 'string':
      return s.format === 'date-time' ? '2026-01-01T00:00:00Z' : 'sample';
    case 'number':
      return 1.5;
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array':
      return [sampleFor(s.items, depth + 1)];
    default: {
      const properties = (s.properties ?? {}) as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(properties)) out[name] = sampleFor(property, depth + 1);
      return out;
    }
  }
}
