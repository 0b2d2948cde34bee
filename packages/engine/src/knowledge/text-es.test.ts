import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate.js';
import { caseArbitrary } from '../testing/arbitraries.js';
import { answered } from '../testing/cases.js';
import { knowledgeFor, languages } from './languages.js';
import type { TextBundle } from './text.js';
import { spanish } from './text-es.js';

const en = knowledgeFor('en');
const es = knowledgeFor('es');

/** Every string of a bundle, keyed by where it is. */
function strings(bundle: TextBundle): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) walk(v, `${path}/${k}`);
  };
  walk(bundle, '');
  return out;
}

describe('Spanish', () => {
  it('offers English and Spanish', () => {
    expect(languages).toEqual(['en', 'es']);
  });

  it('gives the same assessment in Spanish words: ids, urgency, imaging and fields unchanged', () => {
    const cases = [
      ...fc.sample(caseArbitrary, { numRuns: 200, seed: 12 }),
      answered(30, 0, { trauma: 'major' }),
      answered(40, 2, { weakness: 'none', weaknessWorsening: true }),
    ];
    for (const c of cases) {
      const a = evaluate(c, en);
      const b = evaluate(c, es);
      const ids = (x: typeof a) => ({
        urgency: x.urgency,
        recommended: x.recommended,
        acrVariant: x.acrVariant,
        redFlags: x.redFlags.map((f) => f.id),
        missing: x.missing.map((m) => m.field),
        trace: x.trace,
        conflicts: x.conflicts.map((k) => k.fields),
        steps: x.nextSteps.length,
      });
      expect(ids(b)).toEqual(ids(a));
    }
  });

  it('is Spanish where a person reads it', () => {
    const a = evaluate(answered(40, 1, { saddleNumbness: true }), es);
    expect(a.headline).toMatch(/^Vaya ahora a una sala de emergencias/);
    expect(a.redFlags[0]?.label).toMatch(/Entumecimiento/);
    const b = evaluate({ age: 40, durationWeeks: 1 }, es);
    expect(b.missing[0]?.question).toMatch(/^¿/);
    expect(b.missing[0]?.why).toMatch(/^Podría volver esto una emergencia/);
    expect(b.questionsToAsk[0]).toMatch(/^¿/);
    expect(evaluate(answered(40, 2, { weakness: 'none', weaknessWorsening: true }), es).conflicts[0]?.message).toMatch(
      /debilidad/,
    );
  });

  it('matches the English line by line: the same numbers, and every emergency line says emergencia', () => {
    const english = strings(en.text);
    const castellano = strings(spanish);
    expect([...castellano.keys()].sort()).toEqual([...english.keys()].sort());
    const numbers = (s: string) => (s.match(/\d+/g) ?? []).sort();
    for (const [path, text] of english) {
      const es = castellano.get(path) ?? '';
      expect(numbers(es), path).toEqual(numbers(text));
      if (/emergency/i.test(text)) expect(es, path).toMatch(/emergencia/i);
      for (const placeholder of ['{because}', '{Because}', '{level}', '{why}'])
        expect(es.includes(placeholder), `${path} ${placeholder}`).toBe(text.includes(placeholder));
    }
  });

  it('rejects a Spanish bundle with a string missing (compile time)', () => {
    const { 'go-now': _, ...advice } = spanish.advice;
    // @ts-expect-error every advice id needs its Spanish words
    const incomplete: TextBundle = { ...spanish, advice };
    expect(Object.keys(incomplete.advice)).not.toContain('go-now');
  });
});
