import '../families/family-handlers';
import '../models/model-table';
import { type BedrockRule, registeredRules } from './rules';

/** Every rule the emulator enforces, with its sources (the validators declare them when loaded). */
export function allEmulatorRules(): BedrockRule[] {
  return registeredRules().sort((a, b) => a.id.localeCompare(b.id));
}
