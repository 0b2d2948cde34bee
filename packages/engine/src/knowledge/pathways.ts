import type { Case } from '../case.js';
import type { AcrVariant } from './acr-variants.js';
import type { AdviceId } from './advice.js';
import type { ProcedureId } from './procedures.js';
import type { Citation } from './sources.js';
import { thresholds } from './thresholds.js';

/**
 * Imaging pathways: what to image first, what is acceptable instead, and what to do when MRI is
 * impossible (acr-low-back-pain.md §5; red-flags.md §13). A red flag or a baseline rule selects one.
 * Urgency is not part of a pathway: it comes from the rule that selected it.
 */
export interface Pathway {
  readonly acrVariant: AcrVariant | null;
  readonly recommended: readonly ProcedureId[];
  readonly alternatives: readonly ProcedureId[];
  readonly ifMriContraindicated: readonly ProcedureId[];
  /** Advice particular to this pathway (ids of ./advice.ts). */
  readonly steps: readonly AdviceId[];
  /** An emergency headline of its own, when the usual one would contradict this pathway's advice. */
  readonly emergencyHeadline?: string;
  /** When to re-evaluate if nothing changes, for pathways without imaging now. */
  readonly reassessAfterWeeks?: (c: Case) => number;
  readonly source: Citation;
}

/** Every pathway, keyed by id. */
export const pathways = {
  'no-imaging-acute': {
    acrVariant: 1,
    recommended: [],
    alternatives: [],
    ifMriContraindicated: [],
    steps: ['stay-active', 'heat', 'anti-inflammatory'],
    // Review at about 6 weeks from onset if not clearly better (conservative-care.md §4).
    reassessAfterWeeks: (c) => Math.max(1, thresholds.conservativeTrialWeeks - c.durationWeeks),
    source: { id: 'acr-lbp-2021', section: 'variant 1' },
  },
  'no-imaging-subacute': {
    acrVariant: 2,
    recommended: [],
    alternatives: [],
    ifMriContraindicated: [],
    steps: ['exercise', 'scan-after-care'],
    // After about 6 weeks of optimal care, a candidate for intervention may need MRI (variant 3).
    reassessAfterWeeks: (c) => Math.max(2, thresholds.conservativeTrialWeeks - (c.conservativeCareWeeks ?? 0)),
    source: { id: 'acr-lbp-2021', section: 'variant 2' },
  },
  'persistent-despite-care': {
    acrVariant: 3,
    recommended: ['mri-lumbar-without-contrast'],
    alternatives: ['ct-lumbar-without-contrast', 'ct-myelography-lumbar', 'radiography-lumbar'],
    ifMriContraindicated: ['ct-myelography-lumbar', 'ct-lumbar-without-contrast'],
    steps: ['planned-mri', 'keep-exercising'],
    source: { id: 'acr-lbp-2021', section: 'variant 3' },
  },
  'progressive-deficit': {
    acrVariant: 3,
    recommended: ['mri-lumbar-without-contrast'],
    alternatives: ['ct-myelography-lumbar', 'ct-lumbar-without-contrast'],
    ifMriContraindicated: ['ct-myelography-lumbar', 'ct-lumbar-without-contrast'],
    steps: ['legs-examined'],
    source: { id: 'acp-2011', section: 'severe or progressive neurological deficit: immediate MRI' },
  },
  'neural-compression': {
    acrVariant: 4,
    recommended: ['mri-lumbar-without-contrast', 'mri-lumbar-without-and-with-contrast'],
    alternatives: ['ct-myelography-lumbar', 'ct-lumbar-without-contrast'],
    ifMriContraindicated: ['ct-myelography-lumbar', 'ct-lumbar-without-contrast'],
    steps: ['nerve-pressure-hours', 'emergency-mri'],
    source: { id: 'acr-lbp-2021', section: 'variant 4' },
  },
  'post-surgical': {
    acrVariant: 5,
    recommended: ['mri-lumbar-without-and-with-contrast'],
    alternatives: ['mri-lumbar-without-contrast', 'radiography-lumbar'],
    ifMriContraindicated: ['ct-lumbar-without-contrast', 'ct-myelography-lumbar'],
    steps: ['after-surgery-scan', 'after-surgery-mri'],
    source: { id: 'acr-lbp-2021', section: 'variant 5' },
  },
  'fracture-risk': {
    acrVariant: 6,
    recommended: ['radiography-lumbar'],
    alternatives: ['mri-lumbar-without-contrast', 'ct-lumbar-without-contrast'],
    ifMriContraindicated: ['radiography-lumbar', 'ct-lumbar-without-contrast'],
    steps: ['fracture-x-ray', 'bone-density'],
    source: { id: 'acr-lbp-2021', section: 'variant 6' },
  },
  'tumour-or-infection': {
    acrVariant: 7,
    recommended: ['mri-lumbar-without-and-with-contrast'],
    alternatives: ['mri-lumbar-without-contrast'],
    ifMriContraindicated: ['ct-lumbar-without-contrast', 'ct-lumbar-with-contrast'],
    steps: ['mri-rules-out', 'blood-tests'],
    source: { id: 'acr-lbp-2021', section: 'variant 7' },
  },
  'major-trauma': {
    acrVariant: null,
    recommended: ['ct-lumbar-without-contrast'],
    alternatives: ['radiography-lumbar'],
    ifMriContraindicated: ['ct-lumbar-without-contrast'],
    steps: ['trauma-keep-still', 'trauma-ct'],
    emergencyHeadline: 'Call your local emergency number now and keep still: {because}.',
    source: { id: 'acr-spine-trauma' },
  },
  vascular: {
    acrVariant: null,
    recommended: [],
    alternatives: [],
    ifMriContraindicated: [],
    steps: ['vascular-call-now', 'vascular-not-spine'],
    emergencyHeadline: 'Call your local emergency number now: {because}.',
    source: { id: 'nice-ng156' },
  },
  'vascular-review': {
    acrVariant: null,
    recommended: [],
    alternatives: [],
    ifMriContraindicated: [],
    steps: ['vascular-review', 'vascular-not-spine'],
    source: { id: 'nice-ng156' },
  },
  inflammatory: {
    acrVariant: null,
    recommended: [],
    alternatives: [],
    ifMriContraindicated: [],
    steps: ['rheumatology', 'rheumatology-x-ray'],
    source: { id: 'nice-ng65' },
  },
} as const satisfies Record<string, Pathway>;

/** A pathway id. */
export type PathwayId = keyof typeof pathways;
