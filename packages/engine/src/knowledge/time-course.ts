import type { Case, CaseField } from '../case.js';
import { or, type Tri } from '../logic.js';
import { ruledOut } from './questions.js';
import { thresholds } from './thresholds.js';

/**
 * Time course of leg symptoms. The red flags for cauda equina syndrome and spinal epidural haematoma
 * are about symptoms that are new or progressing: bilateral radicular pain of recent onset, or
 * sciatica becoming bilateral (BASS 2018, GIRFT 2023); a new or rapidly progressing deficit in someone
 * on an anticoagulant (Fedor 2011: sudden pain, then a deficit within minutes to hours). Long-standing,
 * stable symptoms are not. Unknown is not no: when neither the onset nor the course is known, these
 * predicates are unknown, the rules stay conservative, and the questions go to `missing`.
 */

/** Fields the time course reads. */
export const timeCourseFields = [
  'durationWeeks',
  'legSymptomWeeks',
  'legSymptomsWorsening',
  'response',
  'conservativeCareWeeks',
  'weakness',
  'weaknessWorsening',
] as const satisfies readonly CaseField[];

/** Fields worth asking when the time course is unknown. */
export const timeCourseQuestions = ['legSymptomWeeks', 'legSymptomsWorsening'] as const satisfies readonly CaseField[];

/**
 * Whether the leg symptoms are changing now. Any answer that says worse (leg symptoms worsening or
 * spreading, symptoms worse despite care, weakness getting worse) makes it true; otherwise an answer
 * that says stable or better (leg symptoms not worsening, improving, unchanged after care) makes it
 * false; with neither it is unknown.
 */
export function legSymptomsChanging(c: Case): Tri {
  const weaknessWorse = !ruledOut('weaknessWorsening', c) && c.weaknessWorsening === true;
  if (c.legSymptomsWorsening === true || c.response === 'worsening' || weaknessWorse) return true;
  // "Unchanged" with care counts as stable; with no care tried it describes nothing, so it is not read.
  const stableWithCare = c.response === 'unchanged' && c.conservativeCareWeeks !== 0;
  if (c.legSymptomsWorsening === false || c.response === 'improving' || stableWithCare) return false;
  return null;
}

/**
 * Whether the leg symptoms began recently: from how long they have lasted, else true when the whole
 * episode is recent. A recent onset inside a longer episode is itself a change, so a course known to be
 * stable or improving rules it out; otherwise it is unknown.
 */
export function legSymptomsRecent(c: Case): Tri {
  if (c.legSymptomWeeks !== undefined) return c.legSymptomWeeks < thresholds.recentOnsetWeeks;
  if (c.durationWeeks < thresholds.recentOnsetWeeks) return true;
  return legSymptomsChanging(c) === false ? false : null;
}

/** Leg symptoms that are new or progressing: what makes a leg symptom a red flag. */
export function newOrProgressing(c: Case): Tri {
  return or(legSymptomsRecent(c), legSymptomsChanging(c));
}
