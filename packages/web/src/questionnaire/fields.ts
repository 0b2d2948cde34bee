import type { Case, CaseField } from '@spine-advisor/engine';

/** The answers offered for how long the pain has lasted: a typical number of weeks for each span. */
export const durationChoices = [0.5, 2, 5, 9, 16] as const;
/** One answer to "how long have you had this pain", in weeks. */
export type DurationChoice = (typeof durationChoices)[number];

/** The answers offered for how long treatment has been followed, in weeks. */
export const careChoices = [0, 2, 6] as const;
/** One answer to "how long have you followed a treatment plan", in weeks. */
export type CareChoice = (typeof careChoices)[number];

/**
 * The answers offered for how long the leg symptoms have been as they are now, in weeks: under a
 * week, 1 to 6 weeks, 6 weeks to 3 months, over 3 months. No span straddles the engine's line
 * between a recent and a long-standing onset (`thresholds.recentOnsetWeeks`, 6 weeks), so each
 * answer reads the same way as the weeks it stands for (questions.test.ts checks it).
 */
export const legSymptomChoices = [0.5, 3, 9, 16] as const;
/** One answer to "how long have your leg symptoms been like this", in weeks. */
export type LegSymptomChoice = (typeof legSymptomChoices)[number];

/**
 * The case fields a person is asked, in the order they are asked: age and duration, then every
 * emergency sign, then the rest. The time course of leg symptoms comes straight after the leg
 * symptoms, because it decides whether pain in both legs is an emergency; the aorta questions come
 * after the blood thinner (sudden severe pain matters with either). Fields only a clinician can
 * answer (reflexes, eGFR) are left out.
 */
export const askedFields = [
  'age',
  'durationWeeks',
  'saddleNumbness',
  'bladder',
  'bowelIncontinence',
  'sexualDysfunction',
  'collapse',
  'legPain',
  'weakness',
  'weaknessWorsening',
  'legSymptomWeeks',
  'legSymptomsWorsening',
  'gaitDisturbance',
  'trauma',
  'fever',
  'numbness',
  'anticoagulant',
  'aorticAneurysm',
  'suddenSeverePain',
  'cancerHistory',
  'immunosuppressed',
  'ivDrugUse',
  'recentSpinalProcedure',
  'recentInfection',
  'weightLoss',
  'steroidUse',
  'osteoporosis',
  'sex',
  'nightPain',
  'priorLumbarSurgery',
  'inflammatoryPattern',
  'conservativeCareWeeks',
  'response',
  'interventionCandidate',
  'pregnant',
  'mriContraindicated',
] as const satisfies readonly CaseField[];

/** A field the questionnaire asks. */
export type AskedField = (typeof askedFields)[number];

/** The values a case field takes. */
export type ValueOf<F extends CaseField> = NonNullable<Case[F]>;

/** An asked field whose answer is one of a few words (the case's enums). */
export type ChoiceField = { [F in AskedField]: ValueOf<F> extends string ? F : never }[AskedField];

/** An asked field answered yes or no. */
export type YesNoField = { [F in AskedField]: ValueOf<F> extends boolean ? F : never }[AskedField];
