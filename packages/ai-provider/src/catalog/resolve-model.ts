import { InvalidArgumentError, NoSuchModelError } from '@ai-sdk/provider';
import { familyOfRawId } from '../families/family-of-raw-id';
import { modelCatalog } from './model-catalog';
import type {
  ModelCatalogEntry,
  ModelFamily,
  ProfileGeography,
  ReasoningRequest,
  ResolvedModel,
} from './model-catalog-types';

export interface ResolveModelOptions {
  /** AWS region of the client; picks the geography of a required inference profile. */
  region?: string;
  /** `auto` (default): from the region; a geography: that profile; `none`: the bare foundation-model id. */
  inferenceProfile?: 'auto' | ProfileGeography | 'none';
  /** Family of an application-inference-profile ARN, which does not name its model. */
  family?: ModelFamily;
}

const CATALOG: readonly ModelCatalogEntry[] = modelCatalog;
const BY_NAME = new Map(CATALOG.map(entry => [entry.name, entry]));
const BY_MODEL_ID = new Map(CATALOG.map(entry => [entry.modelId, entry]));
const GEOGRAPHIES: readonly ProfileGeography[] = ['us', 'eu', 'apac', 'jp', 'au', 'global'];
const THINKING_SUFFIX = '-Thinking';

/**
 * Friendly name, raw foundation-model id, cross-region profile id or ARN -> the catalog entry (or a family's defaults
 * for a raw id the catalog lacks) and the `modelId` to send. Pure: never mutates the catalog.
 */
export function resolveModel(name: string, options: ResolveModelOptions = {}): ResolvedModel {
  const byName = BY_NAME.get(name);
  if (byName) return fromEntry(name, refuseEndOfLife(name, byName), false, options);
  if (name.endsWith(THINKING_SUFFIX)) {
    const base = BY_NAME.get(name.slice(0, -THINKING_SUFFIX.length));
    if (base?.thinkingVariant) return fromEntry(name, refuseEndOfLife(name, base, true), true, options);
  }
  const raw = parseRawId(name);
  if (raw.kind === 'application-profile') {
    if (!options.family) {
      throw new InvalidArgumentError({
        argument: 'family',
        message: `"${name}" is an application inference profile, which does not say which model it runs. Pass the model family in the model settings, e.g. bedrockWrapper('${name}', { family: 'anthropic' }).`,
      });
    }
    return {
      requestedName: name,
      entry: rawEntry(name, options.family),
      bedrockModelId: name,
      defaultReasoning: { enabled: false },
    };
  }
  if (raw.kind === 'id') {
    const entry = BY_MODEL_ID.get(raw.modelId);
    if (entry)
      return { requestedName: name, entry, bedrockModelId: name, defaultReasoning: { enabled: false } };
    const family = options.family ?? familyOfRawId(raw.modelId);
    if (family)
      return {
        requestedName: name,
        entry: rawEntry(raw.modelId, family),
        bedrockModelId: name,
        defaultReasoning: { enabled: false },
      };
  }
  throw new NoSuchModelError({
    modelId: name,
    modelType: 'languageModel',
    message: `No such model: "${name}". ${suggest(name)}Use a friendly name from listBedrockWrapperSupportedModels(), a Bedrock model id, an inference profile id or an ARN.`,
  });
}

/**
 * A friendly name of a model past its end of life fails here, before anything is sent, saying what to use instead: the
 * successor's `-Thinking` name for a `-Thinking` name when the successor has one.
 */
function refuseEndOfLife(name: string, entry: ModelCatalogEntry, thinking = false): ModelCatalogEntry {
  if (!entry.endOfLife) return entry;
  const { successor, source } = entry.endOfLife;
  const replacement =
    thinking && BY_NAME.get(successor)?.thinkingVariant ? `${successor}${THINKING_SUFFIX}` : successor;
  throw new NoSuchModelError({
    modelId: name,
    modelType: 'languageModel',
    message: `"${name}" (${entry.modelId}) has reached its end of life on Amazon Bedrock, which answers every call to it with ResourceNotFoundException (${source}). Use "${replacement}" instead; to send the id anyway, pass the raw id "${entry.modelId}".`,
  });
}

