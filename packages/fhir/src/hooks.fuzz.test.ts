import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CardOptions } from './cards.js';
import { HookRequestSchema } from './cds-schemas.js';
import { respondToChart, respondToOrders } from './hooks.js';
import { systems } from './systems.js';
import { adultPatient, daysAgo, fixtureNow, order, recordFromPrefetch, searchset } from './testing/patients.js';

/**
 * Whatever the prefetch holds, the path below HTTP answers (never throws): random JSON in place of
 * resources, and real-looking resources with random values in the fields the readers use.
 */
const options: CardOptions = {
  publicUrl: 'https://spine.example.org',
  uuid: () => '00000000-0000-4000-8000-000000000000',
  qcdsmId: 'test',
  unavailable: [],
};
const types = [
  'Patient',
  'Condition',
  'Observation',
  'Medication',
  'MedicationRequest',
  'MedicationStatement',
  'Procedure',
  'Encounter',
  'ServiceRequest',
];
const fields = [
  'code',
  'clinicalStatus',
  'verificationStatus',
  'onsetDateTime',
  'abatementDateTime',
  'abatementBoolean',
  'birthDate',
  'deceasedDateTime',
  'status',
  'medicationCodeableConcept',
  'medicationReference',
  'contained',
  'dosageInstruction',
  'performedPeriod',
  'period',
  'reasonCode',
  'valueQuantity',
  'modifierExtension',
  'id',
  'meta',
];
const resource = fc.record({
  resourceType: fc.constantFrom(...types),
  id: fc.oneof(fc.string(), fc.jsonValue()),
  extra: fc.dictionary(fc.constantFrom(...fields), fc.jsonValue(), { maxKeys: 4 }),
});

function run(prefetch: Record<string, unknown>) {
  const draft = order('p', 'cpt', '72148');
  const request = HookRequestSchema.parse({
    hook: 'order-select',
    hookInstance: 'fuzz',
    context: { userId: 'Practitioner/u', patientId: 'p', draftOrders: searchset([draft]) },
    prefetch,
  });
  const record = recordFromPrefetch(prefetch);
  respondToOrders(request, record, fixtureNow, options);
  respondToChart(record, [draft], fixtureNow, options);
}

const backPain = {
  resourceType: 'Condition',
  id: 'lbp',
  code: { coding: [{ system: systems.snomed, code: '279039007' }] },
  onsetDateTime: daysAgo(21),
};

describe('no input makes the FHIR path throw', () => {
  it('random JSON as Bundle entries and prefetch values', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 6 }), fc.jsonValue(), (entries, value) => {
        expect(() =>
          run({ patient: adultPatient, conditions: { resourceType: 'Bundle', entry: entries }, other: value }),
        ).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('resources of every type with random values in the fields the readers use', () => {
    fc.assert(
      fc.property(fc.array(resource, { maxLength: 8 }), (made) => {
        const resources = made.map((r) => ({ ...r.extra, resourceType: r.resourceType, id: r.id }));
        expect(() =>
          run({
            patient: adultPatient,
            conditions: searchset([backPain as never]),
            more: searchset(resources as never),
          }),
        ).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
