import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceIdentifier } from './replace-identifier.js';

/** Every string in a JSON value (keys included). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

/** Every number in a JSON value, in order. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}

const replacement = 'pseudonym-0123abcd';

describe('replaceIdentifier', () => {
  it('replaces the id and references ending in it, and leaves numbers and longer strings alone', () => {
    const value = {
      age: 49,
      durationWeeks: 49,
      patientId: '49',
      subject: { reference: 'Patient/49' },
      fullUrl: 'https://ehr.example.org/fhir/Patient/49',
      urn: 'urn:uuid:49',
      other: 'Patient/149',
      text: 'seen 49 times',
      list: ['49', 49, '4949'],
      '49': 'key',
    };
    expect(replaceIdentifier(value, '49', replacement)).toEqual({
      age: 49,
      durationWeeks: 49,
      patientId: replacement,
      subject: { reference: `Patient/${replacement}` },
      fullUrl: `https://ehr.example.org/fhir/Patient/${replacement}`,
      urn: `urn:uuid:${replacement}`,
      other: 'Patient/149',
      text: 'seen 49 times',
      list: [replacement, 49, '4949'],
      [replacement]: 'key',
    });
  });

  it('never keeps a bare id or a reference to it, never alters a number, always gives valid JSON', () => {
    const id = fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.nat({ max: 200 }).map(String));
    fc.assert(
      fc.property(id, fc.jsonValue(), fc.jsonValue(), (id, a, b) => {
        // Plant the id inside other values too: alone, as a reference, as a number, inside text.
        const n = Number(id);
        const value = {
          a,
          b,
          id,
          ref: `Patient/${id}`,
          n: Number.isFinite(n) ? n + 0 : 0,
          text: `x${id}y`,
          nested: [{ [id]: id }],
        };
        const out = replaceIdentifier(value, id, replacement);
        const text = JSON.stringify(out);
        const stored = JSON.parse(text) as unknown;
        expect(JSON.stringify(stored)).toBe(text);
        for (const s of strings(out)) {
          expect(s === id || s.endsWith(`/${id}`) || s.endsWith(`:${id}`)).toBe(false);
        }
        expect(numbers(stored)).toEqual(numbers(JSON.parse(JSON.stringify(value))));
        expect((out as { text: string }).text).toBe(`x${id}y`);
      }),
    );
  });

  it('cannot be used to set a prototype through a key', () => {
    const out = replaceIdentifier(JSON.parse('{"__proto__": {"polluted": true}}'), 'x', replacement) as object;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
