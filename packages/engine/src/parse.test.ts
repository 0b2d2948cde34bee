import { describe, expect, it } from 'vitest';
import { parseReadingRequest } from './parse.js';

describe('parseReadingRequest', () => {
  it('gives the text, age and parsed case of a valid request', () => {
    const r = parseReadingRequest({ text: 'L4-5 disc bulge.', age: 45, case: { age: 45, durationWeeks: 3 } });
    expect(r).toEqual({ ok: true, value: { text: 'L4-5 disc bulge.', age: 45, case: { age: 45, durationWeeks: 3 } } });
  });

  it('names every bad field at once, the case fields under /case', () => {
    const r = parseReadingRequest({ text: '', age: 'forty', case: { age: 44, bladder: 'maybe' } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path).sort()).toEqual(['/age', '/case/bladder', '/case/durationWeeks', '/text']);
    }
  });

  it('names a case that is not an object as /case', () => {
    const r = parseReadingRequest({ text: 'x', age: 40, case: 7 });
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['/case']);
  });
});
