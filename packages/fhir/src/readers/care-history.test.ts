import { describe, expect, it } from 'vitest';
import { systems } from '../systems.js';
import { daysAgo, fixtureNow } from '../testing/patients.js';
import { caseFromFhir } from '../to-case.js';

const patient = { resourceType: 'Patient', id: 'p', birthDate: '1970-06-01', gender: 'female' };
const chronicLbp = (onsetDays: number) => ({
  resourceType: 'Condition',
  id: 'lbp',
  clinicalStatus: { coding: [{ system: systems.conditionClinical, code: 'active' }] },
  code: { coding: [{ system: systems.snomed, code: '278860009', display: 'Chronic low back pain (finding)' }] },
  onsetDateTime: daysAgo(onsetDays),
});
const therapy = (i: number, days: number) => ({
  resourceType: 'Procedure',
  id: `pt-${i}`,
  status: 'completed',
  code: { coding: [{ system: systems.snomed, code: '229064008' }], text: 'Movement therapy (regime/therapy)' },
  performedPeriod: { start: daysAgo(days), end: daysAgo(days) },
});
const ibuprofen = (i: number, days: number) => ({
  resourceType: 'MedicationRequest',
  id: `nsaid-${i}`,
  status: 'stopped',
  intent: 'order',
  medicationCodeableConcept: {
    coding: [{ system: systems.rxnorm, code: '206905', display: 'Ibuprofen 400 MG Oral Tablet [Ibu]' }],
  },
  authoredOn: daysAgo(days),
});

describe('history of care (issue 13: ACR variant 2 vs 3 hinges on it)', () => {
  it('ten therapy sessions and repeated NSAIDs over the episode estimate care weeks and response, saying from what', () => {
    const r = caseFromFhir(
      {
        patient,
        conditions: [chronicLbp(400)],
        procedures: Array.from({ length: 10 }, (_, i) => therapy(i, 350 - i * 7)),
        medicationRequests: Array.from({ length: 4 }, (_, i) => ibuprofen(i, 380 - i * 90)),
      },
      fixtureNow,
    );
    expect(r.facts.conservativeCareWeeks).toBeGreaterThanOrEqual(6);
    expect(r.facts.response).toBe('unchanged');
    const care = r.evidence.find((e) => e.field === 'conservativeCareWeeks');
    expect(care?.from).toMatch(/^estimated from 4 × MedicationRequest: ibuprofen, 10 × Procedure: Movement therapy/);
  });

  it('a physiotherapy referral counts as care', () => {
    const r = caseFromFhir(
      {
        patient,
        conditions: [chronicLbp(120)],
        serviceRequests: [
          {
            resourceType: 'ServiceRequest',
            id: 'ref',
            status: 'completed',
            intent: 'order',
            code: { text: 'Referral to physiotherapy' },
            authoredOn: daysAgo(100),
          },
        ],
        medicationRequests: [ibuprofen(1, 20)],
      },
      fixtureNow,
    );
    expect(r.facts.conservativeCareWeeks).toBe(12.4);
    expect(r.facts.response).toBe('unchanged');
  });

  it('care before this episode does not count; a week of care says nothing of the response', () => {
    const before = caseFromFhir(
      { patient, conditions: [chronicLbp(30)], procedures: [therapy(1, 200), therapy(2, 190)] },
      fixtureNow,
    );
    expect(before.facts.conservativeCareWeeks).toBeUndefined();
    const short = caseFromFhir(
      { patient, conditions: [chronicLbp(30)], medicationRequests: [ibuprofen(1, 10)] },
      fixtureNow,
    );
    expect(short.facts.conservativeCareWeeks).toBe(1);
    expect(short.facts.response).toBeUndefined();
  });
});
