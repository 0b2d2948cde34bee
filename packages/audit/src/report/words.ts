import { type CaseField, fieldLabels, type Lang } from '@spine-advisor/engine';
import type { Support } from '../judge.js';
import type { ExclusionReason, FunnelStep, Stratum, WeekInWindow } from '../result.js';
import { labelsEn } from './labels.js';
import { es } from './words-es.js';

/**
 * The words of the audit's HTML report and its text summary, one table per language of the same
 * shape: the compiler rejects a missing string. The terms follow the web app's audit page
 * (packages/web/src/text, section `audit`), so the report and the page say the same thing.
 * Ids (strata, reasons, modalities, support values, case fields) stay ids in the JSON; only the
 * words people read are here.
 */
export interface ReportWords {
  /** The page title and its main heading. */
  readonly title: (year: string) => string;
  readonly documentTitle: (year: string) => string;
  readonly meta: {
    readonly measure: string;
    readonly versions: (valueSets: string, knowledge: string) => string;
    readonly read: (resources: string, files: string, invalidLines: string | null) => string;
  };
  readonly sections: {
    readonly rate: string;
    readonly funnel: string;
    readonly exclusions: string;
    readonly weeks: string;
    readonly support: string;
    readonly missing: string;
    readonly notSupported: string;
    readonly notes: string;
  };
  readonly key: {
    readonly rate: string;
    readonly denominator: string;
    readonly numerator: string;
    readonly studies: string;
  };
  /** An empty table's only cell. */
  readonly none: string;
  readonly strata: {
    readonly caption: string;
    readonly stratum: string;
    readonly eligible: string;
    readonly excluded: string;
    readonly denominator: string;
    readonly numerator: string;
    readonly rate: string;
    readonly names: Readonly<Record<Stratum, string>>;
    readonly figure: string;
    readonly chartTitle: string;
    readonly chartAlt: (rates: string) => string;
    readonly noDenominator: string;
  };
  readonly funnel: {
    readonly figure: string;
    readonly caption: string;
    readonly step: string;
    readonly patients: string;
    readonly steps: Readonly<Record<FunnelStep, string>>;
    readonly chartAlt: (steps: string) => string;
  };
  readonly exclusions: {
    readonly figure: string;
    readonly caption: string;
    readonly chartTitle: string;
    readonly reason: string;
    readonly patients: string;
    readonly none: string;
    readonly reasons: Readonly<Record<ExclusionReason, string>>;
    readonly chartAlt: (reasons: string) => string;
  };
  readonly weeks: {
    readonly figure: string;
    readonly caption: string;
    readonly week: string;
    readonly weekAxis: string;
    readonly studies: string;
    readonly window: string;
    readonly windowLegend: string;
    readonly windowValues: Readonly<Record<WeekInWindow, string>>;
    /** The legend's two values: in the window (weeks 0–3 and day 28) or not. */
    readonly inWindow: { readonly yes: string; readonly no: string };
    readonly weekName: (week: string) => string;
    readonly chartAlt: (weeks: string) => string;
    readonly none: string;
  };
  readonly support: {
    /** The paragraph before the tables, with the three values in bold. */
    readonly intro: (values: Readonly<Record<Support, string>>) => string;
    readonly values: Readonly<Record<Support, string>>;
    readonly studies: string;
    readonly all: string;
    readonly byModality: string;
    readonly bySite: string;
    readonly byPractitioner: string;
    readonly modality: string;
    readonly site: string;
    readonly practitioner: string;
    readonly judgement: string;
    readonly chartByModality: string;
    readonly chartBySite: string;
    readonly chartAlt: (title: string, groups: string) => string;
    readonly groupAlt: (group: string, counts: Readonly<Record<Support, string>>) => string;
    readonly noStudies: (title: string) => string;
  };
  readonly missing: {
    readonly caption: string;
    readonly field: string;
    readonly studies: string;
  };
  readonly notSupported: {
    readonly caption: string;
    readonly patient: string;
    readonly study: string;
    readonly date: string;
    readonly procedure: string;
    readonly days: string;
    readonly site: string;
    readonly facts: string;
    readonly notDocumented: string;
    readonly none: string;
  };
  /** "Axis: …" and "Legend: …", the text alternatives of a chart's axes and legends. */
  readonly axis: (title: string) => string;
  readonly legend: (title: string) => string;
  readonly notes: readonly string[];
  /** Case fields in words (the clinician view's labels). */
  readonly fields: Readonly<Record<CaseField, string>>;
  /** The text summary on stdout. */
  readonly summary: {
    readonly title: (year: string) => string;
    readonly read: (resources: string, files: number, invalidLines: string | null) => string;
    readonly patients: (n: string) => string;
    readonly columns: {
      readonly stratum: string;
      readonly eligible: string;
      readonly excluded: string;
      readonly denominator: string;
      readonly numerator: string;
      readonly rate: string;
    };
    readonly imaging: (total: string, counts: Readonly<Record<Support, string>>) => string;
    readonly report: string;
    readonly evidence: string;
  };
}

const mapFields = <V>(f: (label: string) => V): Record<CaseField, V> =>
  Object.fromEntries(Object.entries(fieldLabels).map(([k, v]) => [k, f(v.label)])) as Record<CaseField, V>;

