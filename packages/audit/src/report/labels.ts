import type { Support } from '../judge.js';
import type { ExclusionReason, FunnelStep, Stratum } from '../result.js';

/**
 * The words for the ids the audit report and the web audit page both show: age strata, funnel steps,
 * exclusion reasons, judgements. One small module per language, so the web loads only its own.
 */
export interface AuditLabels {
  readonly strata: Readonly<Record<Stratum, string>>;
  /** The table of the rate per stratum: its caption and column headers. */
  readonly strataTable: {
    readonly caption: string;
    readonly stratum: string;
    readonly eligible: string;
    readonly excluded: string;
    readonly denominator: string;
    readonly numerator: string;
    readonly rate: string;
  };
  readonly funnel: Readonly<Record<FunnelStep, string>>;
  readonly reasons: Readonly<Record<ExclusionReason, string>>;
  readonly support: Readonly<Record<Support, string>>;
}

/** The labels in English. */
export const labelsEn: AuditLabels = {
  strataTable: {
    caption: 'Rate per age stratum: 1 − imaged / denominator. Higher is better.',
    stratum: 'Age stratum',
    eligible: 'Eligible',
    excluded: 'Excluded',
    denominator: 'Denominator',
    numerator: 'Imaged ≤ 28 days',
    rate: 'Rate',
  },
  strata: { '18-64': 'Ages 18–64', '65-75': 'Ages 65–75', total: 'All, ages 18–75' },
  funnel: {
    'low-back-pain': 'Low back pain diagnosis',
    eligible: 'Eligible',
    excluded: 'Excluded',
    denominator: 'Denominator',
    imaged: 'Imaged within 28 days',
  },
  reasons: {
    cancer: 'Cancer',
    hiv: 'HIV',
    'organ-transplant': 'Organ transplant',
    osteoporosis: 'Osteoporosis',
    spondylopathy: 'Spondylopathy',
    'lumbar-surgery': 'Lumbar surgery',
    'iv-drug-abuse': 'IV drug use',
    'neurologic-impairment': 'Neurologic impairment',
    'spinal-infection': 'Spinal infection',
    trauma: 'Trauma',
    'fragility-fracture': 'Fragility fracture',
    corticosteroids: 'Long-term corticosteroids',
    hospice: 'Hospice care',
    'palliative-care': 'Palliative care',
    death: 'Died in the year',
    'frailty-advanced-illness': 'Frailty with advanced illness',
  },
  support: { supported: 'Supported', 'not-supported': 'Not supported', undetermined: 'Undetermined' },
};
