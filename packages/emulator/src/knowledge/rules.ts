import type { BedrockError } from '../models/emulated-model';

/**
 * A source of a Bedrock fact, kept as data next to the fact (see docs/emulator-rules.md):
 * - an AWS documentation page: `https://docs.aws.amazon.com/...`;
 * - a real Bedrock answer quoted in a public GitHub issue, pull request or committed run log: `https://github.com/...`;
 * - a recorded real response in `fixtures/bedrock-recorded/`: `fixture:<file name>`;
 * - `unsourced: <why we believe it>` where none was found (allowed, but counted and listed as a known risk).
 */
export type Source = string;

/** One way Bedrock rejects a request, with where we know it from. */
export interface BedrockRule {
  /** `<scope>.<name>`, e.g. `converse.systemPrompt`. */
  id: string;
  /** What Bedrock does, in one sentence. */
  says: string;
  source: readonly Source[];
}

export type RuleSpec = { says: string; source: readonly Source[] };

const REGISTRY = new Map<string, BedrockRule>();

/**
 * Declares the rules of one validator. Every rejection the emulator answers goes through one of these
 * (`reject(RULE.x, message)`), so every rule it enforces has a source; `test/sources.test.ts` checks them all.
 */
export function defineRules<K extends string>(
  scope: string,
  specs: Record<K, RuleSpec>,
): Readonly<Record<K, BedrockRule>> {
  const rules = {} as Record<K, BedrockRule>;
  for (const [name, spec] of Object.entries(specs) as Array<[K, RuleSpec]>) {
    const rule: BedrockRule = { id: `${scope}.${name}`, says: spec.says, source: spec.source };
    if (REGISTRY.has(rule.id)) throw new Error(`rule ${rule.id} declared twice`);
    REGISTRY.set(rule.id, rule);
    rules[name] = rule;
  }
  return rules;
}

/** Every rule declared by the modules loaded so far (load `allEmulatorRules()` for all of them). */
export function registeredRules(): BedrockRule[] {
  return [...REGISTRY.values()];
}

/** The error Bedrock answers when `rule` is broken (a 400 ValidationException unless said otherwise). */
export function reject(
  rule: BedrockRule,
  message: string,
  name = 'ValidationException',
  status = 400,
): BedrockError {
  return { name, status, message, rule: rule.id };
}

/** The kinds of source, for counting; `undefined` for a string that is no valid source. */
export function sourceKind(source: Source): 'aws-docs' | 'github' | 'fixture' | 'unsourced' | undefined {
  if (/^https:\/\/docs\.aws\.amazon\.com\/\S+$/.test(source)) return 'aws-docs';
  if (
    /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(issues|pull|blob|commit|discussions|releases)\/\S+$/.test(
      source,
    )
  )
    return 'github';
  if (/^fixture:[\w.-]+\.json$/.test(source)) return 'fixture';
  if (/^unsourced: \S.{10,}$/.test(source)) return 'unsourced';
  return undefined;
}
