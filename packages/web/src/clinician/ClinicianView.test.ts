import { caseFields, evaluate, parseCase } from '@spine-advisor/engine';
import { describe, expect, it } from 'vitest';
import { en } from '../text/en.js';
import { englishWords } from '../text/english-words.js';
import { es } from '../text/es.js';
import { knowledgeFor } from '../text/knowledge.js';
import { becauseInWords, chartText } from './ClinicianView.js';

const cases = [
  { age: 64, durationWeeks: 2, cancerHistory: 'past', legPain: 'both-legs' },
  { age: 30, durationWeeks: 1, fever: true, ivDrugUse: true, clinicianSuspects: ['infection', 'fracture'] },
  { age: 72, durationWeeks: 26, legPain: 'both-legs', legSymptomWeeks: 26, response: 'unchanged' },
];

describe('clinician view in words', () => {
  it('says every trace entry’s facts with field labels and values in words, in both languages', () => {
    for (const input of cases) {
      const parsed = parseCase(input);
      if (!parsed.ok) throw new Error('test case is invalid');
      for (const [lang, text] of [
        ['en', en],
        ['es', es],
      ] as const) {
        const a = evaluate(parsed.value, knowledgeFor(lang));
        expect(a.trace.length).toBeGreaterThan(0);
        for (const entry of a.trace) {
          const words = becauseInWords(entry.because, text, lang);
          expect(words, entry.because).toBeDefined();
          // Field ids in camelCase are never shown (one-word ids such as "fever" are also words).
          const ids = caseFields.filter((f) => /[A-Z]/.test(f) && (words ?? '').includes(f));
          expect({ rule: entry.rule, ids }).toEqual({ rule: entry.rule, ids: [] });
          if (lang === 'es') expect(words).not.toMatch(/\bunknown\b|\btrue\b|\bfalse\b/);
        }
      }
    }
  });

  it('leaves a fact it cannot read as it is (shown as code) rather than guess', () => {
    expect(becauseInWords('age = 64, something else', en, 'en')).toBeUndefined();
    expect(becauseInWords('suspected conditions', es, 'es')).toBe(es.clinician.suspectedConditions);
    expect(becauseInWords('legPain = both-legs, age = 64', en, 'en')).toBe(
      'Leg pain below the knee: both legs; Age (years): 64',
    );
    expect(becauseInWords('legPain = both-legs, age = 64', es, 'es')).toBe(
      'Dolor en la pierna por debajo de la rodilla: las dos piernas; Edad (años): 64',
    );
  });

  it('writes the chart in Spanish, apart from rule and source ids', () => {
    const parsed = parseCase(cases[0]);
    if (!parsed.ok) throw new Error('test case is invalid');
    const chart = chartText(evaluate(parsed.value, knowledgeFor('es')), es, 'es');
    const prefix = es.clinician.chartLines.rules('');
    const lines = chart.split('\n').filter((l) => !l.startsWith(prefix.slice(0, -1)));
    expect(lines.filter((l) => englishWords.test(l))).toEqual([]);
    expect(chart).toContain(es.clinician.fields.egfr);
  });
});
