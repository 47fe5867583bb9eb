import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Shape, shapeMismatch } from './response-shape';

const SHAPE: Shape = {
  text: 'string',
  count: 'number',
  data: 'bytes',
  items: [{ name: 'string' }],
  nested: { flag: 'boolean', anything: 'unknown' },
};

describe('shapeMismatch', () => {
  it('passes a value with every field of the right type, absent or null', () => {
    expect(
      shapeMismatch(
        {
          text: 'a',
          count: 1,
          data: 'AAAA',
          items: [{ name: 'x' }, null],
          nested: { flag: true, anything: [1] },
        },
        SHAPE,
        'v',
      ),
    ).toBeUndefined();
    expect(shapeMismatch({}, SHAPE, 'v')).toBeUndefined();
    expect(shapeMismatch({ text: null, items: null, nested: null }, SHAPE, 'v')).toBeUndefined();
    expect(shapeMismatch({ data: new Uint8Array([1]) }, SHAPE, 'v')).toBeUndefined();
  });

  it('passes fields it does not name, whatever they hold', () => {
    expect(shapeMismatch({ extra: 5, nested: { other: 'x' } }, SHAPE, 'v')).toBeUndefined();
  });

  it.each([
    [42, 'v: a number, expected an object'],
    [null, 'v: null, expected an object'],
    [[], 'v: an array, expected an object'],
    [{ text: 5 }, 'v.text: a number, expected a string'],
    [{ count: '5' }, 'v.count: a string, expected a number'],
    [{ data: 5 }, 'v.data: a number, expected bytes'],
    [{ items: {} }, 'v.items: an object, expected an array'],
    [{ items: [{ name: 'a' }, { name: [] }] }, 'v.items[1].name: an array, expected a string'],
    [{ nested: 'x' }, 'v.nested: a string, expected an object'],
    [{ nested: { flag: 'yes' } }, 'v.nested.flag: a string, expected a boolean'],
  ])('names where %j differs: %s', (value, message) => {
    expect(shapeMismatch(value, SHAPE, 'v')).toBe(message);
  });

  it('fails exactly the values a plain reading of the shape rejects (random values, mostly of the right shape)', () => {
    fc.assert(
      fc.property(arbitraryOf(SHAPE), value => {
        expect(shapeMismatch(value, SHAPE, 'v') === undefined).toBe(fits(value, SHAPE));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The shape's rules read literally: every named field absent, null or of its type; arrays item by item. */
function fits(value: unknown, shape: Shape): boolean {
  if (shape === 'unknown') return true;
  if (shape === 'bytes') return typeof value === 'string' || value instanceof Uint8Array;
  if (typeof shape === 'string') return typeof value === shape;
  if (Array.isArray(shape))
    return Array.isArray(value) && value.every(item => item == null || fits(item, shape[0] as Shape));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(shape).every(([field, inner]) => {
    const item = (value as Record<string, unknown>)[field];
    return item == null || fits(item, inner as Shape);
  });
}

/** Values that follow `shape`, with any field sometimes replaced by anything at all. */
function arbitraryOf(shape: Shape): fc.Arbitrary<unknown> {
  const other = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.jsonValue(),
    fc.uint8Array({ maxLength: 2 }),
  );
  let right: fc.Arbitrary<unknown>;
  if (shape === 'string' || shape === 'bytes') right = fc.string();
  else if (shape === 'number') right = fc.double();
  else if (shape === 'boolean') right = fc.boolean();
  else if (shape === 'unknown') right = fc.jsonValue();
  else if (Array.isArray(shape)) right = fc.array(arbitraryOf(shape[0] as Shape), { maxLength: 3 });
  else
    right = fc.record(
      Object.fromEntries(Object.entries(shape).map(([field, inner]) => [field, arbitraryOf(inner as Shape)])),
      { requiredKeys: [] },
    );
  return fc.oneof({ arbitrary: right, weight: 4 }, { arbitrary: other, weight: 1 });
}
