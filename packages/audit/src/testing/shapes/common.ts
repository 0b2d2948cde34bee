import { systems } from '@spine-advisor/fhir';
import type { Boundary } from '../boundaries.js';
import { addDays, type Json } from '../fhir-builders.js';

/** Day of the index visit of most shapes (measurement year 2025). */
export const day = '2025-03-10';

/** `day` moved by `days`. */
export const at = (days: number) => addDays(day, days);

/** HL7 v3 ActCode, the system of Encounter.class. */
export const v3 = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/** Low back pain, ICD-10-CM. */
export const lbp = { system: systems.icd10cm, code: 'M54.50' };

/** Lumbar MRI without contrast, CPT. */
export const mriCpt = { system: systems.cpt, code: '72148' };

/** A Patient aged 45 at the end of 2025. */
export const patient = (id: string, extra: Json = {}): Json => ({
  resourceType: 'Patient',
  id,
  birthDate: '1980-06-15',
  ...extra,
});

/** A finished ambulatory Encounter on `date` (period with a start only). */
export const visit = (id: string, pid: string, date: string, extra: Json = {}): Json => ({
  resourceType: 'Encounter',
  id,
  status: 'finished',
  class: { system: v3, code: 'AMB' },
  subject: { reference: `Patient/${pid}` },
  period: { start: date },
  ...extra,
});

/** A visit with low back pain as its reason code. */
export const lbpVisit = (id: string, pid: string, date: string, extra: Json = {}): Json =>
  visit(id, pid, date, { reasonCode: [{ coding: [lbp] }], ...extra });

/** A Condition with only a code and a subject, plus `extra`. */
export const conditionOf = (id: string, pid: string, code: Json, extra: Json = {}): Json => ({
  resourceType: 'Condition',
  id,
  code: { coding: [code] },
  subject: { reference: `Patient/${pid}` },
  ...extra,
});

/** A patient written by hand in one FHIR shape, with the result the measure must give. */
export type Shape = Boundary;
