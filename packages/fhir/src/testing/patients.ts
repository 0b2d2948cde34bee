import type { Urgency } from '@spine-advisor/engine';
import type { CardOptions } from '../cards.js';
import type {
  Condition,
  MedicationRequest,
  Observation,
  Patient,
  Procedure,
  Resource,
  ServiceRequest,
} from '../fhir-types.js';
import type { PamaRating } from '../pama.js';
import { readPrefetchValue, toPatientRecord } from '../prefetch.js';
import { systems } from '../systems.js';

/**
 * FHIR fixture patients written for the tests: each a small record (Patient, Conditions,
 * Observations, medicines, procedures) with a drafted imaging order and the expected outcome.
 * Dates are relative to `fixtureNow`, so the fixtures do not age.
 */
export const fixtureNow = new Date('2026-12-01T12:00:00Z');

const DAY = 86_400_000;
/** The instant `n` days before `fixtureNow`, as a FHIR dateTime. */
export const daysAgo = (n: number) => new Date(fixtureNow.getTime() - n * DAY).toISOString();

/** A Patient resource of a 56-year-old man, for reader tests. */
export const adultPatient = { resourceType: 'Patient', id: 'p', birthDate: '1970-06-01', gender: 'male' } as const;
const dateAgo = (n: number) => daysAgo(n).slice(0, 10);
const birthDateForAge = (age: number) => `${fixtureNow.getUTCFullYear() - age - 1}-12-15`;

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

const code = (system: string, c: string, display?: string) => ({
  coding: [{ system, code: c, ...(display ? { display } : {}) }],
});
const active = { coding: [{ system: systems.conditionClinical, code: 'active' }] };

function patient(id: string, age: number | undefined, gender: Patient['gender']): Patient {
  return {
    resourceType: 'Patient',
    id,
    ...(age === undefined ? {} : { birthDate: birthDateForAge(age) }),
    ...(gender ? { gender } : {}),
  };
}

function condition(
  patientId: string,
  system: 'icd' | 'snomed',
  c: string,
  onsetDays?: number,
  extra: Partial<Condition> = {},
): Condition {
  return {
    resourceType: 'Condition',
    id: nextId('cond'),
    subject: { reference: `Patient/${patientId}` },
    clinicalStatus: active,
    code: code(system === 'icd' ? systems.icd10cm : systems.snomed, c),
    ...(onsetDays === undefined ? {} : { onsetDateTime: daysAgo(onsetDays) }),
    ...extra,
  };
}

function finding(patientId: string, c: string, days: number): Observation {
  return {
    resourceType: 'Observation',
    id: nextId('obs'),
    status: 'final',
    subject: { reference: `Patient/${patientId}` },
    code: code(systems.snomed, c),
    effectiveDateTime: daysAgo(days),
    valueBoolean: true,
  };
}

function temperature(patientId: string, celsius: number, days: number): Observation {
  return {
    resourceType: 'Observation',
    id: nextId('obs'),
    status: 'final',
    category: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] },
    ],
    subject: { reference: `Patient/${patientId}` },
    code: code(systems.loinc, '8310-5', 'Body temperature'),
    effectiveDateTime: daysAgo(days),
    valueQuantity: { value: celsius, unit: 'Cel', system: 'http://unitsofmeasure.org', code: 'Cel' },
  };
}

function medication(patientId: string, text: string, authoredDays: number, rxnorm?: string): MedicationRequest {
  return {
    resourceType: 'MedicationRequest',
    id: nextId('med'),
    status: 'active',
    intent: 'order',
    subject: { reference: `Patient/${patientId}` },
    medicationCodeableConcept: {
      text,
      ...(rxnorm ? { coding: [{ system: systems.rxnorm, code: rxnorm, display: text }] } : {}),
    },
    authoredOn: dateAgo(authoredDays),
  };
}

function procedure(patientId: string, snomed: string, days: number): Procedure {
  return {
    resourceType: 'Procedure',
    id: nextId('proc'),
    status: 'completed',
    subject: { reference: `Patient/${patientId}` },
    code: code(systems.snomed, snomed),
    performedDateTime: daysAgo(days),
  };
}

/** A draft imaging order, as an EHR puts it in `context.draftOrders`. */
export function order(
  patientId: string,
  system: 'cpt' | 'loinc',
  c: string,
  reason: { system: 'icd' | 'snomed'; code: string } = { system: 'snomed', code: '279039007' },
  status: ServiceRequest['status'] = 'draft',
): ServiceRequest {
  return {
    resourceType: 'ServiceRequest',
    id: nextId('order'),
    status,
    intent: 'plan',
    subject: { reference: `Patient/${patientId}` },
    code: code(system === 'cpt' ? systems.cpt : systems.loinc, c),
    reasonCode: [code(reason.system === 'icd' ? systems.icd10cm : systems.snomed, reason.code)],
  };
}

