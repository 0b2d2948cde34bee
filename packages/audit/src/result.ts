import type { CaseField, ProcedureId } from '@spine-advisor/engine';
import type { Support } from './judge.js';

/** Exclusion reasons read from diagnosis and procedure codes, each with a code list of its name. */
export const codedExclusions = [
  'cancer',
  'hiv',
  'organ-transplant',
  'osteoporosis',
  'spondylopathy',
  'lumbar-surgery',
  'iv-drug-abuse',
  'neurologic-impairment',
  'spinal-infection',
  'trauma',
  'fragility-fracture',
] as const;

/** Exclusion reason ids (contract section 6). */
export const exclusionReasons = [
  ...codedExclusions,
  'corticosteroids',
  'hospice',
  'palliative-care',
  'death',
  'frailty-advanced-illness',
] as const;

/** An exclusion reason. */
export type ExclusionReason = (typeof exclusionReasons)[number];

/** Why a patient is not eligible. */
export type NotEligibleReason = 'age' | 'no-qualifying-visit' | 'prior-lbp-diagnosis' | 'intake-period';

/** A stratum of the measure. */
export type Stratum = '18-64' | '65-75' | 'total';

/** Where a patient stands in the measure. */
export type PatientStatus = 'not-eligible' | 'excluded' | 'imaged' | 'not-imaged';

/** Imaging modality, as the measure's code lists group studies. */
export type Modality = 'radiography' | 'ct' | 'mri';

/** One lumbar imaging study of an eligible patient, with the engine's judgement. */
export interface ImagingEntry {
  readonly date: string;
  readonly procedure: ProcedureId;
  readonly daysAfterIesd: number;
  readonly inWindow: boolean;
  readonly support: Support;
  readonly urgency: string | null;
  readonly acrVariant: number | null;
  readonly missing: CaseField[];
  /** Added to the contract: the study resource, modality, site and practitioner references, and the facts read. */
  readonly study: string;
  readonly modality: Modality;
  readonly site: string | null;
  readonly practitioner: string | null;
  readonly facts: string[];
}

/** One patient with a low back pain diagnosis in the measurement year. */
export interface AuditPatient {
  readonly patient: string;
  readonly ageAtYearEnd: number | null;
  readonly stratum: Exclude<Stratum, 'total'> | null;
  readonly iesd: string | null;
  readonly status: PatientStatus;
  readonly reason: NotEligibleReason | null;
  readonly exclusions: ExclusionReason[];
  readonly imaging: ImagingEntry[];
}

/** One stratum's figures; `rate` = 1 − numerator / denominator, null when the denominator is 0. */
export interface StratumResult {
  readonly stratum: Stratum;
  readonly eligible: number;
  readonly excluded: number;
  readonly denominator: number;
  readonly numerator: number;
  readonly rate: number | null;
}

/** Supported / not supported / undetermined counts. */
export interface SupportCounts {
  readonly total: number;
  readonly supported: number;
  readonly notSupported: number;
  readonly undetermined: number;
}

/** What was read. */
export interface InputSummary {
  readonly files: number;
  readonly resources: number;
  readonly invalidLines: number;
  readonly byType: Record<string, number>;
}

/** The audit result (contract section 6), with additions: value set version and breakdowns. */
export interface AuditResult {
  readonly schemaVersion: 1;
  readonly measurementYear: number;
  readonly knowledgeVersion: string;
  readonly valueSetsVersion: string;
  readonly input: InputSummary;
  readonly strata: StratumResult[];
  readonly exclusions: Partial<Record<ExclusionReason, number>>;
  readonly imaging: SupportCounts;
  /** Added: support by modality, site and practitioner, and the facts most often missing. */
  readonly appropriateness: {
    readonly byModality: Record<string, SupportCounts>;
    readonly bySite: Record<string, SupportCounts>;
    readonly byPractitioner: Record<string, SupportCounts>;
    readonly topMissing: { field: CaseField; studies: number }[];
  };
  /** Added: the names of the sites and practitioners the studies point to, by their reference. */
  readonly names: Record<string, string>;
  readonly patients: AuditPatient[];
}

