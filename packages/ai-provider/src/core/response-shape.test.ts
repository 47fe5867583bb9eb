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
});
