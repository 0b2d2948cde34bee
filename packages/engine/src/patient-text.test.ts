import fc from 'fast-check';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import type { Assessment } from './assessment.js';
import type { Case } from './case.js';
import { evaluate } from './evaluate.js';
import { caseArbitrary } from './testing/arbitraries.js';
import { answered } from './testing/cases.js';

/**
 * What people read, measured (issue 8 §4): every patient-facing sentence of many assessments
 * (headline, next steps, missing questions and reasons, questions to ask) gets a Flesch–Kincaid
 * grade from the `flesch-kincaid` and `syllable` packages; the mean must be at most 8 and no sentence
 * above 14. Each piece of advice is said once, and no two missing answers give the same reason.
 */

const cases: Case[] = [
  ...fc.sample(caseArbitrary, { numRuns: 400, seed: 8 }),
  answered(38, 2),
  answered(60, 104, { legPain: 'both-legs', response: 'improving' }),
  answered(30, 0, { trauma: 'major' }),
  answered(64, 2, { bladder: 'retention', cancerHistory: 'past', mriContraindicated: true }),
  answered(16, 1, { saddleNumbness: true }),
  answered(71, 0, { collapse: true }),
  { age: 40, durationWeeks: 1 },
];
const assessments = cases.map((c) => evaluate(c));

/** The patient-facing strings of an assessment. */
function patientText(a: Assessment): string[] {
  return [a.headline, ...a.nextSteps, ...a.missing.flatMap((m) => [m.question, m.why]), ...a.questionsToAsk];
}

/** Split text into sentences at ., ? or ! followed by a space (or a colon that starts a list). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The Flesch–Kincaid grade of one sentence; words are runs with a letter (numbers are not scored). */
function grade(sentence: string): number {
  const words = sentence.split(/[\s—–/]+/).filter((w) => /[a-z]/i.test(w));
  const syllables = words.reduce((n, w) => n + syllable(w.replace(/[^a-z'-]/gi, '')), 0);
  return fleschKincaid({ sentence: 1, word: words.length, syllable: syllables });
}

describe('what people read', () => {
  const all = assessments.flatMap((a) => patientText(a).flatMap(sentences));
  const unique = [...new Set(all)];
  const graded = unique.map((s) => ({ s, grade: grade(s) }));

  it('grades many sentences', () => {
    expect(unique.length).toBeGreaterThan(100);
  });

  it('has a mean Flesch–Kincaid grade of at most 8, over distinct sentences and over every occurrence', () => {
    const gradeOf = new Map(graded.map((g) => [g.s, g.grade]));
    const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(graded.map((g) => g.grade))).toBeLessThanOrEqual(8);
    expect(mean(all.map((s) => gradeOf.get(s) ?? 0))).toBeLessThanOrEqual(8);
  });

  it('has no sentence above grade 14', () => {
    expect(graded.filter((g) => g.grade > 14)).toEqual([]);
  });

  it('says each piece of advice once', () => {
    for (const a of assessments) {
      const said = a.nextSteps.flatMap(sentences);
      expect(new Set(said).size, a.nextSteps.join('\n')).toBe(said.length);
      expect(a.headline.match(/would not help|not likely to help/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });

  it('gives each missing answer its own reason', () => {
    for (const a of assessments) {
      const whys = a.missing.map((m) => m.why);
      expect(new Set(whys).size).toBe(whys.length);
    }
  });

  it('a question about weakness, numbness or walking gives its own reason, not the blood-thinner one', () => {
    const a = evaluate({ age: 50, durationWeeks: 2 });
    for (const field of ['weakness', 'numbness', 'gaitDisturbance'] as const) {
      const why = a.missing.find((m) => m.field === field)?.why ?? '';
      expect(why, field).not.toMatch(/blood thinner/);
      expect(why.length, field).toBeGreaterThan(0);
    }
  });

  it('the steroid question does not give the fever reason when fever is known to be absent', () => {
    const a = evaluate({ age: 50, durationWeeks: 2, fever: false });
    const why = a.missing.find((m) => m.field === 'steroidUse')?.why ?? '';
    expect(why).toMatch(/steroid/);
    expect(why).not.toMatch(/fever|urgent/);
  });

  it('never asks a question that cannot be answered yes', () => {
    const fields = (c: Case) => evaluate(c).missing.map((m) => m.field);
    expect(fields({ age: 60, durationWeeks: 20 })).not.toContain('inflammatoryPattern');
    expect(fields({ age: 30, durationWeeks: 8 })).not.toContain('inflammatoryPattern');
    expect(fields({ age: 30, durationWeeks: 20 })).toContain('inflammatoryPattern');
    expect(fields({ age: 50, durationWeeks: 20, conservativeCareWeeks: 0, interventionCandidate: true })).not.toContain(
      'response',
    );
    expect(fields({ age: 50, durationWeeks: 20, legPain: 'none', numbness: false, weakness: 'none' })).not.toContain(
      'legSymptomWeeks',
    );
  });

  it('after a high-energy injury, says to keep still and call, not to go to an emergency department', () => {
    const a = evaluate(answered(30, 0, { trauma: 'major' }));
    const text = [a.headline, ...a.nextSteps].join(' ');
    expect(text).toMatch(/keep still/);
    expect(text).not.toMatch(/go to an emergency department/i);
    expect(a.nextSteps[0]).toMatch(/^Call your local emergency number now/);
  });

  it('when MRI is impossible, explains what CT can and cannot show and never praises the MRI it cannot have', () => {
    const c = answered(60, 2, { cancerHistory: 'past', mriContraindicated: true });
    delete (c as Partial<Case>).egfr;
    const a = evaluate(c);
    const text = a.nextSteps.join(' ');
    expect(a.recommended[0]).toMatch(/^ct-/);
    expect(text).not.toMatch(/MRI is the scan that can/);
    expect(text).toMatch(/CT shows bones well but/);
    const egfr = a.missing.find((m) => m.field === 'egfr');
    expect(egfr?.why).toBeDefined();
    expect(egfr?.why).not.toMatch(/MRI/);
  });

  it('an emergency says once not to wait, and the no-imaging headline says once that a scan would not help', () => {
    const emergency = evaluate(answered(40, 1, { saddleNumbness: true }));
    expect(emergency.nextSteps.join(' ').match(/Do not wait/g)).toHaveLength(1);
    const none = evaluate(answered(40, 1));
    expect(none.headline.match(/scan/g)).toHaveLength(1);
    expect(none.nextSteps.join(' ').match(/bed rest/g)).toHaveLength(1);
    expect(none.nextSteps.join(' ').match(/heat/g)).toHaveLength(1);
    expect(none.nextSteps.join(' ').match(/anti-inflammatory/g)).toHaveLength(1);
  });
});
