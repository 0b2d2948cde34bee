import type { PatientRecord } from '@spine-advisor/fhir';

type Dated = { readonly resourceType?: string };

/** The day (YYYY-MM-DD) a resource was documented, or undefined when it carries no date. */
export function documentedOn(resource: Dated): string | undefined {
  const r = resource as Record<string, unknown> & {
    effectivePeriod?: { start?: string };
    onsetPeriod?: { start?: string };
    performedPeriod?: { start?: string };
    period?: { start?: string };
    occurrencePeriod?: { start?: string };
  };
  const text = (value: unknown) => (typeof value === 'string' && value.length >= 10 ? value.slice(0, 10) : undefined);
  switch (resource.resourceType) {
    case 'Condition':
      return text(r.recordedDate) ?? text(r.onsetDateTime) ?? text(r.onsetPeriod?.start);
    case 'Observation':
      return text(r.effectiveDateTime) ?? text(r.effectivePeriod?.start) ?? text(r.issued);
    case 'MedicationRequest':
      return text(r.authoredOn);
    case 'MedicationStatement':
      return text(r.effectiveDateTime) ?? text(r.effectivePeriod?.start) ?? text(r.dateAsserted);
    case 'Procedure':
      return text(r.performedDateTime) ?? text(r.performedPeriod?.start);
    case 'Encounter':
      return text(r.period?.start);
    case 'ServiceRequest':
      return text(r.authoredOn) ?? text(r.occurrenceDateTime) ?? text(r.occurrencePeriod?.start);
    default:
      return undefined;
  }
}

type Fields = Record<string, unknown> & {
  resourceType?: string;
  abatementDateTime?: string;
  abatementPeriod?: { start?: string };
  authoredOn?: string;
  dispenseRequest?: { expectedSupplyDuration?: { value?: number } };
};

/** A resource as an object with its fields, or undefined when it is not an object (caseFromFhir names those). */
const fieldsOf = (resource: unknown): Fields | undefined =>
  typeof resource === 'object' && resource !== null && !Array.isArray(resource) ? (resource as Fields) : undefined;

/**
 * The record as it stood at the end of `day`: resources documented later, or undated (they cannot
 * be shown to precede it), are left out, so nothing after the study leaks into its judgement. A
 * condition that abated after `day` was still active then; a prescription whose supply reached
 * `day` was still active then. Medications (referenced by prescriptions, never dated) are kept.
 */
export function recordAsOf(record: PatientRecord, day: string): PatientRecord {
  const known = (list: readonly unknown[] | undefined): Fields[] =>
    (list ?? []).flatMap((resource) => {
      const r = fieldsOf(resource);
      const on = r && documentedOn(r);
      return r && on !== undefined && on <= day ? [r] : [];
    });
  return {
    patient: record.patient,
    conditions: known(record.conditions).map((c) => {
      const abated = c.abatementDateTime ?? c.abatementPeriod?.start;
      if (typeof abated !== 'string' || abated.slice(0, 10) <= day) return c;
      const { abatementDateTime: _a, abatementPeriod: _p, ...rest } = c;
      return { ...rest, clinicalStatus: { coding: [{ code: 'active' }] } };
    }),
    observations: known(record.observations),
    medications: record.medications ?? [],
    medicationRequests: known(record.medicationRequests).map((m) => {
      if (m.status !== 'completed' && m.status !== 'stopped') return m;
      const days = m.dispenseRequest?.expectedSupplyDuration?.value ?? 0;
      const start = Date.parse(`${m.authoredOn?.slice(0, 10)}T00:00:00Z`);
      if (Number.isNaN(start)) return m;
      const end = new Date(start + days * 86_400_000).toISOString().slice(0, 10);
      return end >= day ? { ...m, status: 'active' } : m;
    }),
    medicationStatements: known(record.medicationStatements),
    procedures: known(record.procedures),
    encounters: known(record.encounters),
    serviceRequests: known(record.serviceRequests),
  };
}