function fromEntry(
  requestedName: string,
  entry: ModelCatalogEntry,
  thinking: boolean,
  options: ResolveModelOptions,
): ResolvedModel {
  return {
    requestedName,
    entry,
    bedrockModelId: bedrockIdFor(entry, options),
    defaultReasoning: thinking ? thinkingRequest(entry) : { enabled: false },
  };
}

function thinkingRequest(entry: ModelCatalogEntry): ReasoningRequest {
  const reasoning = entry.reasoning;
  // Claude: the codec sizes the thinking (default budget, or the model's own default effort when adaptive).
  if (reasoning?.kind === 'effort') return { enabled: true, effort: reasoning.thinkingEffort };
  return { enabled: true };
}

/**
 * Models that need a cross-region profile get the geography of the client's region (us-/ca- -> us, eu- -> eu,
 * Tokyo/Osaka -> jp then apac, Sydney/Melbourne -> au then apac, other ap- -> apac), falling back to `global` and then the model's first geography, instead of always `us.` like the
 * legacy wrapper. Optional-profile models use the bare id unless a geography is asked for: it works in every
 * region where the model is, and a profile only helps throughput.
 */
function bedrockIdFor(entry: ModelCatalogEntry, options: ResolveModelOptions): string {
  const choice = options.inferenceProfile ?? 'auto';
  if (choice === 'none' || entry.inferenceProfile === 'none') return entry.modelId;
  if (choice !== 'auto') return `${choice}.${entry.modelId}`;
  if (entry.inferenceProfile === 'optional') return entry.modelId;
  const geographies = entry.profileGeographies;
  const region = options.region ?? '';
  const wanted: ProfileGeography[] = /^(us|ca)-/.test(region)
    ? ['us']
    : /^eu-/.test(region)
      ? ['eu']
      : /^ap-northeast-[13]$/.test(region)
        ? ['jp', 'apac']
        : /^ap-southeast-[24]$/.test(region)
          ? ['au', 'apac']
          : /^ap-/.test(region)
            ? ['apac']
            : [];
  const geography =
    wanted.find(geo => geographies.includes(geo)) ??
    (geographies.includes('global') ? 'global' : geographies[0]);
  return geography ? `${geography}.${entry.modelId}` : entry.modelId;
}

type RawId = { kind: 'id'; modelId: string } | { kind: 'application-profile' } | { kind: 'not-an-id' };

function parseRawId(name: string): RawId {
  const arn =
    /^arn:aws[a-z-]*:bedrock:[a-z0-9-]*:\d*:(foundation-model|inference-profile|application-inference-profile)\/(.+)$/.exec(
      name,
    );
  if (arn) {
    if (arn[1] === 'application-inference-profile') return { kind: 'application-profile' };
    return { kind: 'id', modelId: stripGeography(arn[2]!) };
  }
  if (!/^[a-z0-9-]+\.[\w.:-]+$/.test(name)) return { kind: 'not-an-id' };
  return { kind: 'id', modelId: stripGeography(name) };
}

function stripGeography(id: string): string {
  const dot = id.indexOf('.');
  return GEOGRAPHIES.includes(id.slice(0, dot) as ProfileGeography) ? id.slice(dot + 1) : id;
}

/** A catalog-shaped entry for a raw id: the family's most common capabilities (the catalog row of a sibling). */
function rawEntry(modelId: string, family: ModelFamily): ModelCatalogEntry {
  const sibling = CATALOG.find(entry => entry.family === family)!;
  return {
    ...sibling,
    name: modelId,
    modelId,
    inferenceProfile: 'none',
    profileGeographies: [],
    thinkingVariant: false,
  };
}

function suggest(name: string): string {
  const names = CATALOG.flatMap(entry =>
    entry.thinkingVariant ? [entry.name, `${entry.name}${THINKING_SUFFIX}`] : [entry.name],
  );
  const lower = name.toLowerCase();
  const scored = names
    .map(candidate => ({ candidate, distance: editDistance(lower, candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .filter(({ distance }) => distance <= Math.max(3, Math.floor(name.length / 2)));
  return scored.length > 0
    ? `Did you mean ${scored.map(({ candidate }) => `"${candidate}"`).join(', ')}? `
    : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
