import { type Case, fhirThresholds } from '@spine-advisor/engine';
import { shippedValueSets, type ValueSetIndex } from './codes.js';
import { type Evidence, EvidenceCollector, type Skipped } from './evidence.js';
import { weeksBetween } from './fhir-dates.js';
import { estimateCare } from './readers/care-history.js';
import { type Episode, readConditions } from './readers/condition.js';
import type { ReadContext } from './readers/context.js';
import { readEncounters } from './readers/encounter.js';
import { readMedications } from './readers/medication.js';
import { readObservations } from './readers/observation.js';
import { type Death, readPatient } from './readers/patient.js';
import { readProcedures } from './readers/procedure.js';
import { readOrderReason, readReferrals } from './readers/service-request.js';
import { ServiceRequestSchema } from './resource-schemas.js';

export type { Evidence, Skipped } from './evidence.js';

const weeksPerYear = 365.25 / 7;

/**
 * What is known about a patient in FHIR, as received: each list may be empty, and each resource is
 * checked before it is read (a malformed one is named under `skipped`, never fatal).
 */
export interface PatientRecord {
  readonly patient?: unknown;
  readonly conditions?: readonly unknown[];
  readonly observations?: readonly unknown[];
  readonly medications?: readonly unknown[];
  readonly medicationRequests?: readonly unknown[];
  readonly medicationStatements?: readonly unknown[];
  readonly procedures?: readonly unknown[];
  readonly encounters?: readonly unknown[];
  /** Referrals and other requests in the record (not the order being rated). */
  readonly serviceRequests?: readonly unknown[];
  /** Entries that arrived without a readable resource (e.g. `entry: [null]`). */
  readonly unreadable?: readonly Skipped[];
}

/** A case built from FHIR data, with the evidence for each fact and what could not be found. */
export interface FhirCase {
  /** The case, when age and pain duration are documented and the patient is alive; otherwise undefined. */
  readonly case: Case | undefined;
  /** Every fact read, also when the case is incomplete. */
  readonly facts: Partial<Case>;
  readonly evidence: readonly Evidence[];
  /** Required facts that are not documented: document these to get a rating. */
  readonly undocumented: readonly ('age' | 'durationWeeks')[];
  /** Resources (or parts) that were not used, and why. */
  readonly skipped: readonly Skipped[];
  /** The record says the patient has died: nothing is rated. */
  readonly deceased?: Death;
}

/** Options of `caseFromFhir`. */
export interface CaseOptions {
  /** The value sets to match codes against (default: the shipped expansions). */
  readonly codes?: ValueSetIndex;
}

/**
 * Build a case from a patient's FHIR data at time `now`, one reader per resource type. Only what is
 * documented becomes a fact; unknown codes are ignored; an order's reason codes become
 * `clinicianSuspects`.
 */
export function caseFromFhir(record: PatientRecord, now: Date, order?: unknown, options: CaseOptions = {}): FhirCase {
  const out = new EvidenceCollector();
  for (const s of record.unreadable ?? []) out.skip(s.resource, s.reason);
  const ctx: ReadContext = { now, codes: options.codes ?? shippedValueSets, out };

  const { deceased } = readPatient(record.patient === undefined ? [] : [record.patient], ctx);
  const episode = readConditions(record.conditions, ctx);
  const firstVisit = readEncounters(record.encounters, ctx);
  readObservations(record.observations, ctx);
  const care = [
    ...readMedications(record, ctx),
    ...readProcedures(record.procedures, ctx),
    ...readReferrals(record.serviceRequests, ctx),
  ];
  const parsedOrder = order === undefined ? undefined : ServiceRequestSchema.safeParse(order);
  readOrderReason(parsedOrder?.success ? parsedOrder.data : undefined, ctx);

  // A visit dates the episode only when no back pain Condition does.
  const onset = episode.onset ?? (episode.atLeast ? undefined : firstVisit);
  const durationWeeks = onset
    ? Math.min(weeksBetween(onset.date, now), fhirThresholds.maximumWeeks)
    : episode.atLeast
      ? Math.min(Math.round(episode.atLeast.weeks * 10) / 10, fhirThresholds.maximumWeeks)
      : undefined;
  const ageWeeks = typeof out.facts.age === 'number' ? (out.facts.age + 1) * weeksPerYear : Number.POSITIVE_INFINITY;
  if (durationWeeks !== undefined && durationWeeks > ageWeeks) {
    out.skip(
      onset ? onset.from : `${episode.atLeast?.from}`,
      'back pain dated before the patient was born: onset not documented',
    );
  } else if (durationWeeks !== undefined) {
    out.set({ durationWeeks }, onset ? onset.from : `${episode.atLeast?.from} (at least)`);
    const start = new Date(now.getTime() - durationWeeks * 7 * 86_400_000);
    estimateCare(care, { start, weeks: durationWeeks, current: episode.current }, ctx);
  }

  readLegSymptomWeeks(episode.legSymptoms, now, ageWeeks, out);

  const facts = out.result();
  const undocumented: ('age' | 'durationWeeks')[] = [];
  if (facts.age === undefined) undocumented.push('age');
  if (facts.durationWeeks === undefined) undocumented.push('durationWeeks');
  const complete = undocumented.length === 0 && !deceased ? (facts as Case) : undefined;
  return {
    case: complete,
    facts,
    evidence: out.evidence,
    undocumented,
    skipped: out.skipped,
    ...(deceased ? { deceased } : {}),
  };
}

/**
 * `legSymptomWeeks` from the latest documented onset of current leg symptoms (knowledge:
 * `legSymptomCourse`); unknown when any is undated, and not set when dated before the patient was born.
 */
function readLegSymptomWeeks(began: Episode['legSymptoms'], now: Date, ageWeeks: number, out: EvidenceCollector): void {
  if (began === undefined || began === 'undated') return;
  const weeks = Math.min(weeksBetween(began.date, now), fhirThresholds.maximumWeeks);
  if (weeks > ageWeeks) {
    out.skip(began.from, 'leg symptoms dated before the patient was born: onset not documented');
    return;
  }
  out.set({ legSymptomWeeks: weeks }, began.from);
}

export { ageAt, dateOf } from './fhir-dates.js';
