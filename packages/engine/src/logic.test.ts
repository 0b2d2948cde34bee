import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { and, atLeast, below, isOneOf, not, or, type Tri, yes } from './logic.js';

const tri = fc.constantFrom<Tri>(true, false, null);

describe('three-valued logic', () => {
  it('follows the Kleene truth tables', () => {
    expect(and(true, null)).toBe(null);
    expect(and(false, null)).toBe(false);
    expect(and(true, true)).toBe(true);
    expect(or(false, null)).toBe(null);
    expect(or(true, null)).toBe(true);
    expect(or(false, false)).toBe(false);
    expect(not(null)).toBe(null);
    expect(not(true)).toBe(false);
  });

  it('and/or of no operands are their identities', () => {
    expect(and()).toBe(true);
    expect(or()).toBe(false);
  });

  it('satisfies De Morgan for every combination', () => {
    fc.assert(
      fc.property(tri, tri, (a, b) => {
        expect(not(and(a, b))).toBe(or(not(a), not(b)));
        expect(not(or(a, b))).toBe(and(not(a), not(b)));
      }),
    );
  });

  it('reads an absent answer as unknown, never as no', () => {
    expect(yes(undefined)).toBe(null);
    expect(yes(false)).toBe(false);
    expect(isOneOf<'a' | 'b'>(undefined, ['a'])).toBe(null);
    expect(isOneOf<'a' | 'b'>('b', ['a'])).toBe(false);
    expect(atLeast(undefined, 6)).toBe(null);
    expect(atLeast(6, 6)).toBe(true);
    expect(below(undefined, 30)).toBe(null);
    expect(below(29.9, 30)).toBe(true);
  });
});
