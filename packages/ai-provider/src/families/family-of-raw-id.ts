import type { ModelFamily } from '../catalog/model-catalog-types';
import { FAMILIES } from './family-descriptors';

/** Every family's raw-id starts, longest first, so a more specific start wins whatever the order of the registry. */
const STARTS: ReadonlyArray<readonly [start: string, family: ModelFamily]> = Object.entries(FAMILIES)
  .flatMap(([family, descriptor]) =>
    descriptor.rawIdPrefixes.map(start => [start, family as ModelFamily] as const),
  )
  .sort(([a], [b]) => b.length - a.length);

/**
 * For raw Bedrock ids that are not in the catalog (a newer model version, a fine-tune): the family whose declared id
 * start is the longest one the id begins with. Never a guess from a substring elsewhere in the id.
 */
export function familyOfRawId(modelId: string): ModelFamily | undefined {
  return STARTS.find(([start]) => modelId.startsWith(start))?.[1];
}
