import type { Resource } from './fhir-types.js';
import type { PatientRecord } from './to-case.js';

/**
 * Prefetch templates the service asks for (cds-hooks.md §4): only `{{context.patientId}}` tokens,
 * instance reads and type-level searches with reference and token parameters.
 */
export const prefetchTemplates = {
  patient: 'Patient/{{context.patientId}}',
  conditions: 'Condition?patient={{context.patientId}}',
  observations: 'Observation?patient={{context.patientId}}&category=vital-signs,exam,survey',
  medicationRequests: 'MedicationRequest?patient={{context.patientId}}&status=active',
  medicationStatements: 'MedicationStatement?patient={{context.patientId}}&status=active',
  procedures: 'Procedure?patient={{context.patientId}}',
  encounters: 'Encounter?patient={{context.patientId}}',
} as const;

/** patient-view also looks for open lumbar imaging orders. */
export const chartPrefetchTemplates = {
  ...prefetchTemplates,
  imagingOrders: 'ServiceRequest?patient={{context.patientId}}&status=active',
} as const;

/** A prefetch key. */
export type PrefetchKey = keyof typeof chartPrefetchTemplates;

/** A template with its tokens filled from the hook context; undefined if a token has no value. */
export function fillTemplate(template: string, context: Readonly<Record<string, unknown>>): string | undefined {
  let missing = false;
  const filled = template.replace(/\{\{context\.(\w+)\}\}/g, (_m, name: string) => {
    const value = context[name];
    if (typeof value !== 'string' || value === '') {
      missing = true;
      return '';
    }
    return encodeURIComponent(value);
  });
  return missing ? undefined : filled;
}

/** What a prefetch value holds: resources, or why there are none. */
export type PrefetchResult =
  | { readonly kind: 'resources'; readonly resources: readonly Resource[]; readonly next?: string | undefined }
  | { readonly kind: 'error'; readonly reason: string };

/**
 * Read one prefetch value: a resource (instance read), a searchset Bundle (possibly with a `next`
 * page), `null` (the search found nothing), or an OperationOutcome (the client hit an error).
 */
export function readPrefetchValue(value: unknown): PrefetchResult {
  if (value === null) return { kind: 'resources', resources: [] };
  if (typeof value !== 'object' || value === undefined || !('resourceType' in value)) {
    return { kind: 'error', reason: 'not a FHIR resource' };
  }
  const resource = value as Resource & {
    entry?: { resource?: Resource }[];
    link?: { relation: string; url: string }[];
  };
  if (resource.resourceType === 'OperationOutcome') return { kind: 'error', reason: 'the EHR reported an error' };
  if (resource.resourceType === 'Bundle') {
    const resources = (resource.entry ?? []).map((e) => e.resource).filter((r): r is Resource => r !== undefined);
    const next = resource.link?.find((l) => l.relation === 'next')?.url;
    return { kind: 'resources', resources, next };
  }
  return { kind: 'resources', resources: [resource] };
}

/** Sort fetched resources into a patient record by type. */
export function toPatientRecord(
  resources: readonly Resource[],
): PatientRecord & { serviceRequests: readonly Resource[] } {
  const of = <T extends Resource>(type: T['resourceType']) => resources.filter((r): r is T => r.resourceType === type);
  return {
    patient: of<import('fhir/r4.js').Patient>('Patient')[0],
    conditions: of<import('fhir/r4.js').Condition>('Condition'),
    observations: of<import('fhir/r4.js').Observation>('Observation'),
    medicationRequests: of<import('fhir/r4.js').MedicationRequest>('MedicationRequest'),
    medicationStatements: of<import('fhir/r4.js').MedicationStatement>('MedicationStatement'),
    procedures: of<import('fhir/r4.js').Procedure>('Procedure'),
    encounters: of<import('fhir/r4.js').Encounter>('Encounter'),
    serviceRequests: of<import('fhir/r4.js').ServiceRequest>('ServiceRequest'),
  };
}
