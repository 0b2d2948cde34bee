import { evaluate } from '@spine-advisor/engine';
import { describe, expect, it } from 'vitest';
import type { CardOptions } from './cards.js';
import { HookRequestSchema } from './cds-schemas.js';
import type { Resource, ServiceRequest } from './fhir-types.js';
import { respondToChart, respondToOrders } from './hooks.js';
import { systems } from './systems.js';
import { cdsResponseViolations } from './testing/cds-validator.js';
import { recordsByPatient } from './testing/node/real-records.js';
import { fixtureNow, recordFromPrefetch, searchset } from './testing/patients.js';

/**
 * Real Synthea records (packages/fhir/testdata) through order-select, order-sign and patient-view,
 * as sent by an EHR (prefetch Bundles by type), each with what the card must and must not show.
 * "Augmented": the same record plus a back pain diagnosis three weeks old, so every patient is rated
 * against decades of real history.
 */
const options: CardOptions = {
  publicUrl: 'https://spine.example.org',
  uuid: () => '00000000-0000-4000-8000-000000000000',
  qcdsmId: 'test',
  unavailable: [],
};
const mri = (patientId: string, status: ServiceRequest['status']): ServiceRequest => ({
  resourceType: 'ServiceRequest',
  id: `mri-${patientId}`,
  status,
  intent: 'order',
  subject: { reference: `Patient/${patientId}` },
  code: { coding: [{ system: systems.cpt, code: '72148' }] },
});
const recentBackPain = (patientId: string) => ({
  resourceType: 'Condition',
  id: `augmented-lbp-${patientId}`,
  clinicalStatus: { coding: [{ system: systems.conditionClinical, code: 'active' }] },
  code: { coding: [{ system: systems.snomed, code: '279039007' }] },
  subject: { reference: `Patient/${patientId}` },
  onsetDateTime: '2026-11-10',
});

function prefetchOf(resources: readonly Record<string, unknown>[]): Record<string, unknown> {
  const byType = (type: string) => resources.filter((r) => r.resourceType === type) as unknown as Resource[];
  return {
    patient: byType('Patient')[0],
    conditions: searchset(byType('Condition')),
    medicationRequests: searchset(byType('MedicationRequest')),
    procedures: searchset(byType('Procedure')),
    encounters: searchset(byType('Encounter')),
    imagingOrders: searchset(byType('ServiceRequest')),
  };
}

function call(hook: 'order-select' | 'order-sign' | 'patient-view', resources: readonly Record<string, unknown>[]) {
  const patientId = String(resources.find((r) => r.resourceType === 'Patient')?.id);
  const draft = mri(patientId, 'draft');
  const request = HookRequestSchema.parse({
    hook,
    hookInstance: `real-${hook}`,
    context: {
      userId: 'Practitioner/u',
      patientId,
      ...(hook === 'patient-view' ? {} : { draftOrders: searchset([draft]) }),
      ...(hook === 'order-select' ? { selections: [`ServiceRequest/${draft.id}`] } : {}),
    },
    prefetch: prefetchOf(resources),
  });
  const record = recordFromPrefetch(request.prefetch ?? {});
  return hook === 'patient-view'
    ? respondToChart(record, record.serviceRequests as ServiceRequest[], fixtureNow, options)
    : respondToOrders(request, record, fixtureNow, options);
}

const records = [
  ...recordsByPatient('synthea-chronic-lbp'),
  ...[...recordsByPatient('sample-bulk-10-patients')].filter(
    ([id]) => id !== 'ca15b832-01e4-41dd-6a52-97bd3e5510cb' && id !== 'fb7c882a-f897-e7c5-67e0-825e7fd55d15',
  ),
];
const hooks = ['order-select', 'order-sign', 'patient-view'] as const;

