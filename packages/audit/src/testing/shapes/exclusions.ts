import { systems } from '@spine-advisor/fhir';
import { at, conditionOf, day, lbp, lbpVisit, patient, type Shape, v3, visit } from './common.js';

/** Exclusion shapes: dates given partly or not at all, codes in visits, hospice and palliative care forms. */
export const exclusionShapes: Shape[] = [
  {
    name: 'cancer with onset year only (2015)',
    resources: [
      patient('s-cancer-year'),
      lbpVisit('s-cancer-year-v', 's-cancer-year', day),
      conditionOf(
        's-cancer-year-c',
        's-cancer-year',
        { system: systems.icd10cm, code: 'C61' },
        { onsetDateTime: '2015' },
      ),
    ],
    status: 'excluded',
    exclusions: ['cancer'],
  },
  {
    name: 'history of cancer with no date',
    resources: [
      patient('s-cancer-undated'),
      lbpVisit('s-cancer-undated-v', 's-cancer-undated', day),
      conditionOf(
        's-cancer-undated-c',
        's-cancer-undated',
        { system: systems.snomed, code: '363346000' },
        {
          clinicalStatus: { coding: [{ system: systems.conditionClinical, code: 'resolved' }] },
        },
      ),
    ],
    status: 'excluded',
    exclusions: ['cancer'],
  },
  {
    name: 'trauma that happened 10 days before the IESD, recorded 40 days after it',
    resources: [
      patient('s-trauma-late'),
      lbpVisit('s-trauma-late-v', 's-trauma-late', day),
      conditionOf(
        's-trauma-late-c',
        's-trauma-late',
        { system: systems.icd10cm, code: 'S32.009A' },
        {
          onsetDateTime: at(-10),
          recordedDate: at(40),
        },
      ),
    ],
    status: 'excluded',
    exclusions: ['trauma'],
  },
  {
    name: 'trauma 200 days before the IESD, recorded (as history) on the IESD',
    resources: [
      patient('s-trauma-history'),
      lbpVisit('s-trauma-history-v', 's-trauma-history', day),
      conditionOf(
        's-trauma-history-c',
        's-trauma-history',
        { system: systems.icd10cm, code: 'S32.009A' },
        {
          onsetDateTime: at(-200),
          recordedDate: day,
        },
      ),
    ],
    status: 'not-imaged',
  },
  {
    name: 'cancer since 2015, recorded 40 days after the IESD',
    resources: [
      patient('s-cancer-since'),
      lbpVisit('s-cancer-since-v', 's-cancer-since', day),
      conditionOf(
        's-cancer-since-c',
        's-cancer-since',
        { system: systems.icd10cm, code: 'C50.911' },
        {
          onsetDateTime: '2015-05-01',
          recordedDate: at(40),
        },
      ),
    ],
    status: 'excluded',
    exclusions: ['cancer'],
  },
  {
    name: 'frailty and advanced illness recorded on two dates each, begun years before, at 70',
    resources: [
      patient('s-frail-recorded', { birthDate: '1955-01-20' }),
      lbpVisit('s-frail-recorded-v', 's-frail-recorded', day),
      ...['2025-02-01', '2025-06-01'].map((recordedDate, n) =>
        conditionOf(
          `s-frail-recorded-f${n}`,
          's-frail-recorded',
          { system: systems.icd10cm, code: 'R54' },
          {
            onsetDateTime: '2019-01-01',
            recordedDate,
          },
        ),
      ),
      ...['2024-05-01', '2025-05-01'].map((recordedDate, n) =>
        conditionOf(
          `s-frail-recorded-a${n}`,
          's-frail-recorded',
          { system: systems.icd10cm, code: 'G30.9' },
          {
            onsetDateTime: '2018-01-01',
            recordedDate,
          },
        ),
      ),
    ],
    status: 'excluded',
    exclusions: ['frailty-advanced-illness'],
  },
  {
    name: 'trauma ranked second on the index visit',
    resources: [
      patient('s-trauma-rank2'),
      conditionOf('s-trauma-rank2-lbp', 's-trauma-rank2', lbp),
      conditionOf('s-trauma-rank2-t', 's-trauma-rank2', { system: systems.icd10cm, code: 'S32.010A' }),
      visit('s-trauma-rank2-v', 's-trauma-rank2', day, {
        diagnosis: [
          { condition: { reference: 'Condition/s-trauma-rank2-lbp' }, rank: 1 },
          { condition: { reference: 'Condition/s-trauma-rank2-t' }, rank: 2 },
        ],
      }),
    ],
    status: 'excluded',
    exclusions: ['trauma'],
  },
  {
    name: 'IV drug abuse as the reason of another visit 200 days before',
    resources: [
      patient('s-ivdu-visit'),
      lbpVisit('s-ivdu-visit-v', 's-ivdu-visit', day),
      visit('s-ivdu-visit-old', 's-ivdu-visit', at(-200), {
        reasonCode: [{ coding: [{ system: systems.icd10cm, code: 'F11.20' }] }],
      }),
    ],
    status: 'excluded',
    exclusions: ['iv-drug-abuse'],
  },
  {
    name: 'kidney transplant Procedure by SNOMED with performedPeriod',
    resources: [
      patient('s-transplant'),
      lbpVisit('s-transplant-v', 's-transplant', day),
      {
        resourceType: 'Procedure',
        id: 's-transplant-p',
        status: 'completed',
        code: { coding: [{ system: systems.snomed, code: '70536003' }] },
        subject: { reference: 'Patient/s-transplant' },
        performedPeriod: { start: '2019-04-02', end: '2019-04-10' },
      },
    ],
    status: 'excluded',
    exclusions: ['organ-transplant'],
  },
  {
    name: 'kidney transplant coded in ICD-10-PCS (0TY00Z0)',
    resources: [
      patient('s-transplant-pcs'),
      lbpVisit('s-transplant-pcs-v', 's-transplant-pcs', day),
      {
        resourceType: 'Procedure',
        id: 's-transplant-pcs-p',
        status: 'completed',
        code: { coding: [{ system: 'http://www.cms.gov/Medicare/Coding/ICD10', code: '0TY00Z0' }] },
        subject: { reference: 'Patient/s-transplant-pcs' },
        performedDateTime: '2016-08-30',
      },
    ],
    status: 'excluded',
    exclusions: ['organ-transplant'],
  },
  {
    name: 'lumbar fusion coded in ICD-10-PCS (0SG00ZZ) on day 29 does not count',
    resources: [
      patient('s-fusion-pcs-late'),
      lbpVisit('s-fusion-pcs-late-v', 's-fusion-pcs-late', day),
      {
        resourceType: 'Procedure',
        id: 's-fusion-pcs-late-p',
        status: 'completed',
        code: { coding: [{ system: 'http://www.cms.gov/Medicare/Coding/ICD10', code: '0SG00ZZ' }] },
        subject: { reference: 'Patient/s-fusion-pcs-late' },
        performedDateTime: at(29),
      },
    ],
    status: 'not-imaged',
  },
  {
    name: 'lumbar fusion coded in ICD-10-PCS (0SG00ZZ) on day 28',
    resources: [
      patient('s-fusion-pcs'),
      lbpVisit('s-fusion-pcs-v', 's-fusion-pcs', day),
      {
        resourceType: 'Procedure',
        id: 's-fusion-pcs-p',
        status: 'completed',
        code: { coding: [{ system: 'http://www.cms.gov/Medicare/Coding/ICD10', code: '0SG00ZZ' }] },
        subject: { reference: 'Patient/s-fusion-pcs' },
        performedDateTime: at(28),
      },
    ],
    status: 'excluded',
    exclusions: ['lumbar-surgery'],
  },
  {
    name: 'hospice as the type of an encounter in the year',
    resources: [
      patient('s-hospice-type'),
      lbpVisit('s-hospice-type-v', 's-hospice-type', day),
      visit('s-hospice-type-h', 's-hospice-type', '2025-09-01', {
        class: { system: v3, code: 'HH' },
        type: [{ coding: [{ system: systems.snomed, code: '385763009' }] }],
      }),
    ],
    status: 'excluded',
    exclusions: ['hospice'],
  },
  {
    name: 'discharged to hospice from a stay in the year',
    resources: [
      patient('s-hospice-discharge'),
      lbpVisit('s-hospice-discharge-v', 's-hospice-discharge', day),
      visit('s-hospice-discharge-stay', 's-hospice-discharge', '2025-10-01', {
        class: { system: v3, code: 'IMP' },
        period: { start: '2025-10-01', end: '2025-10-06' },
        hospitalization: {
          dischargeDisposition: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/discharge-disposition', code: 'hosp' }],
          },
        },
      }),
    ],
    status: 'excluded',
    exclusions: ['hospice'],
  },
  {
    name: 'hospice home care (HCPCS) as an encounter type in the year',
    resources: [
      patient('s-hospice-hcpcs'),
      lbpVisit('s-hospice-hcpcs-v', 's-hospice-hcpcs', day),
      visit('s-hospice-hcpcs-h', 's-hospice-hcpcs', '2025-11-15', {
        class: { system: v3, code: 'HH' },
        type: [{ coding: [{ system: 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code: 'T2042' }] }],
      }),
    ],
    status: 'excluded',
    exclusions: ['hospice'],
  },
  {
    name: 'hospice referral ordered in the year',
    resources: [
      patient('s-hospice-order'),
      lbpVisit('s-hospice-order-v', 's-hospice-order', day),
      {
        resourceType: 'ServiceRequest',
        id: 's-hospice-order-o',
        status: 'active',
        intent: 'order',
        code: { coding: [{ system: systems.snomed, code: '385763009' }] },
        subject: { reference: 'Patient/s-hospice-order' },
        authoredOn: '2025-08-01',
      },
    ],
    status: 'excluded',
    exclusions: ['hospice'],
  },
  {
    name: 'hospice care as a Condition recorded in the year',
    resources: [
      patient('s-hospice-condition'),
      lbpVisit('s-hospice-condition-v', 's-hospice-condition', day),
      conditionOf(
        's-hospice-condition-c',
        's-hospice-condition',
        { system: systems.snomed, code: '385763009' },
        {
          recordedDate: '2025-12-20',
        },
      ),
    ],
    status: 'excluded',
    exclusions: ['hospice'],
  },
  {
    name: 'palliative care consultation ordered in the year',
    resources: [
      patient('s-palliative-order'),
      lbpVisit('s-palliative-order-v', 's-palliative-order', day),
      {
        resourceType: 'ServiceRequest',
        id: 's-palliative-order-o',
        status: 'completed',
        intent: 'order',
        code: { coding: [{ system: systems.snomed, code: '713281006' }] },
        subject: { reference: 'Patient/s-palliative-order' },
        occurrenceDateTime: '2025-04-02',
      },
    ],
    status: 'excluded',
    exclusions: ['palliative-care'],
  },
  {
    name: 'a revoked hospice order does not count',
    resources: [
      patient('s-hospice-revoked'),
      lbpVisit('s-hospice-revoked-v', 's-hospice-revoked', day),
      {
        resourceType: 'ServiceRequest',
        id: 's-hospice-revoked-o',
        status: 'revoked',
        intent: 'order',
        code: { coding: [{ system: systems.snomed, code: '385763009' }] },
        subject: { reference: 'Patient/s-hospice-revoked' },
        authoredOn: '2025-08-01',
      },
    ],
    status: 'not-imaged',
  },
  {
    name: 'palliative care Procedure in the year',
    resources: [
      patient('s-palliative-proc'),
      lbpVisit('s-palliative-proc-v', 's-palliative-proc', day),
      {
        resourceType: 'Procedure',
        id: 's-palliative-proc-p',
        status: 'completed',
        code: { coding: [{ system: systems.snomed, code: '103735009' }] },
        subject: { reference: 'Patient/s-palliative-proc' },
        performedDateTime: '2025-06-01',
      },
    ],
    status: 'excluded',
    exclusions: ['palliative-care'],
  },
  {
    name: 'palliative care (Z51.5) as the reason of a visit in the year',
    resources: [
      patient('s-palliative-visit'),
      lbpVisit('s-palliative-visit-v', 's-palliative-visit', day),
      visit('s-palliative-visit-p', 's-palliative-visit', '2025-07-01', {
        reasonCode: [{ coding: [{ system: systems.icd10cm, code: 'Z51.5' }] }],
      }),
    ],
    status: 'excluded',
    exclusions: ['palliative-care'],
  },
];