/** Count studies by support, grouped by `key` (studies without a key are left out). */
export function supportBy(
  studies: readonly ImagingEntry[],
  key: (s: ImagingEntry) => string | null,
): Record<string, SupportCounts> {
  const groups = new Map<string, ImagingEntry[]>();
  for (const s of studies) {
    const k = key(s);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  return Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, countSupport(v)]));
}

/** Supported / not supported / undetermined counts of `studies`. */
export function countSupport(studies: readonly ImagingEntry[]): SupportCounts {
  const n = (s: Support) => studies.filter((x) => x.support === s).length;
  return {
    total: studies.length,
    supported: n('supported'),
    notSupported: n('not-supported'),
    undetermined: n('undetermined'),
  };
}

/** The facts most often missing from not-supported and undetermined studies, most frequent first. */
export function topMissing(studies: readonly ImagingEntry[], limit = 10): { field: CaseField; studies: number }[] {
  const counts = new Map<CaseField, number>();
  for (const s of studies) {
    if (s.support === 'supported') continue;
    for (const field of new Set(s.missing)) counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  return [...counts]
    .sort(([fa, a], [fb, b]) => b - a || fa.localeCompare(fb))
    .slice(0, limit)
    .map(([field, studies]) => ({ field, studies }));
}

/**
 * A site's or practitioner's name where the export gave one (with its reference when another
 * reference has the same name, so two sites never merge into one row or bar), else its reference.
 */
export function namer(names: Readonly<Record<string, string>>): (reference: string) => string {
  const uses = new Map<string, number>();
  for (const name of Object.values(names)) uses.set(name, (uses.get(name) ?? 0) + 1);
  return (reference) => {
    const name = names[reference];
    if (name === undefined) return reference;
    return (uses.get(name) ?? 0) > 1 ? `${name} (${reference})` : name;
  };
}

/** The inverted rate: 1 − numerator / denominator, null when nobody is in the denominator. */
export function invertedRate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : 1 - numerator / denominator;
}

/** One lumbar imaging study with the patient it belongs to. */
export type AuditStudy = ImagingEntry & { readonly patient: string };

/** Every judged imaging study of the result, patient by patient. */
export function studiesOf(result: Pick<AuditResult, 'patients'>): AuditStudy[] {
  return result.patients.flatMap((p) => p.imaging.map((s) => ({ patient: p.patient, ...s })));
}

/** The funnel's steps, in order, from a low back pain diagnosis to imaging within the window. */
export const funnelSteps = ['low-back-pain', 'eligible', 'excluded', 'denominator', 'imaged'] as const;

/** One step of the funnel. */
export type FunnelStep = (typeof funnelSteps)[number];

/** Patients at each step of the funnel (read from the patients, so it agrees with the strata). */
export function funnelOf(result: Pick<AuditResult, 'patients'>): { step: FunnelStep; patients: number }[] {
  const count = (status: PatientStatus) => result.patients.filter((p) => p.status === status).length;
  const eligible = result.patients.length - count('not-eligible');
  const excluded = count('excluded');
  const patients: Record<FunnelStep, number> = {
    'low-back-pain': result.patients.length,
    eligible,
    excluded,
    denominator: eligible - excluded,
    imaged: count('imaged'),
  };
  return funnelSteps.map((step) => ({ step, patients: patients[step] }));
}

/** Patients per exclusion reason, most first (ties in the order of the reason list). */
export function exclusionsOf(result: Pick<AuditResult, 'exclusions'>): { reason: ExclusionReason; patients: number }[] {
  return exclusionReasons
    .map((reason) => ({ reason, patients: result.exclusions[reason] ?? 0 }))
    .filter((e) => e.patients > 0)
    .sort((a, b) => b.patients - a.patients);
}

/** Whether a week after the index visit lies in the 28-day window: weeks 0–3 do, week 4 only on day 28. */
export type WeekInWindow = 'yes' | 'day-28' | 'no';

/** Studies per week after the index visit (week 0 = days 0–6), in week order. */
export function weeksOf(
  studies: readonly Pick<ImagingEntry, 'daysAfterIesd'>[],
): { week: number; studies: number; window: WeekInWindow }[] {
  const counts = new Map<number, number>();
  for (const s of studies) {
    const week = Math.floor(s.daysAfterIesd / 7);
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([week, n]) => ({ week, studies: n, window: week <= 3 ? 'yes' : week === 4 ? 'day-28' : 'no' }));
}
