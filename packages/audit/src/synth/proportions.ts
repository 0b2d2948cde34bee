/**
 * Proportions of the synthetic population, with where each comes from. Rates that the public
 * sources do not give for a health system's whole population are marked as assumptions.
 */
export const proportions = {
  /**
   * Share of patients with a low back pain visit in the year. Assumption: NCQA cites about 2.5
   * million US outpatient visits a year for low back pain (ncqa.org, "Use of Imaging Studies for Low
   * Back Pain", Why It Matters) and Deyo, Mirza & Martin (Spine 2006;31:2724) rank back pain among the
   * top reasons for visits; a primary-care panel sees far more than the national per-capita figure,
   * and 10% keeps small samples informative.
   */
  lowBackPainVisit: 0.1,
  /** Age out of 18–75 at year end among those patients (assumption: adult panel ages 10–90, uniform). */
  ageRange: [10, 90] as const,
  /** First visit inpatient-only (assumption; HEDIS excludes inpatient stays). */
  inpatientOnly: 0.02,
  /** A low back pain visit in the 180 days before (assumption: recurrent back pain is common). */
  priorDiagnosis: 0.12,
  /**
   * A required exclusion (assumption; cancer, trauma, steroids, osteoporosis and the rest together).
   */
  exclusion: 0.1,
  /**
   * Imaged within 28 days among the denominator: 1 − the NCQA national average rate for commercial
   * HMOs in MY 2021 (78.4%, ncqa.org State of Healthcare Quality table) ≈ 22%.
   */
  imagedWithin28Days: 0.22,
  /** Imaged later in the year among the rest (assumption). */
  imagedLater: 0.08,
  /** Modality mix of early imaging (assumption: radiography most, then MRI, few CT). */
  modality: { radiography: 0.6, mri: 0.35, ct: 0.05 },
  /** A red flag documented before imaging (assumption; cancer-free weight loss or fever). */
  redFlagBeforeImaging: 0.15,
} as const;
