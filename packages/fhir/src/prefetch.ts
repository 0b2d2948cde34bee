import { fhirValueSets } from '@spine-advisor/engine';
import type { Resource } from './fhir-types.js';
import { systems } from './systems.js';
import type { PatientRecord } from './to-case.js';

/** Procedure codes worth fetching: spinal operations and first-line therapy (value sets in the knowledge base). */
const procedureCodes = [...fhirValueSets['spinal-surgery'].snomed, ...fhirValueSets['physical-therapy'].snomed]
  .map((code) => `${systems.snomed}|${code}`)
  .join(',');

/**
 * Prefetch templates the service asks for (cds-hooks.md §4): `{{context.patientId}}` tokens, instance
 * reads and type-level searches with reference, token and date parameters, narrowed to what the
 * readers use: current medicines, and past ones only for two years (care history); spinal and
 * therapy procedures only; encounters of the last two years (they only date an episode no
 * Condition dates); recent vital signs and exam findings. `{{today() - N days}}` is the CDS Hooks
 * date token (3.0 ballot, the sandbox): a client that cannot fill it leaves the key out and the
 * service fetches it itself, filling it with `fillTemplate`.
 */
export const prefetchTemplates = {
  patient: 'Patient/{{context.patientId}}',
  conditions: 'Condition?patient={{context.patientId}}',
  observations:
    'Observation?patient={{context.patientId}}&category=vital-signs,exam,survey&date=ge{{today() - 90 days}}',
  medicationRequests:
    'MedicationRequest?patient={{context.patientId}}&status=active,on-hold&_include=MedicationRequest:medication',
  pastMedicationRequests:
    'MedicationRequest?patient={{context.patientId}}&status=completed,stopped&authoredon=ge{{today() - 730 days}}&_include=MedicationRequest:medication',
  medicationStatements: 'MedicationStatement?patient={{context.patientId}}&status=active,intended,on-hold,completed',
  procedures: `Procedure?patient={{context.patientId}}&code=${procedureCodes}`,
  encounters: 'Encounter?patient={{context.patientId}}&date=ge{{today() - 730 days}}',
} as const;

/** patient-view also looks for open lumbar imaging orders. */
export const chartPrefetchTemplates = {
  ...prefetchTemplates,
  imagingOrders: 'ServiceRequest?patient={{context.patientId}}&status=active',
} as const;

/** A prefetch key. */
export type PrefetchKey = keyof typeof chartPrefetchTemplates;

const DAY = 86_400_000;

/**
 * A template with its tokens filled from the hook context and, for `{{today()}}` and
 * `{{today() ± N days}}`, from `now`; undefined if a token has no value.
 */
export function fillTemplate(
  template: string,
  context: Readonly<Record<string, unknown>>,
  now?: Date,
): string | undefined {
  let missing = false;
  const filled = template
    .replace(/\{\{context\.(\w+)\}\}/g, (_m, name: string) => {
      const value = context[name];
      if (typeof value !== 'string' || value === '') {
        missing = true;
        return '';
      }
      return encodeURIComponent(value);
    })
    .replace(/\{\{today\(\)(?:\s*([+-])\s*(\d+)\s*days?)?\}\}/g, (_m, sign?: string, days?: string) => {
      if (!now) {
        missing = true;
        return '';
      }
      const offset = (sign === '-' ? -1 : 1) * Number(days ?? 0) * DAY;
      return new Date(now.getTime() + offset).toISOString().slice(0, 10);
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
