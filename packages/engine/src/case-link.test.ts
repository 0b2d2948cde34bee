import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCaseLink, encodeCaseLink } from './case-link.js';

describe('case link', () => {
  it('round-trips any JSON value, any Unicode text included', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const encoded = encodeCaseLink(value);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeCaseLink(encoded)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('is standard base64url: the same text as Node’s Buffer gives', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string({ unit: 'grapheme' }), fc.integer())), (value) => {
        expect(encodeCaseLink(value)).toBe(Buffer.from(JSON.stringify(value), 'utf8').toString('base64url'));
      }),
    );
  });

  it('reads a case link; refuses what is not base64url JSON', () => {
    expect(decodeCaseLink(encodeCaseLink({ age: 45, durationWeeks: 2, sex: 'female' }))).toEqual({
      age: 45,
      durationWeeks: 2,
      sex: 'female',
    });
    expect(decodeCaseLink('not base64!')).toBeUndefined();
    expect(decodeCaseLink('A')).toBeUndefined();
    expect(decodeCaseLink(Buffer.from('{"age":', 'utf8').toString('base64url'))).toBeUndefined();
    expect(decodeCaseLink(Buffer.from([0xff, 0xfe]).toString('base64url'))).toBeUndefined();
  });
});
