import { describe, expect, it } from 'vitest';
import { systems } from '../systems.js';
import { adultPatient, daysAgo, fixtureNow } from '../testing/patients.js';
import { caseFromFhir } from '../to-case.js';

const patient = adultPatient;
const warfarin = { coding: [{ system: systems.rxnorm, code: '11289', display: 'warfarin' }] };
const request = (extra: Record<string, unknown>) => ({
  resourceType: 'MedicationRequest',
  id: 'mr',
  status: 'active',
  intent: 'order',
  subject: { reference: 'Patient/p' },
  authoredOn: daysAgo(20),
  ...extra,
});

describe('medication references (issue 13)', () => {
  it('reads an anticoagulant from a contained Medication (RxNorm)', () => {
    const r = caseFromFhir(
      {
        patient,
        medicationRequests: [
          request({
            contained: [
              { resourceType: 'Medication', id: 'm1', code: { coding: [{ system: systems.rxnorm, code: '11289' }] } },
            ],
            medicationReference: { reference: '#m1' },
          }),
        ],
      },
      fixtureNow,
    );
    expect(r.facts.anticoagulant).toBe(true);
  });

  it('reads an anticoagulant from a referenced Medication in the record', () => {
    const r = caseFromFhir(
      {
        patient,
        medications: [{ resourceType: 'Medication', id: 'apix', code: { text: 'Apixaban 5 MG Oral Tablet' } }],
        medicationRequests: [request({ medicationReference: { reference: 'Medication/apix' } })],
      },
      fixtureNow,
    );
    expect(r.facts.anticoagulant).toBe(true);
    expect(r.evidence).toContainEqual({
      field: 'anticoagulant',
      value: 'true',
      from: 'MedicationRequest/mr: apixaban',
    });
  });

  it('names a reference it cannot resolve, and reads nothing from it', () => {
    const r = caseFromFhir(
      { patient, medicationRequests: [request({ medicationReference: { reference: 'Medication/missing' } })] },
      fixtureNow,
    );
    expect(r.facts.anticoagulant).toBeUndefined();
    expect(r.skipped).toContainEqual({
      resource: 'MedicationRequest/mr',
      reason: 'its medication Medication/missing was not in the record sent',
    });
  });

  it('a stopped or cancelled anticoagulant is not taken now', () => {
    for (const status of ['stopped', 'cancelled', 'entered-in-error']) {
      const r = caseFromFhir(
        { patient, medicationRequests: [request({ status, medicationCodeableConcept: warfarin })] },
        fixtureNow,
      );
      expect(r.facts.anticoagulant).toBeUndefined();
    }
  });

  it('a steroid needs 3 months of use (knowledge: minimumDays) and a systemic route', () => {
    const steroid = (text: string, authored: number, route?: string) =>
      caseFromFhir(
        {
          patient,
          medicationRequests: [
            request({
              authoredOn: daysAgo(authored),
              medicationCodeableConcept: { text },
              ...(route ? { dosageInstruction: [{ route: { text: route } }] } : {}),
            }),
          ],
        },
        fixtureNow,
      ).facts.steroidUse;
    expect(steroid('Prednisone 5 MG Oral Tablet', 120)).toBe(true);
    expect(steroid('Prednisone 5 MG Oral Tablet', 30)).toBeUndefined();
    expect(steroid('Budesonide 0.25 MG/ML', 400, 'Inhalation')).toBeUndefined();
    expect(steroid('Betamethasone 0.1%', 400, 'Topical')).toBeUndefined();
  });
});
