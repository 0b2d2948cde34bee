import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from './assessment.js';
import type { Case, CaseField } from './case.js';
import { evaluate } from './evaluate.js';
import { redFlags } from './knowledge/red-flags.js';
import { sources } from './knowledge/sources.js';
import { urgencies } from './knowledge/urgency.js';
import { parseCase } from './parse.js';
import { adultCaseArbitrary, caseArbitrary } from './testing/arbitraries.js';

/** For each red-flag question, the answers that mean "yes". */
const yesAnswers: Partial<Record<CaseField, readonly unknown[]>> = {
  trauma: ['minor', 'major'],
  legPain: ['one-leg', 'both-legs'],
  weakness: ['mild', 'severe'],
  bladder: ['new-dysfunction', 'retention'],
  cancerHistory: ['past', 'active'],
  response: ['worsening'],
  legSymptomWeeks: [0],
};
const noAnswers: Partial<Record<CaseField, unknown>> = {
  trauma: 'none',
  legPain: 'none',
  weakness: 'none',
  bladder: 'normal',
  cancerHistory: 'none',
};
const redFlagQuestions = [...new Set(redFlags.flatMap((r) => [...r.reads]))].filter(
  (f) => f !== 'age' && f !== 'sex' && f !== 'clinicianSuspects',
);
const answerYes = fc
  .constantFrom(...redFlagQuestions)
  .chain((field) => fc.tuple(fc.constant(field), fc.constantFrom(...(yesAnswers[field] ?? [true]))));

const cesFeature = fc.constantFrom<Partial<Case>>(
  { saddleNumbness: true },
  { bladder: 'new-dysfunction' },
  { bladder: 'retention' },
  { bowelIncontinence: true },
  { sexualDysfunction: true },
  { legPain: 'both-legs', legSymptomsWorsening: true },
  { legPain: 'both-legs', legSymptomWeeks: 1 },
);

const rank = (c: Case) => urgencies[evaluate(c).urgency].rank;

describe('safety invariants', () => {
  it('answering any red-flag question "yes" never lowers the urgency', () => {
    fc.assert(
      fc.property(caseArbitrary, answerYes, (c, [field, value]) => {
        const before = { ...c } as Record<string, unknown>;
        if (before[field] !== undefined && before[field] !== (noAnswers[field] ?? false)) return; // already yes
        const after = { ...c, [field]: value } as Case;
        expect(rank(after)).toBeGreaterThanOrEqual(rank(c));
      }),
      { numRuns: 2000 },
    );
  });

  it('any cauda equina feature makes an adult case an emergency, whatever else is known', () => {
    fc.assert(
      fc.property(adultCaseArbitrary, cesFeature, (c, feature) => {
        const a = evaluate({ ...c, ...feature });
        expect(a.urgency).toBe('emergency');
        expect(a.suspected).toContain('cauda-equina-syndrome');
      }),
    );
  });

  it('no red flags and under 6 weeks means no imaging (prior lumbar surgery aside: ACR variant 5)', () => {
    fc.assert(
      fc.property(adultCaseArbitrary, (c) => {
        const a = evaluate(c);
        if (a.redFlags.length > 0 || c.durationWeeks >= 6 || c.priorLumbarSurgery === true) return;
        expect(a.urgency).toBe('none');
        expect(a.recommended).toEqual([]);
        expect([1, 2]).toContain(a.acrVariant);
      }),
      { numRuns: 2000 },
    );
  });

  it('every assessment validates against the assessment schema', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const result = AssessmentSchema.safeParse(evaluate(c));
        expect(result.success ? [] : result.error.issues).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('every trace entry cites a source that exists and is listed', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const a = evaluate(c);
        expect(a.trace.length).toBeGreaterThan(0);
        const listed = new Set(a.sources.map((s) => s.id));
        for (const t of a.trace) {
          expect(Object.keys(sources)).toContain(t.source);
          expect(listed.has(t.source)).toBe(true);
        }
      }),
    );
  });

  it('missing lists only unanswered fields, once each', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const a = evaluate(c);
        const fields = a.missing.map((m) => m.field);
        expect(new Set(fields).size).toBe(fields.length);
        const reasked = new Set(a.conflicts.flatMap((x) => x.fields));
        for (const f of fields) if (!reasked.has(f)) expect(c[f]).toBeUndefined();
      }),
    );
  });

  it('an emergency or urgent case always says how to get help now; others always carry the emergency warning', () => {
    fc.assert(
      fc.property(adultCaseArbitrary, (c) => {
        const a = evaluate(c);
        const text = a.nextSteps.join(' ');
        expect(text).toMatch(/emergency department|emergency number/);
        expect(a.disclaimer).toMatch(/does not diagnose/);
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        expect(evaluate(c)).toEqual(evaluate(c));
      }),
    );
  });
});

