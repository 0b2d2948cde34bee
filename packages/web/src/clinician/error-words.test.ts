import { parseCase } from '@spine-advisor/engine';
import { describe, expect, it } from 'vitest';
import { en } from '../text/en.js';
import { englishWords } from '../text/english-words.js';
import { es } from '../text/es.js';
import { errorInWords } from './error-words.js';

/** Every error of an invalid case, in words. */
function inWords(input: Record<string, unknown>, lang: 'en' | 'es') {
  const parsed = parseCase(input);
  if (parsed.ok) throw new Error('expected an invalid case');
  return parsed.errors.map((e) => errorInWords(e, lang === 'en' ? en : es, lang));
}

describe('field errors in the page’s words', () => {
  const invalid = [
    { age: 200, durationWeeks: 2 },
    { age: 40.5, durationWeeks: 2 },
    { age: 40, durationWeeks: -1 },
    { age: 40, durationWeeks: 2, egfr: 900 },
    { age: 40, durationWeeks: 2, pregnant: true, sex: 'male' },
    { age: 40, durationWeeks: 2, conservativeCareWeeks: 6 },
    { age: 20, durationWeeks: 3000 },
    { durationWeeks: 2 },
  ];

  it('names each bad field by its label and says what is wrong, from the kind of error the engine reports', () => {
    expect(inWords({ age: 200, durationWeeks: 2 }, 'en')).toEqual([
      { field: en.clinician.fields.age, problem: 'at most 130' },
    ]);
    expect(inWords({ age: 200, durationWeeks: 2 }, 'es')).toEqual([
      { field: es.clinician.fields.age, problem: 'como máximo 130' },
    ]);
    expect(inWords({ age: 40.5, durationWeeks: 2 }, 'es')[0]?.problem).toBe(es.clinician.errors.wholeNumber);
    expect(inWords({ age: 40, durationWeeks: -1 }, 'en')[0]?.problem).toBe('at least 0');
    expect(inWords({ age: 40, durationWeeks: 2, pregnant: true, sex: 'male' }, 'es')).toEqual([
      { field: es.clinician.fields.pregnant, problem: es.clinician.errors.together(es.clinician.fields.sex) },
    ]);
    expect(inWords({ age: 40, durationWeeks: 2, conservativeCareWeeks: 6 }, 'en')[0]).toEqual({
      field: en.clinician.fields.conservativeCareWeeks,
      problem: en.clinician.errors.together(en.clinician.fields.durationWeeks),
    });
    expect(inWords({ durationWeeks: 2 }, 'es')[0]).toEqual({ field: es.clinician.fields.age, problem: 'obligatorio' });
  });

  it('never shows English on a Spanish page, and every error is worded', () => {
    for (const input of invalid) {
      for (const { field, problem } of inWords(input, 'es')) {
        expect(`${field}: ${problem}`).not.toMatch(englishWords);
        expect(problem).not.toBe(es.clinician.errors.invalid);
      }
    }
  });
});