describe('every real record, as sent and augmented, through every hook', () => {
  for (const [id, resources] of records) {
    for (const augmented of [false, true]) {
      const input = augmented ? [...resources, recentBackPain(id), mri(id, 'active')] : resources;
      for (const hook of hooks) {
        it(`${id.slice(0, 8)}${augmented ? ' + recent back pain' : ''} (${hook}): valid, never critical, no fact line twice`, () => {
          const { response, outcomes } = call(hook, input as Record<string, unknown>[]);
          expect(cdsResponseViolations(response)).toEqual([]);
          for (const card of response.cards) expect(card.indicator).not.toBe('critical');
          for (const o of outcomes) {
            const lines = o.fhirCase.evidence.map((e) => `${e.field}|${e.value}|${e.from}`);
            expect(new Set(lines).size).toBe(lines.length);
          }
          for (const card of response.cards) {
            const factLines = (card.detail ?? '').split('\n').filter((l) => /^- \w+ = /.test(l));
            expect(new Set(factLines).size).toBe(factLines.length);
          }
        });
      }
    }
  }
});

const byId = new Map(records);
const resourcesOf = (id: string) => byId.get(id) as Record<string, unknown>[];

describe('what real records must and must not show', () => {
  it('chronic low back pain with ten therapy sessions and NSAIDs: care history read and shown, from what', () => {
    const { response, outcomes } = call('order-select', resourcesOf('ca15b832-01e4-41dd-6a52-97bd3e5510cb'));
    const facts = outcomes[0]?.fhirCase.facts;
    expect(facts?.conservativeCareWeeks).toBeGreaterThan(6);
    expect(facts?.response).toBe('unchanged');
    const detail = response.cards[0]?.detail ?? '';
    expect(detail).toMatch(
      /- conservativeCareWeeks = [\d.]+ \(estimated from 10 × MedicationRequest: ibuprofen, 10 × Procedure: Movement therapy/,
    );
    expect(detail).not.toMatch(/- conservativeCareWeeks: /); // no longer "not documented"
    // With the care documented, variant 3 needs only whether an intervention is considered: it is asked, not cut.
    expect(detail).toMatch(/- interventionCandidate: /);
  });

  it('SNOMED CT lung and breast cancer (as Synthea codes them) are read', () => {
    const { outcomes } = call('order-sign', resourcesOf('129c6ac7-8d06-89de-ad63-0204a93e76c3'));
    const cancer = outcomes[0]?.fhirCase.evidence.filter((e) => e.field === 'cancerHistory').map((e) => e.from);
    expect(cancer?.some((f) => f.endsWith('SNOMED CT 254637007'))).toBe(true);
    expect(cancer?.some((f) => f.endsWith('SNOMED CT 254837009'))).toBe(true);
  });

  it('a patient who died is never rated as alive: age at death, no rating', () => {
    const { response, outcomes } = call('order-select', resourcesOf('3af3708d-41f1-cd80-f3dd-ec5ac76072bf'));
    expect(outcomes[0]?.fhirCase.facts.age).toBe(11);
    expect(outcomes[0]?.assessment).toBeUndefined();
    expect(response.cards[0]?.summary).toBe('Not rated: the record says this patient died on 1971-10-01');
  });

  it('decades-old sepsis, fever and infections do not raise urgency today', () => {
    const alive = {
      ...(resourcesOf('129c6ac7-8d06-89de-ad63-0204a93e76c3').find((r) => r.resourceType === 'Patient') as object),
      deceasedDateTime: undefined,
    };
    const resources = [
      alive,
      ...resourcesOf('129c6ac7-8d06-89de-ad63-0204a93e76c3').filter((r) => r.resourceType !== 'Patient'),
      recentBackPain('129c6ac7-8d06-89de-ad63-0204a93e76c3'),
    ] as Record<string, unknown>[];
    const { outcomes } = call('order-select', resources);
    const facts = outcomes[0]?.fhirCase.facts;
    expect(facts?.fever).toBeUndefined();
    expect(facts?.recentInfection).toBeUndefined();
    expect(facts?.cancerHistory).toBe('active');
    expect(outcomes[0]?.assessment?.urgency).not.toBe('emergency');
    expect(evaluate(outcomes[0]?.fhirCase.case as never).suspected).toContain('malignancy');
  });
});