describe('untrusted input', () => {
  it('arbitrary JSON gives a validation error or a valid case, never a crash', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const parsed = parseCase(json);
        if (parsed.ok) expect(() => evaluate(parsed.value)).not.toThrow();
        else expect(parsed.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('a valid case with one field corrupted names that field', () => {
    // The value that once failed this (seed -32479631): age 0 beside 52.00000000000001 weeks of pain.
    const once = parseCase({ age: 0, durationWeeks: 52.00000000000001 });
    expect(once.ok === false && once.errors.some((e) => (e.fields ?? []).includes('age'))).toBe(true);
    const junk = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer()));
    fc.assert(
      fc.property(
        caseArbitrary,
        fc.constantFrom<CaseField>('age', 'durationWeeks', 'bladder', 'fever', 'egfr'),
        junk,
        (c, field, value) => {
          const { conservativeCareWeeks: _, ...rest } = c; // keep the cross-field check out of the way
          const parsed = parseCase({ ...rest, [field]: value });
          if (parsed.ok) return; // the junk happened to be valid
          // Named by its path, or (a value valid alone, such as age 0 beside a year of pain) as one of
          // the fields of an impossible combination.
          const named = parsed.errors.some((e) => e.path === `/${field}` || (e.fields ?? []).includes(field));
          expect(named, JSON.stringify(parsed.errors)).toBe(true);
          for (const e of parsed.errors) expect(e.expected.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('an unknown key is rejected by name, so a typo cannot drop a red flag', () => {
    const parsed = parseCase({ age: 40, durationWeeks: 2, saddleNumbnes: true });
    expect(parsed).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: '/saddleNumbnes', message: expect.stringContaining('unknown field') })],
    });
  });

  it('a missing required field says it is required', () => {
    const parsed = parseCase({ durationWeeks: 2 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors).toEqual([
        expect.objectContaining({ path: '/age', message: expect.stringMatching(/^required/) }),
      ]);
  });

  it('care longer than the pain is an error on conservativeCareWeeks', () => {
    const parsed = parseCase({ age: 40, durationWeeks: 2, conservativeCareWeeks: 3 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.path)).toEqual(['/conservativeCareWeeks']);
  });

  it('names both fields of an impossible combination', () => {
    const errors = (input: unknown) => {
      const parsed = parseCase(input);
      return parsed.ok ? [] : parsed.errors;
    };
    const male = errors({ age: 40, durationWeeks: 2, sex: 'male', pregnant: true });
    expect(male).toHaveLength(1);
    expect(male[0]?.message).toMatch(/pregnant.*sex/);
    const lifetime = errors({ age: 20, durationWeeks: 2000 });
    expect(lifetime).toHaveLength(1);
    expect(lifetime[0]?.message).toMatch(/durationWeeks.*age/);
    const care = errors({ age: 40, durationWeeks: 2, conservativeCareWeeks: 3 });
    expect(care[0]?.message).toMatch(/conservativeCareWeeks.*durationWeeks/);
    for (const e of [...male, ...lifetime, ...care]) expect(e.message).not.toMatch(/expected expected/);
    expect(errors({ age: 40, durationWeeks: 2, sex: 'female', pregnant: true })).toEqual([]);
  });

  it('says out-of-range numbers in human terms', () => {
    const message = (input: unknown) => {
      const parsed = parseCase(input);
      return parsed.ok ? '' : parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
    };
    expect(message({ age: 1e20, durationWeeks: 1 })).toBe('/age: expected at most 130');
    expect(message(JSON.parse('{"age":1e400,"durationWeeks":1}'))).toMatch(/^\/age: too large/);
    expect(message(JSON.parse('{"age":40,"durationWeeks":-1e400}'))).toMatch(/^\/durationWeeks: too small/);
    expect(message(JSON.parse('{"age":40,"durationWeeks":1,"egfr":1e400}'))).not.toMatch(/of type number/);
    expect(message({ age: 40, durationWeeks: 1, egfr: 1e300 })).not.toMatch(/9007199254740991/);
  });
});