/** English. */
export const en: ReportWords = {
  title: (year) => `Low back pain imaging audit, ${year}`,
  documentTitle: (year) => `Low back pain imaging audit ${year} — spine-advisor`,
  meta: {
    measure:
      'Measure modelled on HEDIS “Use of Imaging Studies for Low Back Pain” (MY 2025 logic); not NCQA-certified.',
    versions: (valueSets, knowledge) => `Code lists ${valueSets}; engine knowledge ${knowledge}.`,
    read: (resources, files, invalid) =>
      `Read ${resources} resources from ${files} files${invalid === null ? '' : `, ${invalid} bad lines skipped`}.`,
  },
  sections: {
    rate: 'The rate',
    funnel: 'From diagnosis to imaging',
    exclusions: 'Exclusions',
    weeks: 'When imaging happened',
    support: 'Was each scan supported?',
    missing: 'Facts most often missing',
    notSupported: 'Studies not supported',
    notes: 'How to read this',
  },
  key: {
    rate: 'Rate (total)',
    denominator: 'Denominator',
    numerator: 'Imaged within 28 days',
    studies: 'Studies judged',
  },
  none: 'None',
  strata: {
    ...labelsEn.strataTable,
    names: labelsEn.strata,
    figure: 'Rate per age stratum',
    chartTitle: 'Rate per age stratum (higher is better)',
    chartAlt: (rates) => `Share of the denominator not imaged within 28 days, per age stratum: ${rates}.`,
    noDenominator: 'no rate (no one in the denominator)',
  },
  funnel: {
    figure: 'Patients at each step',
    caption: 'Funnel',
    step: 'Step',
    patients: 'Patients',
    steps: labelsEn.funnel,
    chartAlt: (steps) => `Funnel: ${steps}.`,
  },
  exclusions: {
    figure: 'Patients per exclusion reason (a patient counts once per reason)',
    caption: 'Exclusion reasons',
    chartTitle: 'Exclusion reasons',
    reason: 'Reason',
    patients: 'Patients',
    none: 'No patient was excluded.',
    reasons: labelsEn.reasons,
    chartAlt: (reasons) => `Patients per exclusion reason: ${reasons}.`,
  },
  weeks: {
    figure: 'Lumbar imaging by week after the index visit',
    caption: 'Imaging by week',
    week: 'Week after index visit',
    weekAxis: 'Week after index visit (0 = days 0–6)',
    studies: 'Studies',
    window: 'In the 28-day window',
    windowLegend: 'In 28-day window',
    windowValues: { yes: 'yes', 'day-28': 'day 28 only', no: 'no' },
    inWindow: { yes: 'yes', no: 'no' },
    weekName: (week) => `Week ${week}`,
    chartAlt: (weeks) =>
      `Studies per week after the index visit: ${weeks}. Weeks 0 to 3 and day 28 are in the measure's window.`,
    none: 'No lumbar imaging of eligible patients.',
  },
  support: {
    intro: (v) =>
      `For every lumbar imaging study of an eligible patient, the engine judged the case built from what the record documented by the day of the study: <strong>${v.supported}</strong> (it rates imaging as indicated now), <strong>${v['not-supported']}</strong> (it rates imaging not indicated now), or <strong>${v.undetermined}</strong> (age or onset of the pain was not documented).`,
    values: labelsEn.support,
    studies: 'Studies',
    all: 'All judged studies',
    byModality: 'By modality',
    bySite: 'By site',
    byPractitioner: 'By ordering practitioner',
    modality: 'Modality',
    site: 'Site',
    practitioner: 'Practitioner',
    judgement: 'Judgement',
    chartByModality: 'Judgement by modality',
    chartBySite: 'Judgement by site',
    chartAlt: (title, groups) => `${title}: ${groups}.`,
    groupAlt: (group, c) =>
      `${group}: ${c.supported} supported, ${c['not-supported']} not supported, ${c.undetermined} undetermined`,
    noStudies: (title) => `${title}: no studies.`,
  },
  missing: {
    caption: 'Facts most often missing from not-supported and undetermined studies',
    field: 'Fact',
    studies: 'Studies lacking it',
  },
  notSupported: {
    caption: 'Each study the engine rated not indicated, with the facts it read and what the record lacked',
    patient: 'Patient',
    study: 'Study',
    date: 'Date',
    procedure: 'Procedure',
    days: 'Days after index visit',
    site: 'Site',
    facts: 'Facts documented',
    notDocumented: 'Not documented',
    none: 'None.',
  },
  axis: (title) => `Axis: ${title}`,
  legend: (title) => `Legend: ${title}`,
  notes: [
    'Rate = 1 − numerator / denominator: the share of patients not imaged within 28 days of the index visit. Higher is better.',
    'FHIR data approximates the claims-based definition: a principal diagnosis is <code>Encounter.diagnosis</code> rank 1, or any reason of a visit that ranks none; continuous enrolment is replaced by presence in the export; lab claims do not exist in FHIR; prescriptions stand in for dispensings only where a patient has no dispensing recorded.',
    'A judgement uses only resources dated on or before the study day; undated resources are left out.',
  ],
  fields: mapFields((label) => label),
  summary: {
    title: (year) => `Low back pain imaging audit, ${year} (modelled on HEDIS LBP; not NCQA-certified)`,
    read: (resources, files, invalid) =>
      `Read ${resources} resources from ${files} ${files === 1 ? 'file' : 'files'}${invalid === null ? '' : `; ${invalid} bad lines skipped`}`,
    patients: (n) => `Patients with a low back pain diagnosis: ${n}`,
    columns: {
      stratum: 'stratum',
      eligible: 'eligible',
      excluded: 'excluded',
      denominator: 'denominator',
      numerator: 'imaged ≤28 d',
      rate: 'rate (higher is better)',
    },
    imaging: (total, c) =>
      `Lumbar imaging of eligible patients: ${total} studies — supported ${c.supported}, not supported ${c['not-supported']}, undetermined ${c.undetermined}`,
    report: 'Report',
    evidence: 'Evidence',
  },
};

/** Every language's words; the compiler rejects a missing one. */
export const reportWords: Readonly<Record<Lang, ReportWords>> = { en, es };
