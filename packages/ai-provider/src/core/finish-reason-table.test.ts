import { describe, expect, it } from 'vitest';
import { finishReasonOf } from './finish-reason-table';

describe('finishReasonOf', () => {
  const table = { end_turn: 'stop', max_tokens: 'length' } as const;

  it.each([
    ['end_turn', 'stop'],
    ['max_tokens', 'length'],
    ['a_reason_from_next_year', 'other'],
    // Names of Object.prototype members are reasons like any other, not table entries.
    ['constructor', 'other'],
    ['toString', 'other'],
    [null, 'unknown'],
    [undefined, 'unknown'],
  ] as const)('%s -> %s', (reason, expected) => {
    expect(finishReasonOf(reason, table)).toBe(expected);
  });
});
