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
 * The case fields a person is asked, in the order they are asked: age and duration, then every
 * emergency sign, then the rest. Fields only a clinician can answer (reflexes, eGFR) are left out.
 */
export const askedFields = [
  'age',
  'durationWeeks',
  'saddleNumbness',
  'bladder',
  'bowelIncontinence',
  'sexualDysfunction',
  'legPain',
  'weakness',
  'weaknessWorsening',
  'gaitDisturbance',
  'trauma',
  'fever',
  'numbness',
  'anticoagulant',
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
