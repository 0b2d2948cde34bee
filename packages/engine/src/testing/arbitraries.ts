import fc from 'fast-check';
import type { Case } from '../case.js';
import { conditionIds } from '../knowledge/conditions.js';
import { thresholds } from '../knowledge/thresholds.js';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const bool = maybe(fc.boolean());

/**
 * Any valid case, each optional field answered or left unknown. Used by property tests and the
 * benchmark. Test data only.
 */
export const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    age: fc.integer({ min: 0, max: 105 }),
    durationWeeks: fc.double({ min: 0, max: 520, noNaN: true, noDefaultInfinity: true }),
    sex: maybe(fc.constantFrom('female', 'male', 'other')),
    pregnant: bool,
    trauma: maybe(fc.constantFrom('none', 'minor', 'major')),
    legPain: maybe(fc.constantFrom('none', 'one-leg', 'both-legs')),
    legSymptomWeeks: maybe(fc.double({ min: 0, max: 520, noNaN: true, noDefaultInfinity: true })),
    legSymptomsWorsening: bool,
    suddenSeverePain: bool,
    collapse: bool,
    aorticAneurysm: bool,
    weakness: maybe(fc.constantFrom('none', 'mild', 'severe')),
    weaknessWorsening: bool,
    numbness: bool,
    reflexLoss: bool,
    gaitDisturbance: bool,
    saddleNumbness: bool,
    bladder: maybe(fc.constantFrom('normal', 'new-dysfunction', 'retention')),
    bowelIncontinence: bool,
    sexualDysfunction: bool,
    fever: bool,
    weightLoss: bool,
    nightPain: bool,
    cancerHistory: maybe(fc.constantFrom('none', 'past', 'active')),
    ivDrugUse: bool,
    immunosuppressed: bool,
    steroidUse: bool,
    osteoporosis: bool,
    recentInfection: bool,
    recentSpinalProcedure: bool,
    priorLumbarSurgery: bool,
    anticoagulant: bool,
    conservativeCareFraction: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
    response: maybe(fc.constantFrom('improving', 'unchanged', 'worsening')),
    interventionCandidate: bool,
    mriContraindicated: bool,
    egfr: maybe(fc.integer({ min: 5, max: 140 })),
    inflammatoryPattern: bool,
    clinicianSuspects: maybe(fc.uniqueArray(fc.constantFrom(...conditionIds), { maxLength: 2 })),
  })
  .map(({ conservativeCareFraction, ...rest }) => {
    // Keep the case possible: no duration longer than a lifetime, no pregnant man (knowledge/impossible.ts).
    const lifetime = Math.floor((rest.age + 1) * thresholds.weeksPerYear);
    const c: Record<string, unknown> = { ...rest, durationWeeks: Math.min(rest.durationWeeks, lifetime) };
    if (rest.legSymptomWeeks !== undefined) c.legSymptomWeeks = Math.min(rest.legSymptomWeeks, lifetime);
    if (rest.sex === 'male' && rest.pregnant === true) c.pregnant = false;
    if (conservativeCareFraction !== undefined)
      c.conservativeCareWeeks = (c.durationWeeks as number) * conservativeCareFraction;
    for (const key of Object.keys(c)) if (c[key] === undefined) delete c[key];
    return c as Case;
  });

/** An adult case (in scope). */
export const adultCaseArbitrary = caseArbitrary.filter((c) => c.age >= 18);
