/** One field where two request bodies differ; `undefined` means the field is absent on that side. */
export interface BodyDifference {
  /** Dotted path, array indices as numbers: `messages.0.content.1.document.name`. */
  path: string;
  ours: unknown;
  peer: unknown;
}

/**
 * Field-by-field differences of two JSON bodies. Objects are compared key by key, arrays index by index (tool lists by
 * tool name, so one missing tool is one difference); where one side lacks a field (or has a different kind of value),
 * the difference is reported at that field, not below it.
 */
export function diffBodies(ours: unknown, peer: unknown, path = ''): BodyDifference[] {
  const ourTools = byToolName(ours);
  const peerTools = byToolName(peer);
  if (ourTools && peerTools) return diffBodies(ourTools, peerTools, path);
  if (isPlainObject(ours) && isPlainObject(peer)) {
    const keys = [...new Set([...Object.keys(ours), ...Object.keys(peer)])].sort();
    return keys.flatMap(key => diffBodies(ours[key], peer[key], join(path, key)));
  }
  if (Array.isArray(ours) && Array.isArray(peer)) {
    const length = Math.max(ours.length, peer.length);
    return Array.from({ length }, (_, index) =>
      diffBodies(ours[index], peer[index], join(path, String(index))),
    ).flat();
  }
  return Object.is(ours, peer) ? [] : [{ path, ours, peer }];
}

/**
 * Whether a path matches a pattern: segments separated by dots, `*` stands for one segment, `**` for any number
 * (zero included).
 */
export function pathMatches(pattern: string, path: string): boolean {
  return matchSegments(pattern.split('.'), path.split('.'));
}

function matchSegments(pattern: string[], path: string[]): boolean {
  if (pattern.length === 0) return path.length === 0;
  const [head, ...rest] = pattern;
  if (head === '**')
    return path.some((_, index) => matchSegments(rest, path.slice(index))) || matchSegments(rest, []);
  if (path.length === 0) return false;
  return (head === '*' || head === path[0]) && matchSegments(rest, path.slice(1));
}

/** A Converse `toolConfig.tools` list as an object keyed by tool name, else undefined. */
function byToolName(value: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const names = value.map(tool =>
    isPlainObject(tool) && isPlainObject(tool.toolSpec) ? tool.toolSpec.name : undefined,
  );
  if (!names.every(name => typeof name === 'string')) return undefined;
  return Object.fromEntries(value.map((tool, index) => [names[index] as string, tool]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Whether a JSON value has a field (not `undefined`) at a path matching the pattern. */
export function hasField(value: unknown, pattern: string, path = ''): boolean {
  if (value === undefined) return false;
  if (path !== '' && pathMatches(pattern, path)) return true;
  if (Array.isArray(value))
    return value.some((item, index) => hasField(item, pattern, join(path, String(index))));
  if (isPlainObject(value))
    return Object.entries(value).some(([key, item]) => hasField(item, pattern, join(path, key)));
  return false;
}
