import { describe, expect, it } from 'vitest';
import type { CardOptions } from './cards.js';
import { HookRequestSchema } from './cds-schemas.js';
import { respondToOrders } from './hooks.js';
import { systems } from './systems.js';
import { adultPatient, daysAgo, fixtureNow, order, recordFromPrefetch, searchset } from './testing/patients.js';
import { caseFromFhir } from './to-case.js';

const patient = adultPatient;
const lbp = {
  resourceType: 'Condition',
  id: 'lbp',
  code: { coding: [{ system: systems.snomed, code: '279039007' }] },
  onsetDateTime: daysAgo(21),
};
const options: CardOptions = {
  publicUrl: 'https://spine.example.org',
  uuid: () => '00000000-0000-4000-8000-000000000000',
  qcdsmId: 'test',
  unavailable: [],
};

/** The server's path from a hook body to cards, below HTTP. */
function respond(prefetch: Record<string, unknown>) {
  const draft = order('p', 'cpt', '72148');
  const request = HookRequestSchema.parse({
    hook: 'order-sign',
    hookInstance: 'h',
    context: { userId: 'Practitioner/u', patientId: 'p', draftOrders: searchset([draft]) },
    prefetch,
  });
  return respondToOrders(request, recordFromPrefetch(prefetch), fixtureNow, options);
}

describe('malformed resources are skipped and named; the rest is answered (issue 13)', () => {
  const warfarin = {
    resourceType: 'MedicationRequest',
    id: 'w',
    status: 'active',
    intent: 'order',
    medicationCodeableConcept: { text: 'Warfarin 5 MG' },
  };
  const malformed = {
    'entry: [null]': { resourceType: 'Bundle', type: 'searchset', entry: [null] },
    'code.coding as an object': searchset([
      { ...lbp, id: 'bad-coding', code: { coding: { system: systems.snomed, code: '267064002' } } } as never,
    ]),
    'a code as a number': searchset([{ ...lbp, id: 'bad-code', code: 12345 } as never]),
    'dosageInstruction as an object': searchset([
      { ...warfarin, id: 'bad-dose', dosageInstruction: { text: 'x' } } as never,
    ]),
    'a resource without resourceType': {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [{ resource: { id: 'x' } }],
    },
    'entry not a list': { resourceType: 'Bundle', type: 'searchset', entry: { resource: lbp } },
  };

  for (const [name, value] of Object.entries(malformed)) {
    it(`${name}: no exception, a rated card, the bad part named under "not readable"`, () => {
      const { response, outcomes } = respond({
        patient,
        conditions: searchset([lbp as never]),
        medicationRequests: searchset([warfarin as never]),
        extra: value,
      });
      expect(response.cards).toHaveLength(1);
      expect(outcomes[0]?.assessment).toBeDefined();
      expect(outcomes[0]?.fhirCase.facts.anticoagulant).toBe(true);
      if (name !== 'entry not a list') {
        expect(outcomes[0]?.fhirCase.skipped.length).toBeGreaterThan(0);
        expect(response.cards[0]?.detail).toMatch(/\*\*Not readable/);
      }
    });
  }

  it('names what was wrong, by resource and path', () => {
    const r = caseFromFhir(
      {
        patient,
        conditions: [lbp, { ...lbp, id: 'bad', code: { coding: { code: 'x' } } }],
        medicationRequests: [{ resourceType: 'MedicationRequest', id: 'd', dosageInstruction: { text: 'daily' } }],
      },
      fixtureNow,
    );
    expect(r.skipped).toEqual([
      { resource: 'Condition/bad', reason: 'code.coding is not a valid array' },
      { resource: 'MedicationRequest/d', reason: 'dosageInstruction is not a valid array' },
    ]);
    expect(r.case?.durationWeeks).toBe(3);
  });

  it('a resource with a modifier extension is not read as plain evidence, and is named', () => {
    const r = caseFromFhir(
      {
        patient,
        conditions: [
          lbp,
          {
            resourceType: 'Condition',
            id: 'fam',
            modifierExtension: [{ url: 'http://example.org/condition-family-history', valueBoolean: true }],
            code: { coding: [{ system: systems.snomed, code: '254837009' }] },
          },
        ],
      },
      fixtureNow,
    );
    expect(r.facts.cancerHistory).toBeUndefined();
    expect(r.skipped).toEqual([
      {
        resource: 'Condition/fam',
        reason:
          'carries a modifier extension this service does not understand (http://example.org/condition-family-history)',
      },
    ]);
  });

  it('duplicate entries are read once: one evidence line per fact and source', () => {
    const retention = {
      resourceType: 'Condition',
      id: 'ret',
      code: { coding: [{ system: systems.snomed, code: '267064002' }] },
      onsetDateTime: daysAgo(1),
    };
    const r = caseFromFhir({ patient, conditions: [lbp, ...Array.from({ length: 30 }, () => retention)] }, fixtureNow);
    expect(r.evidence.filter((e) => e.field === 'bladder')).toHaveLength(1);
    const keys = r.evidence.map((e) => `${e.field}|${e.value}|${e.from}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('death (issue 13)', () => {
  it('a person who died in 1971 at 11 is 11, and nothing is rated as alive', () => {
    const r = caseFromFhir(
      {
        patient: { ...patient, birthDate: '1960-01-05', deceasedDateTime: '1971-10-01T00:00:00Z' },
        conditions: [lbp],
      },
      fixtureNow,
    );
    expect(r.facts.age).toBe(11);
    expect(r.case).toBeUndefined();
    expect(r.deceased).toEqual({ date: '1971-10-01' });
  });

  it('the order card says the record says the patient died, and rates nothing', () => {
    const { response, outcomes } = respond({
      patient: { ...patient, deceasedBoolean: true },
      conditions: searchset([lbp as never]),
    });
    expect(outcomes[0]?.assessment).toBeUndefined();
    expect(response.systemActions).toBeUndefined();
    expect(response.cards[0]?.summary).toBe('Not rated: the record says this patient died');
  });
});
