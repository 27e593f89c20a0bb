import { describe, expect, it } from 'vitest';
import { overlap } from './overlap.ts';

describe('overlap', () => {
  it('clips each token to the count the other side has', () => {
    expect(overlap(['a', 'a', 'a', 'b'], ['a', 'c'])).toEqual({ recall: 0.5, precision: 0.25, f1: 1 / 3 });
  });

  it('scores equal bags 1 in any order, and empty sides 0', () => {
    expect(overlap(['x', 'y', 'y'], ['y', 'x', 'y']).f1).toBe(1);
    expect(overlap([], ['x'])).toEqual({ recall: 0, precision: 0, f1: 0 });
    expect(overlap([], [])).toEqual({ recall: 0, precision: 0, f1: 0 });
  });
});
