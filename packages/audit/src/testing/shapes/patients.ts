import { at, conditionOf, day, lbp, lbpVisit, mriCpt, patient, type Shape, v3, visit } from './common.js';

/** Patient and reference shapes. */
export const patientShapes: Shape[] = [
  {
    name: 'birth year only (1980): 45 at year end',
    resources: [patient('s-birth-year', { birthDate: '1980' }), lbpVisit('s-birth-year-v', 's-birth-year', day)],
    status: 'not-imaged',
    stratum: '18-64',
  },
  {
    name: 'birth year and month only (1960-07): 65 at year end',
    resources: [patient('s-birth-month', { birthDate: '1960-07' }), lbpVisit('s-birth-month-v', 's-birth-month', day)],
    status: 'not-imaged',
    stratum: '65-75',
  },
  {
    name: 'deceasedBoolean true',
    resources: [patient('s-dead-bool', { deceasedBoolean: true }), lbpVisit('s-dead-bool-v', 's-dead-bool', day)],
    status: 'excluded',
    exclusions: ['death'],
  },
  {
    name: 'deceasedBoolean false',
    resources: [patient('s-alive', { deceasedBoolean: false }), lbpVisit('s-alive-v', 's-alive', day)],
    status: 'not-imaged',
  },
  {
    name: 'deceasedDateTime with year and month only, in the year',
    resources: [
      patient('s-dead-month', { deceasedDateTime: '2025-11' }),
      lbpVisit('s-dead-month-v', 's-dead-month', day),
    ],
    status: 'excluded',
    exclusions: ['death'],
  },
  {
    name: 'references as urn:uuid',
    resources: [
      patient('0b6e2c1e-5d0a-4a53-9d3c-2f9c1a7e4b10'),
      {
        resourceType: 'Encounter',
        id: '7f1c9a52-3a4e-4c55-8d7e-6b0f2e9d1a21',
        status: 'finished',
        class: { system: v3, code: 'AMB' },
        subject: { reference: 'urn:uuid:0b6e2c1e-5d0a-4a53-9d3c-2f9c1a7e4b10' },
        period: { start: day },
        diagnosis: [{ condition: { reference: 'urn:uuid:3c2b1a09-8f7e-4d6c-9b5a-1e2f3a4b5c6d' }, rank: 1 }],
      },
      {
        resourceType: 'Condition',
        id: '3c2b1a09-8f7e-4d6c-9b5a-1e2f3a4b5c6d',
        code: { coding: [lbp] },
        subject: { reference: 'urn:uuid:0b6e2c1e-5d0a-4a53-9d3c-2f9c1a7e4b10' },
        encounter: { reference: 'urn:uuid:7f1c9a52-3a4e-4c55-8d7e-6b0f2e9d1a21' },
      },
      {
        resourceType: 'ImagingStudy',
        id: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
        status: 'available',
        subject: { reference: 'urn:uuid:0b6e2c1e-5d0a-4a53-9d3c-2f9c1a7e4b10' },
        started: at(9),
        procedureCode: [{ coding: [mriCpt] }],
      },
    ],
    status: 'imaged',
    iesd: day,
    imaging: [{ daysAfterIesd: 9, inWindow: true }],
  },
  {
    name: 'references as absolute URLs, one with a version',
    resources: [
      patient('s-absolute'),
      {
        ...visit('s-absolute-v', 's-absolute', day),
        subject: { reference: 'https://ehr.example.org/fhir/Patient/s-absolute' },
        diagnosis: [{ condition: { reference: 'https://ehr.example.org/fhir/Condition/s-absolute-c/_history/2' } }],
      },
      conditionOf('s-absolute-c', 's-absolute', lbp, {
        subject: { reference: 'https://ehr.example.org/fhir/Patient/s-absolute' },
      }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
];
