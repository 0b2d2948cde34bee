import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from './json-text.js';

describe('parseJsonText', () => {
  it('rejects a key given twice, naming it: a later "no" never hides a "yes"', () => {
    const result = parseJsonText('{"age":52,"saddleNumbness":true,"saddleNumbness":false}');
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '/saddleNumbness', expected: 'each key once', message: 'key "saddleNumbness" is given twice' }],
    });
  });

  it('names nested duplicates by their JSON pointer, through arrays and escaped keys', () => {
    const text = '{"context":{"draftOrders":{"entry":[{"a":1},{"resource":{"id":"x","a\\/b":1,"a/b":2}}]}}}';
    const result = parseJsonText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('/context/draftOrders/entry/1/resource/a~1b');
  });

  it('does not confuse values, strings with quotes and keys of sibling objects with duplicates', () => {
    const text = '{"a":"a","b":["a","a"],"c":{"a":1},"d":{"a":2},"e":"say \\"a\\":1","f\\\\":1,"g":[{"a":1},{"a":1}]}';
    expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('rejects a __proto__ key anywhere', () => {
    const result = parseJsonText('{"case":{"__proto__":{"polluted":true}}}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('/case/__proto__');
  });

  it('says what is wrong with text that is not JSON', () => {
    const result = parseJsonText('{"age": 52,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/^not valid JSON/);
  });

  const noProto = fc.jsonValue().filter((v) => !JSON.stringify(v).includes('"__proto__"'));

  it('property: every valid JSON document without duplicates is accepted unchanged', () => {
    fc.assert(
      fc.property(noProto, (v) => {
        const text = JSON.stringify(v, null, 1);
        expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text) });
      }),
    );
  });

  it('property: any key duplicated in any object is rejected, named by that key', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), noProto, { minKeys: 1 }),
        fc.nat(),
        noProto,
        fc.array(fc.string(), { maxLength: 3 }),
        (object, pick, other, outer) => {
          const keys = Object.keys(object);
          const key = keys[pick % keys.length] ?? '';
          fc.pre(key !== '__proto__' && outer.every((k) => k !== '__proto__'));
          const inner = `{${JSON.stringify(object).slice(1, -1)},${JSON.stringify(key)}:${JSON.stringify(other)}}`;
          const text = outer.reduceRight((acc, k) => `{${JSON.stringify(k)}:[${acc}]}`, inner);
          const result = parseJsonText(text);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.errors[0]?.message).toBe(`key ${JSON.stringify(key)} is given twice`);
        },
      ),
    );
  });
});
