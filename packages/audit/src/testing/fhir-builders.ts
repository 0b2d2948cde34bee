import { systems } from '@spine-advisor/fhir';

/** A FHIR resource as plain JSON, for fixtures. */
export type Json = Record<string, unknown>;

const DAY = 86_400_000;

/** `date` (YYYY-MM-DD) moved by `days`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** A code in a system named by its short name. */
export function coding(system: 'icd10cm' | 'snomed' | 'cpt' | 'loinc', code: string, display?: string): Json {
  return { system: systems[system], code, ...(display ? { display } : {}) };
}

/** A Patient. */
export function patient(id: string, birthDate: string, extra: Json = {}): Json {
  return { resourceType: 'Patient', id, birthDate, gender: 'female', ...extra };
}

/** An encounter on `date`; `reasons` become reasonCode; class AMB unless given. */
export function encounter(
  id: string,
  pid: string,
  date: string,
  options: { class?: string; reasons?: Json[]; types?: Json[]; diagnoses?: { condition: string; rank: number }[] } = {},
): Json {
  return {
    resourceType: 'Encounter',
    id,
    status: 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: options.class ?? 'AMB' },
    subject: { reference: `Patient/${pid}` },
    period: { start: `${date}T09:00:00Z`, end: `${date}T09:30:00Z` },
    ...(options.reasons ? { reasonCode: options.reasons.map((c) => ({ coding: [c] })) } : {}),
    ...(options.types ? { type: options.types.map((c) => ({ coding: [c] })) } : {}),
    ...(options.diagnoses
      ? {
          diagnosis: options.diagnoses.map((d) => ({
            condition: { reference: `Condition/${d.condition}` },
            rank: d.rank,
          })),
        }
      : {}),
  };
}

/** A condition recorded on `date`, optionally on an encounter. */
export function condition(
  id: string,
  pid: string,
  code: Json,
  date: string,
  encounterId?: string,
  extra: Json = {},
): Json {
  return {
    resourceType: 'Condition',
    id,
    clinicalStatus: { coding: [{ system: systems.conditionClinical, code: 'active' }] },
    code: { coding: [code] },
    subject: { reference: `Patient/${pid}` },
    ...(encounterId ? { encounter: { reference: `Encounter/${encounterId}` } } : {}),
    onsetDateTime: `${date}T09:00:00Z`,
    recordedDate: `${date}T09:00:00Z`,
    ...extra,
  };
}

/** A completed procedure on `date`. */
export function procedure(id: string, pid: string, code: Json, date: string, extra: Json = {}): Json {
  return {
    resourceType: 'Procedure',
    id,
    status: 'completed',
    code: { coding: [code] },
    subject: { reference: `Patient/${pid}` },
    performedDateTime: `${date}T10:00:00Z`,
    ...extra,
  };
}

/** An imaging study started on `date` with a procedure code and optional reasons. */
export function imagingStudy(
  id: string,
  pid: string,
  code: Json,
  date: string,
  options: { reasons?: Json[]; location?: string; referrer?: string } = {},
): Json {
  return {
    resourceType: 'ImagingStudy',
    id,
    status: 'available',
    subject: { reference: `Patient/${pid}` },
    started: `${date}T11:00:00Z`,
    procedureCode: [{ coding: [code] }],
    ...(options.reasons ? { reasonCode: options.reasons.map((c) => ({ coding: [c] })) } : {}),
    ...(options.location ? { location: { reference: `Location/${options.location}` } } : {}),
    ...(options.referrer ? { referrer: { reference: `Practitioner/${options.referrer}` } } : {}),
  };
}

/** A dispensing of `name` handed over on `date` for `days` days. */
export function dispense(id: string, pid: string, name: string, date: string, days: number): Json {
  return {
    resourceType: 'MedicationDispense',
    id,
    status: 'completed',
    medicationCodeableConcept: { text: `${name} 5 MG Oral Tablet` },
    subject: { reference: `Patient/${pid}` },
    whenHandedOver: `${date}T12:00:00Z`,
    daysSupply: { value: days, unit: 'day', system: 'http://unitsofmeasure.org', code: 'd' },
  };
}

/** Resources as NDJSON text. */
export function ndjson(resources: readonly Json[]): string {
  return `${resources.map((r) => JSON.stringify(r)).join('\n')}\n`;
}