/** A fixture patient and what the service should say about the drafted order. */
export interface Fixture {
  readonly name: string;
  readonly patientId: string;
  readonly resources: readonly Resource[];
  readonly order: ServiceRequest;
  readonly expected:
    | {
        readonly urgency: Urgency;
        readonly rating: PamaRating;
        readonly indicator: 'info' | 'warning' | 'critical';
        readonly suggestion?: 'replace' | 'remove';
      }
    | { readonly cannotRate: readonly ('age' | 'durationWeeks')[] }
    | { readonly noCards: true };
}

const lbp = (p: string, days: number) => condition(p, 'snomed', '279039007', days);

function fixture(
  name: string,
  age: number | undefined,
  gender: Patient['gender'],
  build: (id: string) => { resources: Resource[]; order: ServiceRequest },
  expected: Fixture['expected'],
): Fixture {
  const id = `pt-${name}`;
  const { resources, order: o } = build(id);
  return { name, patientId: id, resources: [patient(id, age, gender), ...resources], order: o, expected };
}

/** The fixture patients: every red-flag group, plain cases, and records the service cannot rate. */
export const fixtures: readonly Fixture[] = [
  fixture(
    'connectathon-ct-4-months',
    49,
    'female',
    (p) => ({ resources: [lbp(p, 120)], order: order(p, 'cpt', '72133') }),
    { urgency: 'none', rating: 'not-appropriate', indicator: 'warning', suggestion: 'remove' },
  ),
  fixture(
    'acute-mri-2-weeks',
    35,
    'male',
    (p) => ({ resources: [condition(p, 'icd', 'M54.50', 14)], order: order(p, 'cpt', '72148') }),
    { urgency: 'none', rating: 'not-appropriate', indicator: 'warning', suggestion: 'remove' },
  ),
  fixture(
    'urinary-retention',
    52,
    'female',
    (p) => ({ resources: [lbp(p, 7), condition(p, 'icd', 'R33.9', 1)], order: order(p, 'cpt', '72148') }),
    { urgency: 'emergency', rating: 'appropriate', indicator: 'critical' },
  ),
  fixture(
    'ces-order-reason',
    44,
    'male',
    (p) => ({ resources: [lbp(p, 3)], order: order(p, 'cpt', '72158', { system: 'icd', code: 'G83.4' }) }),
    { urgency: 'emergency', rating: 'appropriate', indicator: 'critical' },
  ),
  fixture(
    'breast-cancer-history-xray',
    63,
    'female',
    (p) => ({ resources: [lbp(p, 21), condition(p, 'icd', 'Z85.3')], order: order(p, 'cpt', '72100') }),
    { urgency: 'soon', rating: 'appropriate', indicator: 'info', suggestion: 'replace' },
  ),
  fixture(
    'prostate-cancer-foot-drop',
    70,
    'male',
    (p) => ({
      resources: [lbp(p, 7), condition(p, 'icd', 'C61'), finding(p, '6077001', 2)],
      order: order(p, 'cpt', '72131'),
    }),
    { urgency: 'emergency', rating: 'appropriate', indicator: 'critical', suggestion: 'replace' },
  ),
  fixture(
    'hiv-with-fever',
    40,
    'male',
    (p) => ({
      resources: [lbp(p, 6), condition(p, 'icd', 'B20'), temperature(p, 38.6, 1)],
      order: order(p, 'cpt', '72158'),
    }),
    { urgency: 'urgent', rating: 'appropriate', indicator: 'info' },
  ),
  fixture(
    'discitis-order-reason',
    57,
    'female',
    (p) => ({ resources: [lbp(p, 10)], order: order(p, 'loinc', '24967-2', { system: 'icd', code: 'M46.46' }) }),
    { urgency: 'urgent', rating: 'appropriate', indicator: 'info' },
  ),
  fixture(
    'osteoporosis-mri',
    78,
    'female',
    (p) => ({ resources: [lbp(p, 5), condition(p, 'icd', 'M81.0', 2000)], order: order(p, 'cpt', '72148') }),
    { urgency: 'soon', rating: 'appropriate', indicator: 'info', suggestion: 'replace' },
  ),
  fixture(
    'long-term-prednisone',
    55,
    'male',
    (p) => ({
      resources: [lbp(p, 14), medication(p, 'prednisone 10 MG Oral Tablet', 200)],
      order: order(p, 'cpt', '72100'),
    }),
    { urgency: 'soon', rating: 'appropriate', indicator: 'info' },
  ),
  fixture(
    'apixaban-leg-weakness',
    68,
    'female',
    (p) => ({
      resources: [lbp(p, 3), medication(p, 'apixaban 5 MG Oral Tablet', 400, '1364430'), finding(p, '309774006', 1)],
      order: order(p, 'cpt', '72148'),
    }),
    { urgency: 'emergency', rating: 'appropriate', indicator: 'critical' },
  ),
  fixture(
    'lumbar-fusion-new-pain',
    58,
    'male',
    (p) => ({ resources: [lbp(p, 35), procedure(p, '277764006', 700)], order: order(p, 'cpt', '72148') }),
    { urgency: 'routine', rating: 'appropriate', indicator: 'info', suggestion: 'replace' },
  ),
  fixture(
    'foot-drop',
    45,
    'female',
    (p) => ({ resources: [lbp(p, 10), condition(p, 'snomed', '6077001', 2)], order: order(p, 'loinc', '30679-5') }),
    { urgency: 'urgent', rating: 'appropriate', indicator: 'info' },
  ),
  fixture(
    'ankylosing-spondylitis',
    30,
    'male',
    (p) => ({ resources: [lbp(p, 140), condition(p, 'icd', 'M45.7', 140)], order: order(p, 'cpt', '72100') }),
    { urgency: 'routine', rating: 'no-criteria-apply', indicator: 'info' },
  ),
  fixture('teenager', 16, 'female', (p) => ({ resources: [lbp(p, 20)], order: order(p, 'cpt', '72148') }), {
    urgency: 'none',
    rating: 'no-criteria-apply',
    indicator: 'info',
  }),
  fixture('no-birth-date', undefined, 'female', (p) => ({ resources: [lbp(p, 20)], order: order(p, 'cpt', '72148') }), {
    cannotRate: ['age'],
  }),
  fixture(
    'no-onset',
    50,
    'male',
    (p) => ({ resources: [condition(p, 'snomed', '279039007')], order: order(p, 'cpt', '72148') }),
    { cannotRate: ['durationWeeks'] },
  ),
  fixture(
    'chest-xray-not-lumbar',
    60,
    'female',
    (p) => ({ resources: [lbp(p, 20)], order: order(p, 'cpt', '71046') }),
    { noCards: true },
  ),
];

