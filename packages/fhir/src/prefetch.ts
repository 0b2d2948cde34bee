import { fhirValueSets } from '@spine-advisor/engine';
import type { Resource } from './fhir-types.js';
import { systems } from './systems.js';
import type { PatientRecord } from './to-case.js';

/** `system|code` tokens of value sets, for a search's token parameter (ICD prefixes that are codes themselves included). */
function tokens(...ids: readonly ('spinal-surgery' | 'physical-therapy' | 'low-back-pain')[]): string {
  return ids
    .flatMap((id) => [
      ...fhirValueSets[id].snomed.map((code) => `${systems.snomed}|${code}`),
      ...fhirValueSets[id].icd10.map((code) => `${systems.icd10cm}|${code}`),
    ])
    .join(',');
}

/**
 * Prefetch templates the service asks for (cds-hooks.md §4), within the CDS Hooks 2.0 query subset
 * every client honours: `{{context.patientId}}` tokens, instance reads, type-level searches with
 * reference and token parameters. Narrowed to what the readers use: medicines by status (past ones
 * too: they document care), spinal-surgery and therapy procedures only, encounters for back pain
 * only (they date an episode no Condition dates), vital signs and exam findings. Date limits need
 * date arithmetic in tokens, which 2.0 clients do not support (3.0 ballot), so none are used.
 */
export const prefetchTemplates = {
  patient: 'Patient/{{context.patientId}}',
  conditions: 'Condition?patient={{context.patientId}}',
  observations: 'Observation?patient={{context.patientId}}&category=vital-signs,exam,survey',
  medicationRequests:
    'MedicationRequest?patient={{context.patientId}}&status=active,on-hold,completed,stopped&_include=MedicationRequest:medication',
  medicationStatements: 'MedicationStatement?patient={{context.patientId}}&status=active,intended,on-hold,completed',
  procedures: `Procedure?patient={{context.patientId}}&code=${tokens('spinal-surgery', 'physical-therapy')}`,
  encounters: `Encounter?patient={{context.patientId}}&reason-code=${tokens('low-back-pain')}`,
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

/** The `resourceType` of a Bundle entry that held no readable resource (kept so it can be named on the card). */
export const unreadableEntryType = 'spine-advisor:unreadable-entry';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Read one prefetch value: a resource (instance read), a searchset Bundle (possibly with a `next`
 * page), `null` (the search found nothing), or an OperationOutcome (the client hit an error). A
 * Bundle entry without a readable resource (`null`, a string, a resource without `resourceType`) is
 * kept as an unreadable-entry marker, so the rest is read and the card names it.
 */
export function readPrefetchValue(value: unknown): PrefetchResult {
  if (value === null) return { kind: 'resources', resources: [] };
  if (!isObject(value) || typeof value.resourceType !== 'string') {
    return { kind: 'error', reason: 'not a FHIR resource' };
  }
  const resource = value as unknown as Resource & { entry?: unknown; link?: unknown };
  if (resource.resourceType === 'OperationOutcome') return { kind: 'error', reason: 'the EHR reported an error' };
  if (resource.resourceType === 'Bundle') {
    if (resource.entry !== undefined && !Array.isArray(resource.entry)) {
      return { kind: 'error', reason: 'Bundle.entry is not a list' };
    }
    const resources = ((resource.entry ?? []) as unknown[]).map((e, i): Resource => {
      const inner = isObject(e) ? e.resource : undefined;
      return isObject(inner) && typeof inner.resourceType === 'string'
        ? (inner as unknown as Resource)
        : { resourceType: unreadableEntryType, id: `entry ${i}` };
    });
    const links = Array.isArray(resource.link) ? (resource.link as unknown[]) : [];
    const next = links.find(
      (l): l is { url: string } => isObject(l) && l.relation === 'next' && typeof l.url === 'string',
    )?.url;
    return { kind: 'resources', resources, next };
  }
  return { kind: 'resources', resources: [resource] };
}

/** Sort fetched resources into a patient record by type; each is checked later, by its reader. */
export function toPatientRecord(
  resources: readonly Resource[],
): PatientRecord & { serviceRequests: readonly Resource[] } {
  const byType = new Map<string, Resource[]>();
  for (const r of resources) {
    const type = isObject(r) && typeof r.resourceType === 'string' ? r.resourceType : unreadableEntryType;
    let list = byType.get(type);
    if (!list) {
      list = [];
      byType.set(type, list);
    }
    list.push(r);
  }
  const of = (type: string) => byType.get(type) ?? [];
  const unreadable = of(unreadableEntryType).map((r) => ({
    resource: `Bundle ${r.id ?? 'entry'}`,
    reason: 'holds no readable resource',
  }));
  return {
    patient: of('Patient')[0],
    conditions: of('Condition'),
    observations: of('Observation'),
    medications: of('Medication'),
    medicationRequests: of('MedicationRequest'),
    medicationStatements: of('MedicationStatement'),
    procedures: of('Procedure'),
    encounters: of('Encounter'),
    serviceRequests: of('ServiceRequest'),
    ...(unreadable.length > 0 ? { unreadable } : {}),
  };
}
