import { systems } from '@spine-advisor/fhir';
import type { Json } from '../fhir-builders.js';
import { at, day, lbpVisit, patient, type Shape } from './common.js';

const prednisone = (extra: Json = {}) => ({
  medicationCodeableConcept: {
    coding: [{ system: systems.rxnorm, code: '312617', display: 'predniSONE 5 MG Oral Tablet' }],
  },
  ...extra,
});

/** Medication shapes: prescriptions, statements, medication references, supply in other units. */
export const medicationShapes: Shape[] = [
  {
    name: 'prednisone prescribed for 100 days (no dispensing recorded)',
    resources: [
      patient('s-rx-100'),
      lbpVisit('s-rx-100-v', 's-rx-100', day),
      {
        resourceType: 'MedicationRequest',
        id: 's-rx-100-m',
        status: 'completed',
        intent: 'order',
        subject: { reference: 'Patient/s-rx-100' },
        authoredOn: at(-99),
        ...prednisone(),
        dispenseRequest: {
          expectedSupplyDuration: { value: 100, unit: 'days', system: 'http://unitsofmeasure.org', code: 'd' },
        },
      },
    ],
    status: 'excluded',
    exclusions: ['corticosteroids'],
  },
  {
    name: 'prednisone prescribed for 15 weeks',
    resources: [
      patient('s-rx-weeks'),
      lbpVisit('s-rx-weeks-v', 's-rx-weeks', day),
      {
        resourceType: 'MedicationRequest',
        id: 's-rx-weeks-m',
        status: 'active',
        intent: 'order',
        subject: { reference: 'Patient/s-rx-weeks' },
        authoredOn: at(-100),
        ...prednisone(),
        dispenseRequest: {
          expectedSupplyDuration: { value: 15, unit: 'weeks', system: 'http://unitsofmeasure.org', code: 'wk' },
        },
      },
    ],
    status: 'excluded',
    exclusions: ['corticosteroids'],
  },
  {
    name: 'prednisone prescribed for 30 days with 2 repeats',
    resources: [
      patient('s-rx-repeats'),
      lbpVisit('s-rx-repeats-v', 's-rx-repeats', day),
      {
        resourceType: 'MedicationRequest',
        id: 's-rx-repeats-m',
        status: 'active',
        intent: 'order',
        subject: { reference: 'Patient/s-rx-repeats' },
        authoredOn: at(-95),
        ...prednisone(),
        dispenseRequest: {
          numberOfRepeatsAllowed: 2,
          expectedSupplyDuration: { value: 30, unit: 'days', system: 'http://unitsofmeasure.org', code: 'd' },
        },
      },
    ],
    status: 'excluded',
    exclusions: ['corticosteroids'],
  },
  {
    name: 'prednisone prescribed for 60 days only',
    resources: [
      patient('s-rx-60'),
      lbpVisit('s-rx-60-v', 's-rx-60', day),
      {
        resourceType: 'MedicationRequest',
        id: 's-rx-60-m',
        status: 'completed',
        intent: 'order',
        subject: { reference: 'Patient/s-rx-60' },
        authoredOn: at(-70),
        ...prednisone(),
        dispenseRequest: {
          expectedSupplyDuration: { value: 60, unit: 'd', system: 'http://unitsofmeasure.org', code: 'd' },
        },
      },
    ],
    status: 'not-imaged',
  },
  {
    name: 'prednisone taken for 121 days (MedicationStatement, effectivePeriod)',
    resources: [
      patient('s-statement'),
      lbpVisit('s-statement-v', 's-statement', day),
      {
        resourceType: 'MedicationStatement',
        id: 's-statement-m',
        status: 'active',
        subject: { reference: 'Patient/s-statement' },
        ...prednisone(),
        effectivePeriod: { start: at(-120) },
        dateAsserted: day,
      },
    ],
    status: 'excluded',
    exclusions: ['corticosteroids'],
  },
  {
    name: 'dispensings of a Medication resource named by reference',
    resources: [
      patient('s-med-ref'),
      lbpVisit('s-med-ref-v', 's-med-ref', day),
      {
        resourceType: 'Medication',
        id: 's-med-ref-med',
        code: { coding: [{ system: systems.rxnorm, code: '8640', display: 'prednisone' }] },
      },
      {
        resourceType: 'MedicationDispense',
        id: 's-med-ref-d',
        status: 'completed',
        subject: { reference: 'Patient/s-med-ref' },
        medicationReference: { reference: 'Medication/s-med-ref-med' },
        whenHandedOver: at(-100),
        daysSupply: { value: 101, unit: 'day' },
      },
    ],
    status: 'excluded',
    exclusions: ['corticosteroids'],
  },
  {
    name: 'dispensing of a contained Medication',
    resources: [
      patient('s-med-contained'),
      lbpVisit('s-med-contained-v', 's-med-contained', day),
      {
        resourceType: 'MedicationDispense',
        id: 's-med-contained-d',
        status: 'completed',
        contained: [{ resourceType: 'Medication', id: 'm1', code: { text: 'Dexamethasone 4 mg tablet' } }],
        subject: { reference: 'Patient/s-med-contained' },
        medicationReference: { reference: '#m1' },
        whenHandedOver: at(-100),
        daysSupply: { value: 101, unit: 'day' },
      },
    ],
    status: 'excluded',
    exclusions: ['corticosteroids'],
  },
  {
    name: 'prednisone statement not taken does not count',
    resources: [
      patient('s-statement-not-taken'),
      lbpVisit('s-statement-not-taken-v', 's-statement-not-taken', day),
      {
        resourceType: 'MedicationStatement',
        id: 's-statement-not-taken-m',
        status: 'not-taken',
        subject: { reference: 'Patient/s-statement-not-taken' },
        ...prednisone(),
        effectivePeriod: { start: at(-200), end: day },
      },
    ],
    status: 'not-imaged',
  },
  {
    name: 'prednisone prescribed for 120 days, another drug dispensed: the prescription counts',
    resources: [
      patient('s-rx-other-dispensed'),
      lbpVisit('s-rx-other-dispensed-v', 's-rx-other-dispensed', day),
      {
        resourceType: 'MedicationDispense',
        id: 's-rx-other-dispensed-d',
        status: 'completed',
        subject: { reference: 'Patient/s-rx-other-dispensed' },
        medicationCodeableConcept: { text: 'Ibuprofen 400 MG Oral Tablet' },
        whenHandedOver: at(-10),
        daysSupply: { value: 10, unit: 'day' },
      },
      {
        resourceType: 'MedicationRequest',
        id: 's-rx-other-dispensed-m',
        status: 'completed',
        intent: 'order',
        subject: { reference: 'Patient/s-rx-other-dispensed' },
        authoredOn: at(-119),
        ...prednisone(),
        dispenseRequest: { expectedSupplyDuration: { value: 120, unit: 'days', code: 'd' } },
      },
    ],
    status: 'excluded',
    exclusions: ['corticosteroids'],
  },
  {
    name: 'prednisone dispensed for 30 days though prescribed for 120: the dispensing counts',
    resources: [
      patient('s-rx-dispensed-less'),
      lbpVisit('s-rx-dispensed-less-v', 's-rx-dispensed-less', day),
      {
        resourceType: 'MedicationRequest',
        id: 's-rx-dispensed-less-m',
        status: 'completed',
        intent: 'order',
        subject: { reference: 'Patient/s-rx-dispensed-less' },
        authoredOn: at(-119),
        ...prednisone(),
        dispenseRequest: { expectedSupplyDuration: { value: 120, unit: 'days', code: 'd' } },
      },
      {
        resourceType: 'MedicationDispense',
        id: 's-rx-dispensed-less-d',
        status: 'completed',
        subject: { reference: 'Patient/s-rx-dispensed-less' },
        ...prednisone(),
        whenHandedOver: at(-119),
        daysSupply: { value: 30, unit: 'day' },
      },
    ],
    status: 'not-imaged',
  },
  {
    name: 'prednisone dispensed as 100 tablets, one a day (no days supply)',
    resources: [
      patient('s-quantity'),
      lbpVisit('s-quantity-v', 's-quantity', day),
      {
        resourceType: 'MedicationDispense',
        id: 's-quantity-d',
        status: 'completed',
        subject: { reference: 'Patient/s-quantity' },
        ...prednisone(),
        whenHandedOver: at(-99),
        quantity: { value: 100, unit: 'tablet' },
        dosageInstruction: [{ timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } } }],
      },
    ],
    status: 'excluded',
    exclusions: ['corticosteroids'],
  },
  {
    name: 'prednisone prescribed as 180 tablets, two a day: 90 days',
    resources: [
      patient('s-rx-quantity'),
      lbpVisit('s-rx-quantity-v', 's-rx-quantity', day),
      {
        resourceType: 'MedicationRequest',
        id: 's-rx-quantity-m',
        status: 'completed',
        intent: 'order',
        subject: { reference: 'Patient/s-rx-quantity' },
        authoredOn: at(-89),
        ...prednisone(),
        dosageInstruction: [
          {
            timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } },
            doseAndRate: [{ doseQuantity: { value: 2, unit: 'tablet' } }],
          },
        ],
        dispenseRequest: { quantity: { value: 180, unit: 'tablet' } },
      },
    ],
    status: 'excluded',
    exclusions: ['corticosteroids'],
  },
  {
    name: 'prednisone prescribed as 178 tablets, two a day: 89 days',
    resources: [
      patient('s-rx-quantity-89'),
      lbpVisit('s-rx-quantity-89-v', 's-rx-quantity-89', day),
      {
        resourceType: 'MedicationRequest',
        id: 's-rx-quantity-89-m',
        status: 'completed',
        intent: 'order',
        subject: { reference: 'Patient/s-rx-quantity-89' },
        authoredOn: at(-88),
        ...prednisone(),
        dosageInstruction: [
          {
            timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } },
            doseAndRate: [{ doseQuantity: { value: 2, unit: 'tablet' } }],
          },
        ],
        dispenseRequest: { quantity: { value: 178, unit: 'tablet' } },
      },
    ],
    status: 'not-imaged',
  },
  {
    name: 'zoledronic acid administered (MedicationAdministration) the year before',
    resources: [
      patient('s-administration'),
      lbpVisit('s-administration-v', 's-administration', day),
      {
        resourceType: 'MedicationAdministration',
        id: 's-administration-a',
        status: 'completed',
        subject: { reference: 'Patient/s-administration' },
        medicationCodeableConcept: { text: 'Zoledronic acid 5 MG/100ML injection' },
        effectiveDateTime: '2024-05-01T10:00:00Z',
      },
    ],
    status: 'excluded',
    exclusions: ['osteoporosis'],
  },
  {
    name: 'denosumab administered on day 29',
    resources: [
      patient('s-administration-late'),
      lbpVisit('s-administration-late-v', 's-administration-late', day),
      {
        resourceType: 'MedicationAdministration',
        id: 's-administration-late-a',
        status: 'completed',
        subject: { reference: 'Patient/s-administration-late' },
        medicationCodeableConcept: { text: 'denosumab 60 MG/ML prefilled syringe' },
        effectivePeriod: { start: at(29), end: at(29) },
      },
    ],
    status: 'not-imaged',
  },
  {
    name: 'alendronate prescribed (no dispensing recorded)',
    resources: [
      patient('s-rx-alendronate'),
      lbpVisit('s-rx-alendronate-v', 's-rx-alendronate', day),
      {
        resourceType: 'MedicationRequest',
        id: 's-rx-alendronate-m',
        status: 'active',
        intent: 'order',
        subject: { reference: 'Patient/s-rx-alendronate' },
        authoredOn: '2024-06-01',
        medicationCodeableConcept: { text: 'Alendronate sodium 70 MG Oral Tablet' },
      },
    ],
    status: 'excluded',
    exclusions: ['osteoporosis'],
  },
];
