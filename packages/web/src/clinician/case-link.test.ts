import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCaseLink } from './case-link.js';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('decodeCaseLink', () => {
  it('reads the case a CDS Hooks card puts in its link', () => {
    expect(decodeCaseLink(encode({ age: 49, durationWeeks: 17.1, sex: 'female' }))).toEqual({
      age: 49,
      durationWeeks: 17.1,
      sex: 'female',
    });
  });

  it('keeps non-ASCII text intact (UTF-8)', () => {
    expect(decodeCaseLink(encode({ note: 'dolor lumbar — señal' }))).toEqual({ note: 'dolor lumbar — señal' });
  });

  it('round-trips any JSON object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        expect(decodeCaseLink(encode(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('gives undefined for text that is not a case link', () => {
    expect(decodeCaseLink('not base64!')).toBeUndefined();
    expect(decodeCaseLink(encode([1, 2]))).toBeUndefined();
    expect(decodeCaseLink(encode('text'))).toBeUndefined();
    expect(decodeCaseLink(Buffer.from('{"age":').toString('base64url'))).toBeUndefined();
  });
});
