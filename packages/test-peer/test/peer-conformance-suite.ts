import type { BedrockWrapperModelInfo } from '@bedrock-wrapper/ai-provider';
import { type Emulator, type RecordedRequest, startEmulator } from '@bedrock-wrapper/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffBodies, hasField, pathMatches } from './body-diff';
import {
  EMULATOR_GAPS,
  type Entry,
  KNOWN_DIFFERENCES,
  KNOWN_REJECTIONS,
  type Scope,
} from './peer-expectations';
import { catalogInfo, converseFamilies, PEER_MODELS } from './peer-models';
import { type Generation, PEER_LABEL, type RunResult, runScenario, type Side } from './peer-runners';
import { SCENARIOS } from './peer-scenarios';

interface Cell {
  generation: Generation;
  model: BedrockWrapperModelInfo;
  scenario: string;
}

/**
 * The conformance matrix of one generation, on one emulator: for every model and scenario, the peer's body and this
 * provider's (Converse, friendly name) are sent, each must be accepted unless a known rejection names the rule, and
 * their differences must all be known. Run the whole file: the last test checks that every entry of this generation
 * was seen.
 */
export function definePeerConformanceSuite(generation: Generation) {
  const state = {} as { emulator: Emulator };
  const used = new Set<string>();
  beforeAll(async () => {
    state.emulator = await startEmulator();
  });
  afterAll(async () => {
    await state.emulator?.close();
  });

  it('has one model of every family that has a Converse entry', () => {
    expect(PEER_MODELS.map(model => model.family).sort()).toEqual(converseFamilies());
    for (const model of PEER_MODELS) expect(catalogInfo(model.name).family).toBe(model.family);
  });

  describe.each(PEER_MODELS)(`${PEER_LABEL[generation]} vs this provider: $name`, target => {
    const model = catalogInfo(target.name);
    const scenarios = SCENARIOS.filter(scenario => scenario.applies(model));
    it.each(scenarios.map(scenario => [scenario.name, scenario] as const))('%s', async (name, scenario) => {
      const cell: Cell = { generation, model, scenario: name };
      const ours = await runScenario(generation, 'ours', state.emulator, target, scenario);
      const peer = await runScenario(generation, 'peer', state.emulator, target, scenario);
      const problems = [
        ...checkOutcome('peer', peer, cell, used),
        ...checkOutcome('ours', ours, cell, used),
        ...checkDifferences(ours, peer, cell, used),
      ];
      expect(problems, problems.join('\n')).toEqual([]);
    });
  });

  it('still sees every known difference, rejection and emulator defect of this generation', () => {
    const stale = [...KNOWN_DIFFERENCES, ...KNOWN_REJECTIONS, ...EMULATOR_GAPS]
      .filter(entry => !entry.generations || entry.generations.includes(generation))
      .map(entry => entry.id)
      .filter(id => !used.has(id));
    expect(stale, `no cell shows these any more; remove or correct them: ${stale.join(', ')}`).toEqual([]);
  });
}

/** Accepted unless a known rejection covers the cell; a known emulator gap must still be accepted. */
function checkOutcome(side: Side, result: RunResult, cell: Cell, used: Set<string>): string[] {
  const problems: string[] = [];
  const rejections = KNOWN_REJECTIONS.filter(entry => covers(entry.side, side) && inScope(entry, cell));
  const gaps = EMULATOR_GAPS.filter(entry => covers(entry.side, side) && inScope(entry, cell));
  const failed = result.requests.find(request => request.status !== 200);
  if (result.error) {
    const message = result.error.message;
    const rejection = rejections.find(entry => message.includes(entry.message));
    if (result.requests.length === 0) problems.push(`${side}: threw before sending anything: ${message}`);
    else if (!rejection)
      problems.push(`${side}: body rejected (HTTP ${failed?.status}) with no known rule: ${message}`);
    else used.add(rejection.id);
    for (const gap of gaps)
      problems.push(`${side}: the emulator now rejects it (${message}); emulator gap ${gap.id} is closed`);
  } else {
    if (failed) problems.push(`${side}: HTTP ${failed.status} without an error`);
    for (const rejection of rejections)
      problems.push(`${side}: accepted, but ${rejection.id} expects the emulator to reject it`);
    for (const gap of gaps) {
      const missing = gap.offending.filter(
        pattern => !result.requests.some(request => hasField(view(request), pattern)),
      );
      if (missing.length > 0)
        problems.push(
          `${side}: emulator gap ${gap.id} names ${missing.join(', ')}, which the body does not have`,
        );
      else used.add(gap.id);
    }
  }
  return problems;
}

/** Every field-level difference of each step must be a known difference of this cell. */
function checkDifferences(ours: RunResult, peer: RunResult, cell: Cell, used: Set<string>): string[] {
  const problems: string[] = [];
  const steps = Math.max(ours.requests.length, peer.requests.length);
  for (let step = 0; step < steps; step++) {
    for (const difference of diffBodies(view(ours.requests[step]), view(peer.requests[step]))) {
      const known = KNOWN_DIFFERENCES.find(
        entry =>
          inScope(entry, cell) &&
          entry.fields.some(
            field =>
              pathMatches(field.path, difference.path) &&
              field.ours.test(difference.ours) &&
              field.peer.test(difference.peer),
          ),
      );
      if (known) used.add(known.id);
      else
        problems.push(
          `unknown difference, step ${step}, ${difference.path || '(request)'}: ours ${show(difference.ours)}, peer ${show(difference.peer)}`,
        );
    }
  }
  return problems;
}

function view(request: RecordedRequest | undefined) {
  return request && { operation: request.operation, modelId: request.modelId, body: request.body };
}

function covers(entrySide: Side | 'both', side: Side): boolean {
  return entrySide === 'both' || entrySide === side;
}

function inScope(entry: Scope & Pick<Entry, 'id'>, cell: Cell): boolean {
  return (
    (!entry.generations || entry.generations.includes(cell.generation)) &&
    (!entry.scenarios || entry.scenarios.includes(cell.scenario)) &&
    (!entry.models || entry.models.includes(cell.model.name)) &&
    (!entry.families || entry.families.includes(cell.model.family)) &&
    (!entry.when || entry.when(cell.model))
  );
}

function show(value: unknown): string {
  const text = value === undefined ? '(absent)' : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}
