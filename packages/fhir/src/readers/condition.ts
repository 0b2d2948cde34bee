import { conditionStatus, fhirThresholds, legSymptomCourse } from '@spine-advisor/engine';
import { dateOf, dayOf, pastDateOf } from '../fhir-dates.js';
import { labelOf, readAll } from '../read-resources.js';
import type { Concept, Read } from '../resource-schemas.js';
import { applyConcepts } from './concepts.js';
import type { ReadContext } from './context.js';

/** How long the back pain has lasted, as read from Conditions. */
export interface Episode {
  /** The earliest documented onset of a current back pain diagnosis. */
  readonly onset?: { readonly date: Date; readonly from: string };
  /** Without an onset: the pain has lasted at least this many weeks. */
  readonly atLeast?: { readonly weeks: number; readonly from: string };
  /** A current back pain diagnosis, when there is one. */
  readonly current?: string;
  /**
   * When the leg symptoms began, from current sciatica or radiculopathy diagnoses (knowledge:
   * `legSymptomCourse`): the latest onset, or `undated` when one of them has no readable one.
   */
  readonly legSymptoms?: LegSymptomOnset | 'undated';
}

/** The start of the current leg symptoms: an onset, or (`atLeast`) the day they were first recorded. */
export interface LegSymptomOnset {
  readonly date: Date;
  readonly atLeast: boolean;
  readonly from: string;
}

type ConditionState = 'discard' | 'current' | 'ended';

/**
 * Whether a status concept says one of `statuses`: by its codes, or, when it has none, by whole words
 * of its text ("Resolved", "entered in error"), not negated ("not resolved" says nothing).
 */
function says(concept: Concept | undefined, statuses: readonly string[]): boolean {
  const coded = (concept?.coding ?? []).map((c) => c.code).filter((c): c is string => c !== undefined);
  if (coded.length > 0) return coded.some((c) => statuses.includes(c));
  const words = (concept?.text ?? '').toLowerCase().split(/[^a-z]+/);
  return statuses.some((status) => {
    const parts = status.split('-');
    return words.some(
      (_w, i) => parts.every((p, k) => words[i + k] === p) && !['not', 'no', 'never'].includes(words[i - 1] ?? ''),
    );
  });
}

/** FHIR R4 Condition status, read the safer way (knowledge: `conditionStatus`). */
export function conditionState(c: Read<'Condition'>, now: Date): ConditionState {
  if (says(c.verificationStatus, conditionStatus.discardVerification)) return 'discard';
  const abatementDate = dateOf(c.abatementDateTime ?? c.abatementPeriod?.start);
  const abatedLater = abatementDate !== undefined && abatementDate > now;
  const abated =
    c.abatementBoolean === true ||
    (c.abatementDateTime !== undefined && !abatedLater) ||
    (c.abatementPeriod !== undefined && !abatedLater) ||
    c.abatementAge !== undefined ||
    c.abatementRange !== undefined ||
    c.abatementString !== undefined;
  if (abated) return 'ended';
  if (says(c.clinicalStatus, conditionStatus.endedClinical)) return 'ended';
  return 'current';
}

/** Conditions: diagnoses and findings, and the back pain episode they document. */
export function readConditions(resources: readonly unknown[] | undefined, ctx: ReadContext): Episode {
  let onset: Episode['onset'];
  let atLeast: Episode['atLeast'];
  let current: string | undefined;
  let legSymptoms: Episode['legSymptoms'];
  for (const condition of readAll('Condition', resources, ctx.out)) {
    const state = conditionState(condition, ctx.now);
    if (state === 'discard') continue;
    const label = labelOf(condition);
    const onsetValue = condition.onsetDateTime ?? condition.onsetPeriod?.start;
    const start = pastDateOf(onsetValue, ctx.now);
    if (onsetValue !== undefined && !start) {
      ctx.out.skip(label, `onset "${onsetValue}" is not a valid past date: onset not documented`);
    }
    const recorded = pastDateOf(condition.recordedDate, ctx.now);
    applyConcepts(condition.code, { current: state === 'current', when: start ?? recorded, from: label }, ctx);

    const radicular = state === 'current' ? ctx.codes.match(condition.code, legSymptomCourse.valueSet) : undefined;
    if (radicular && legSymptoms !== 'undated') {
      // An onset element that is not a valid past date leaves the onset undocumented (never the record date).
      const began: LegSymptomOnset | undefined = start
        ? { date: start, atLeast: false, from: `${label}: ${radicular}, onset ${dayOf(start)}` }
        : onsetValue === undefined && recorded
          ? { date: recorded, atLeast: true, from: `${label}: ${radicular}, recorded ${dayOf(recorded)} (at least)` }
          : undefined;
      if (!began) legSymptoms = 'undated';
      else if (!legSymptoms || began.date > legSymptoms.date) legSymptoms = began;
    }

    const lbp = ctx.codes.match(condition.code, 'low-back-pain');
    if (!lbp || state !== 'current') continue;
    current ??= `${label}: ${lbp}`;
    if (start && (!onset || start < onset.date))
      onset = { date: start, from: `${label}: ${lbp}, onset ${dayOf(start)}` };
    if (onsetValue !== undefined) continue;
    if (recorded) {
      const weeks = (ctx.now.getTime() - recorded.getTime()) / (7 * 86_400_000);
      if (!atLeast || weeks > atLeast.weeks) atLeast = { weeks, from: `${label}: ${lbp}, recorded ${dayOf(recorded)}` };
    }
    const chronic = ctx.codes.match(condition.code, 'chronic-back-pain');
    if (chronic && (!atLeast || fhirThresholds.chronicMinimumWeeks > atLeast.weeks)) {
      atLeast = { weeks: fhirThresholds.chronicMinimumWeeks, from: `${label}: ${chronic} means over 12 weeks` };
    }
  }
  return {
    ...(onset ? { onset } : {}),
    ...(atLeast ? { atLeast } : {}),
    ...(current ? { current } : {}),
    ...(legSymptoms ? { legSymptoms } : {}),
  };
}
