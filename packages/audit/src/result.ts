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

/** The inverted rate: 1 − numerator / denominator, null when nobody is in the denominator. */
export function invertedRate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : 1 - numerator / denominator;
}
