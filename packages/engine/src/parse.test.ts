import { describe, expect, it } from 'vitest';
import { parseCase, parseReadingRequest } from './parse.js';

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

describe('field errors say their kind, so any language can word them', () => {
  const errorsOf = (input: unknown) => {
    const parsed = parseCase(input);
    return parsed.ok ? [] : parsed.errors.map(({ path, kind, limit, fields }) => ({ path, kind, limit, fields }));
  };
  it.each([
    [{ durationWeeks: 2 }, { path: '/age', kind: 'required' }],
    [
      { age: 200, durationWeeks: 2 },
      { path: '/age', kind: 'too-large', limit: 130 },
    ],
    [
      { age: 40, durationWeeks: -1 },
      { path: '/durationWeeks', kind: 'too-small', limit: 0 },
    ],
    [
      { age: 40.5, durationWeeks: 2 },
      { path: '/age', kind: 'not-an-integer' },
    ],
    [
      { age: 40, durationWeeks: 2, bladder: 'sometimes' },
      { path: '/bladder', kind: 'not-allowed' },
    ],
    [
      { age: 40, durationWeeks: 2, fevr: true },
      { path: '/fevr', kind: 'unknown-field' },
    ],
    [
      { age: 40, durationWeeks: 2, pregnant: true, sex: 'male' },
      { path: '/pregnant', kind: 'impossible', fields: ['pregnant', 'sex'] },
    ],
  ])('%j → %j', (input, expected) => {
    expect(errorsOf(input)).toEqual([{ limit: undefined, fields: undefined, ...expected }]);
  });
});