/** A searchset Bundle of resources, as a prefetch value or a FHIR server answer. */
export function searchset(resources: readonly Resource[]): Resource & { entry: { resource: Resource }[] } {
  return { resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) } as never;
}

/** The prefetch object for a fixture: each key holds what its template would find. */
export function prefetchFor(f: Fixture): Record<string, unknown> {
  const of = (type: string) => f.resources.filter((r) => r.resourceType === type);
  const bundleOrNull = (type: string) => (of(type).length > 0 ? searchset(of(type)) : null);
  return {
    patient: of('Patient')[0],
    conditions: bundleOrNull('Condition'),
    observations: bundleOrNull('Observation'),
    medicationRequests: bundleOrNull('MedicationRequest'),
    medicationStatements: null,
    procedures: bundleOrNull('Procedure'),
    encounters: null,
  };
}

/** A CDS Hooks request for a fixture's order. */
export function hookRequest(f: Fixture, hook: 'order-select' | 'order-sign', withPrefetch = true) {
  return {
    hook,
    hookInstance: `hook-${f.name}-${hook}`,
    context: {
      userId: 'Practitioner/example',
      patientId: f.patientId,
      ...(hook === 'order-select' ? { selections: [`ServiceRequest/${f.order.id}`] } : {}),
      draftOrders: searchset([f.order]),
    },
    ...(withPrefetch ? { prefetch: prefetchFor(f) } : {}),
  };
}

/** The patient record a prefetch object holds, read as the server reads it (each value, then sorted by type). */
export function recordFromPrefetch(prefetch: Readonly<Record<string, unknown>>) {
  return toPatientRecord(
    Object.values(prefetch).flatMap((v) => {
      const read = readPrefetchValue(v);
      return read.kind === 'resources' ? read.resources : [];
    }),
  );
}

/** Card options for tests: a fixed public URL and qCDSM id, and numbered uuids (distinct, readable in failures). */
export function testCardOptions(): CardOptions {
  let n = 0;
  return {
    publicUrl: 'https://spine.example.org',
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    qcdsmId: 'test-qcdsm',
    unavailable: [],
  };
}
