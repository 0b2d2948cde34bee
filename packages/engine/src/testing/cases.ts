import type { Case } from '../case.js';

/**
 * A case where every optional question is answered "no" (or its normal value), so a scenario states
 * only what is present. Test data only: not part of the built package.
 */
export const allNo = {
  sex: 'female',
  pregnant: false,
  trauma: 'none',
  legPain: 'none',
  legSymptomsWorsening: false,
  suddenSeverePain: false,
  collapse: false,
  aorticAneurysm: false,
  weakness: 'none',
  weaknessWorsening: false,
  numbness: false,
  reflexLoss: false,
  gaitDisturbance: false,
  saddleNumbness: false,
  bladder: 'normal',
  bowelIncontinence: false,
  sexualDysfunction: false,
  fever: false,
  weightLoss: false,
  nightPain: false,
  cancerHistory: 'none',
  ivDrugUse: false,
  immunosuppressed: false,
  steroidUse: false,
  osteoporosis: false,
  recentInfection: false,
  recentSpinalProcedure: false,
  priorLumbarSurgery: false,
  anticoagulant: false,
  conservativeCareWeeks: 0,
  response: 'unchanged',
  interventionCandidate: false,
  mriContraindicated: false,
  egfr: 90,
  inflammatoryPattern: false,
} as const satisfies Omit<Case, 'age' | 'durationWeeks'>;

/** A fully answered case: all "no" except what `present` says. */
export function answered(age: number, durationWeeks: number, present: Partial<Case> = {}): Case {
  return { ...allNo, age, durationWeeks, ...present };
}
