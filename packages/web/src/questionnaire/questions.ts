import type { Case, CaseField } from '@spine-advisor/engine';
import { text } from '../text/text.js';

/** A patient answer: a case value, or "not sure" (which means unknown, never no). */
export type Answer = string | number | boolean | 'unsure';

/** What the person has answered so far, by field. */
export type Answers = Partial<Record<CaseField, Answer>>;

type AskedField = keyof typeof text.questions;

/** One question: which case field it fills and how each option maps to a case value. */
export interface Question {
  readonly field: AskedField & CaseField;
  readonly kind: 'choice' | 'age';
  /** Option keys (from the text file) and the case value each means. */
  readonly options: readonly { readonly key: string; readonly value: Answer }[];
  /** Whether "not sure" is offered (everywhere but age). */
  readonly unsure: boolean;
}

const yesNo = [
  { key: 'yes', value: true },
  { key: 'no', value: false },
] as const;
/** A question's options from the text file; numeric answers in rising order. */
const keys = (field: AskedField) => {
  const options = Object.keys((text.questions[field] as { options?: Record<string, string> }).options ?? {}).map(
    (key) => ({
      key,
      value: Number.isNaN(Number(key)) ? key : Number(key),
    }),
  );
  return options.every((o) => typeof o.value === 'number')
    ? options.sort((a, b) => Number(a.value) - Number(b.value))
    : options;
};

/**
 * The questions in the order they are asked: age and duration, then every emergency sign, then the
 * rest. Which ones are asked is decided by the engine: only those whose answer could still change
 * the result (its `missing` list).
 */
export const questions: readonly Question[] = [
  { field: 'age', kind: 'age', options: [], unsure: false },
  { field: 'durationWeeks', kind: 'choice', options: keys('durationWeeks'), unsure: true },
  { field: 'saddleNumbness', kind: 'choice', options: yesNo, unsure: true },
  { field: 'bladder', kind: 'choice', options: keys('bladder'), unsure: true },
  { field: 'bowelIncontinence', kind: 'choice', options: yesNo, unsure: true },
  { field: 'sexualDysfunction', kind: 'choice', options: yesNo, unsure: true },
  { field: 'legPain', kind: 'choice', options: keys('legPain'), unsure: true },
  { field: 'weakness', kind: 'choice', options: keys('weakness'), unsure: true },
  { field: 'weaknessWorsening', kind: 'choice', options: yesNo, unsure: true },
  { field: 'gaitDisturbance', kind: 'choice', options: yesNo, unsure: true },
  { field: 'trauma', kind: 'choice', options: keys('trauma'), unsure: true },
  { field: 'fever', kind: 'choice', options: yesNo, unsure: true },
  { field: 'numbness', kind: 'choice', options: yesNo, unsure: true },
  { field: 'anticoagulant', kind: 'choice', options: yesNo, unsure: true },
  { field: 'cancerHistory', kind: 'choice', options: keys('cancerHistory'), unsure: true },
  { field: 'immunosuppressed', kind: 'choice', options: yesNo, unsure: true },
  { field: 'ivDrugUse', kind: 'choice', options: yesNo, unsure: true },
  { field: 'recentSpinalProcedure', kind: 'choice', options: yesNo, unsure: true },
  { field: 'recentInfection', kind: 'choice', options: yesNo, unsure: true },
  { field: 'weightLoss', kind: 'choice', options: yesNo, unsure: true },
  { field: 'steroidUse', kind: 'choice', options: yesNo, unsure: true },
  { field: 'osteoporosis', kind: 'choice', options: yesNo, unsure: true },
  { field: 'sex', kind: 'choice', options: keys('sex'), unsure: true },
  { field: 'nightPain', kind: 'choice', options: yesNo, unsure: true },
  { field: 'priorLumbarSurgery', kind: 'choice', options: yesNo, unsure: true },
  { field: 'inflammatoryPattern', kind: 'choice', options: yesNo, unsure: true },
  { field: 'conservativeCareWeeks', kind: 'choice', options: keys('conservativeCareWeeks'), unsure: true },
  { field: 'response', kind: 'choice', options: keys('response'), unsure: true },
  { field: 'interventionCandidate', kind: 'choice', options: yesNo, unsure: true },
  { field: 'pregnant', kind: 'choice', options: yesNo, unsure: true },
  { field: 'mriContraindicated', kind: 'choice', options: yesNo, unsure: true },
];

/** The case the answers describe: "not sure" leaves a field out (unknown). Needs age. */
export function caseFrom(answers: Answers): Case | undefined {
  if (typeof answers.age !== 'number') return undefined;
  const c: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(answers)) if (value !== 'unsure' && value !== undefined) c[field] = value;
  // Duration is required by the engine: "not sure" is read as recent pain (under 4 weeks).
  if (typeof c.durationWeeks !== 'number') c.durationWeeks = 1;
  if (typeof c.conservativeCareWeeks === 'number' && c.conservativeCareWeeks > (c.durationWeeks as number)) {
    c.conservativeCareWeeks = c.durationWeeks;
  }
  return c as Case;
}
