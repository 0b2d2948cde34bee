import type { ProcedureId } from './procedures.js';
import type { Citation } from './sources.js';

/**
 * ACR Appropriateness Criteria® Low Back Pain (2021): the seven variants and the appropriateness
 * category of every procedure in each. Categories, not ACR text, are stored (acr-low-back-pain.md §7.3).
 *
 * Where the ratings come from (see ./verification.ts):
 * - variants 1–2: every procedure usually not appropriate, read from the ACR tables themselves;
 * - variants 3–7: the usually-appropriate and may-be-appropriate procedures as ACR's own patient
 *   site (RadiologyInfo.org) lists them per variant; a procedure it does not name for a variant is
 *   stored as usually not appropriate, marked `unlisted`, as the clinical reference directs.
 */
export type Category = 'usually-appropriate' | 'may-be-appropriate' | 'usually-not-appropriate';

/** An ACR Low Back Pain variant number. */
export type AcrVariant = 1 | 2 | 3 | 4 | 5 | 6 | 7;

interface VariantDefinition {
  readonly scenario: string;
  readonly usuallyAppropriate: readonly ProcedureId[];
  readonly mayBeAppropriate: readonly ProcedureId[];
  readonly source: Citation;
  readonly note?: string;
}

const tables: Citation = { id: 'acr-lbp-2021', section: 'variant tables' };
const patientSite: Citation = { id: 'acr-radiologyinfo-lbp' };

/** The seven variants, in the ACR's words paraphrased. Procedures not named are usually not appropriate. */
export const acrVariants = {
  1: {
    scenario: 'Acute low back pain, with or without radiculopathy; no red flags; no prior management.',
    usuallyAppropriate: [],
    mayBeAppropriate: [],
    source: tables,
  },
  2: {
    scenario: 'Subacute or chronic low back pain, with or without radiculopathy; no red flags; no prior management.',
    usuallyAppropriate: [],
    mayBeAppropriate: [],
    source: tables,
  },
  3: {
    scenario:
      'Subacute or chronic low back pain, with or without radiculopathy, in a surgery or intervention candidate with persistent or progressive symptoms during or after 6 weeks of optimal medical management.',
    usuallyAppropriate: ['mri-lumbar-without-contrast'],
    mayBeAppropriate: [
      'radiography-lumbar',
      'mri-lumbar-without-and-with-contrast',
      'bone-scan-spect-spine',
      'ct-lumbar-without-contrast',
      'ct-myelography-lumbar',
    ],
    source: patientSite,
  },
  4: {
    scenario: 'Low back pain with suspected cauda equina syndrome.',
    usuallyAppropriate: ['mri-lumbar-without-and-with-contrast', 'mri-lumbar-without-contrast'],
    mayBeAppropriate: ['ct-lumbar-without-contrast', 'ct-myelography-lumbar'],
    source: patientSite,
    note: 'Contrast is added when a tumour, infection or inflammation may be the cause.',
  },
  5: {
    scenario:
      'Low back pain, with or without radiculopathy, after prior lumbar surgery, with new or progressing symptoms or clinical findings.',
    usuallyAppropriate: ['radiography-lumbar', 'mri-lumbar-without-and-with-contrast', 'mri-lumbar-without-contrast'],
    mayBeAppropriate: ['ct-lumbar-without-contrast', 'ct-myelography-lumbar'],
    source: patientSite,
    note: 'Contrast separates scar from recurrent disc; radiographs show hardware and alignment.',
  },
  6: {
    scenario:
      'Low back pain, with or without radiculopathy, with one or more of: low-velocity trauma, osteoporosis, elderly individual, chronic steroid use.',
    usuallyAppropriate: ['radiography-lumbar', 'mri-lumbar-without-contrast', 'ct-lumbar-without-contrast'],
    mayBeAppropriate: ['mri-lumbar-without-and-with-contrast', 'ct-myelography-lumbar'],
    source: patientSite,
  },
  7: {
    scenario:
      'Low back pain, with or without radiculopathy, with one or more of: suspicion of cancer, suspicion of infection, immunosuppression.',
    usuallyAppropriate: ['mri-lumbar-without-and-with-contrast', 'mri-lumbar-without-contrast'],
    mayBeAppropriate: [
      'radiography-lumbar',
      'ct-lumbar-without-contrast',
      'ct-lumbar-with-contrast',
      'ct-myelography-lumbar',
    ],
    source: patientSite,
    note: 'Pre-contrast images are needed to read enhancement, so contrast-only MRI is not useful.',
  },
} as const satisfies Record<AcrVariant, VariantDefinition>;

/** The appropriateness category of a procedure in a variant, and whether the source named it. */
export function categoryOf(variant: AcrVariant, procedure: ProcedureId): { category: Category; listed: boolean } {
  const v: VariantDefinition = acrVariants[variant];
  if (v.usuallyAppropriate.includes(procedure)) return { category: 'usually-appropriate', listed: true };
  if (v.mayBeAppropriate.includes(procedure)) return { category: 'may-be-appropriate', listed: true };
  // Variants 1–2 list every procedure as usually not appropriate in the ACR tables themselves.
  return { category: 'usually-not-appropriate', listed: variant <= 2 };
}
