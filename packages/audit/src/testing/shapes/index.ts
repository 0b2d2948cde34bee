import type { Json } from '../fhir-builders.js';
import { claimShapes } from './claims.js';
import { day, lbpVisit, patient, type Shape } from './common.js';
import { diagnosisShapes } from './diagnosis.js';
import { exclusionShapes } from './exclusions.js';
import { imagingShapes } from './imaging.js';
import { medicationShapes } from './medications.js';
import { patientShapes } from './patients.js';
import { visitShapes } from './visits.js';

/**
 * Patients written by hand the ways FHIR R4 allows, without our builders: each fact (diagnosis,
 * visit, imaging, medication, death, hospice) in another shape than the boundary fixtures use, with
 * the result the measure must give. Measurement year 2025, index visit 10 March 2025 unless named.
 */

/** Every shape, with the result it must give. */
export const shapes: readonly Shape[] = [
  ...diagnosisShapes,
  ...visitShapes,
  ...imagingShapes,
  ...patientShapes,
  ...medicationShapes,
  ...exclusionShapes,
  ...claimShapes,
];

/** A low back pain visit that was cancelled, alone: the patient has no diagnosis and is not listed. */
export const unlisted: readonly Json[] = [
  patient('s-only-cancelled'),
  lbpVisit('s-only-cancelled-v', 's-only-cancelled', day, { status: 'cancelled' }),
];
