import type { Case } from '../case.js';
import type { AcrVariant } from './acr-variants.js';
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
  /** Plain-language steps particular to this pathway. */
  readonly steps: readonly string[];
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
    steps: [
      'Keep moving and carry on with normal activities as far as the pain allows; bed rest slows recovery.',
      'Heat, and an anti-inflammatory painkiller if it suits you (ask a pharmacist or clinician first), can ease the pain.',
    ],
    // Review at about 6 weeks from onset if not clearly better (conservative-care.md §4).
    reassessAfterWeeks: (c) => Math.max(1, thresholds.conservativeTrialWeeks - c.durationWeeks),
    source: { id: 'acr-lbp-2021', section: 'variant 1' },
  },
  'no-imaging-subacute': {
    acrVariant: 2,
    recommended: [],
    alternatives: [],
    ifMriContraindicated: [],
    steps: [
      'Start or keep up a structured exercise or physiotherapy programme; a scan is only useful after about 6 weeks of good care if an injection or operation is being considered.',
    ],
    // After about 6 weeks of optimal care, a candidate for intervention may need MRI (variant 3).
    reassessAfterWeeks: (c) => Math.max(2, thresholds.conservativeTrialWeeks - (c.conservativeCareWeeks ?? 0)),
    source: { id: 'acr-lbp-2021', section: 'variant 2' },
  },
  'persistent-despite-care': {
    acrVariant: 3,
    recommended: ['mri-lumbar-without-contrast'],
    alternatives: ['ct-lumbar-without-contrast', 'ct-myelography-lumbar', 'radiography-lumbar'],
    ifMriContraindicated: ['ct-myelography-lumbar', 'ct-lumbar-without-contrast'],
    steps: [
      'A planned MRI can help a specialist decide whether an injection or operation could help.',
      'Keep up the exercise and activity that help while you wait.',
    ],
    source: { id: 'acr-lbp-2021', section: 'variant 3' },
  },
  'progressive-deficit': {
    acrVariant: 3,
    recommended: ['mri-lumbar-without-contrast'],
    alternatives: ['ct-myelography-lumbar', 'ct-lumbar-without-contrast'],
    ifMriContraindicated: ['ct-myelography-lumbar', 'ct-lumbar-without-contrast'],
    steps: [
      'Have your legs examined by a clinician within a day or two; an MRI is usually arranged without waiting the usual 6 weeks.',
    ],
    source: { id: 'acp-2011', section: 'severe or progressive neurological deficit: immediate MRI' },
  },
  'neural-compression': {
    acrVariant: 4,
    recommended: ['mri-lumbar-without-contrast', 'mri-lumbar-without-and-with-contrast'],
    alternatives: ['ct-myelography-lumbar', 'ct-lumbar-without-contrast'],
    ifMriContraindicated: ['ct-myelography-lumbar', 'ct-lumbar-without-contrast'],
    steps: [
      'Do not wait for a routine appointment: pressure on the nerves needs an emergency MRI, ideally within 4 hours, and sometimes surgery the same day.',
    ],
    source: { id: 'acr-lbp-2021', section: 'variant 4' },
  },
  'post-surgical': {
    acrVariant: 5,
    recommended: ['mri-lumbar-without-and-with-contrast'],
    alternatives: ['mri-lumbar-without-contrast', 'radiography-lumbar'],
    ifMriContraindicated: ['ct-lumbar-without-contrast', 'ct-myelography-lumbar'],
    steps: [
      'Tell the team who operated on your back about the new symptoms; an MRI with dye can tell scar tissue from a new disc problem, and X-rays show screws and alignment.',
    ],
    source: { id: 'acr-lbp-2021', section: 'variant 5' },
  },
  'fracture-risk': {
    acrVariant: 6,
    recommended: ['radiography-lumbar'],
    alternatives: ['mri-lumbar-without-contrast', 'ct-lumbar-without-contrast'],
    ifMriContraindicated: ['radiography-lumbar', 'ct-lumbar-without-contrast'],
    steps: [
      'An X-ray is usually the first test for a possible broken bone in the spine; if it is normal but the pain suggests a fracture, MRI or CT follows.',
      'If a fracture from weak bones is found, ask about a bone-density check and treatment to prevent more fractures.',
    ],
    source: { id: 'acr-lbp-2021', section: 'variant 6' },
  },
  'tumour-or-infection': {
    acrVariant: 7,
    recommended: ['mri-lumbar-without-and-with-contrast'],
    alternatives: ['mri-lumbar-without-contrast'],
    ifMriContraindicated: ['ct-lumbar-without-contrast', 'ct-lumbar-with-contrast'],
    steps: [
      'An MRI is the scan that can find or rule out cancer or infection in the spine; an X-ray cannot rule them out.',
      'Blood tests (such as ESR and CRP, and blood cultures if there is fever) usually go with the scan.',
    ],
    source: { id: 'acr-lbp-2021', section: 'variant 7' },
  },
  'major-trauma': {
    acrVariant: null,
    recommended: ['ct-lumbar-without-contrast'],
    alternatives: ['radiography-lumbar'],
    ifMriContraindicated: ['ct-lumbar-without-contrast'],
    steps: [
      'After a high-energy injury, keep still and call your local emergency number; a CT scan of the spine is the usual first test.',
    ],
    source: { id: 'acr-spine-trauma' },
  },
  inflammatory: {
    acrVariant: null,
    recommended: [],
    alternatives: [],
    ifMriContraindicated: [],
    steps: [
      'Ask for a referral to a rheumatologist: inflammatory back pain is treated differently, and they usually start with X-rays of the pelvic (sacroiliac) joints rather than a lumbar scan.',
    ],
    source: { id: 'nice-ng65' },
  },
} as const satisfies Record<string, Pathway>;

/** A pathway id. */
export type PathwayId = keyof typeof pathways;
