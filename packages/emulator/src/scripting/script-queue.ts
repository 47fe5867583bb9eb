import type { BedrockOperation, ScriptedBehaviour } from '../emulator-types';

interface QueuedBehaviour {
  behaviour: ScriptedBehaviour;
  remaining: number;
}

/** Behaviours queued with `script()`, used first-in first-out by the calls that match them. */
export class ScriptQueue {
  private queue: QueuedBehaviour[] = [];

  push(behaviours: ScriptedBehaviour[]): void {
    for (const behaviour of behaviours)
      this.queue.push({ behaviour, remaining: Math.max(1, behaviour.times ?? 1) });
  }

  clear(): void {
    this.queue = [];
  }

  /** Takes the first behaviour matching this call (and uses up one of its `times`). */
  take(operation: BedrockOperation, modelId: string): ScriptedBehaviour | undefined {
    const index = this.queue.findIndex(({ behaviour }) => matches(behaviour, operation, modelId));
    if (index < 0) return undefined;
    const entry = this.queue[index]!;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.queue.splice(index, 1);
    return entry.behaviour;
  }
}

function matches(behaviour: ScriptedBehaviour, operation: BedrockOperation, modelId: string): boolean {
  const match = behaviour.match;
  if (!match) return true;
  if (match.operation !== undefined) {
    const operations = Array.isArray(match.operation) ? match.operation : [match.operation];
    if (!operations.includes(operation)) return false;
  }
  return match.modelId === undefined || match.modelId === modelId;
}
