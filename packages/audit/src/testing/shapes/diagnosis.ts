import { systems } from '@spine-advisor/fhir';
import { at, conditionOf, day, lbp, lbpVisit, patient, type Shape, visit } from './common.js';

/** Low back pain diagnosis shapes: dates, codes, systems, links between visit and condition. */
export const diagnosisShapes: Shape[] = [
  {
    name: 'Condition linked to the visit by Condition.encounter, dated by onsetDateTime only',
    resources: [
      patient('s-onset'),
      visit('s-onset-v', 's-onset', day),
      conditionOf('s-onset-c', 's-onset', lbp, {
        encounter: { reference: 'Encounter/s-onset-v' },
        onsetDateTime: '2025-02-20',
      }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'Condition linked to the visit, with no date of its own',
    resources: [
      patient('s-undated'),
      visit('s-undated-v', 's-undated', day),
      conditionOf('s-undated-c', 's-undated', lbp, { encounter: { reference: 'Encounter/s-undated-v' } }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'Condition dated by onsetPeriod.start, linked to the visit',
    resources: [
      patient('s-onset-period'),
      visit('s-onset-period-v', 's-onset-period', day),
      conditionOf('s-onset-period-c', 's-onset-period', lbp, {
        encounter: { reference: 'Encounter/s-onset-period-v' },
        onsetPeriod: { start: '2025-03-01' },
      }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'Encounter.diagnosis without rank, Condition without date or clinicalStatus',
    resources: [
      patient('s-dx-norank'),
      conditionOf('s-dx-norank-c', 's-dx-norank', lbp),
      visit('s-dx-norank-v', 's-dx-norank', day, {
        diagnosis: [{ condition: { reference: 'Condition/s-dx-norank-c' } }],
      }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'Encounter.diagnosis to a Condition whose pain began three weeks before the visit',
    resources: [
      patient('s-dx-onset'),
      conditionOf('s-dx-onset-c', 's-dx-onset', lbp, { onsetDateTime: at(-21) }),
      visit('s-dx-onset-v', 's-dx-onset', day, {
        diagnosis: [
          { condition: { reference: 'Condition/s-dx-onset-c' }, use: { coding: [{ code: 'billing' }] }, rank: 1 },
        ],
      }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'a low back pain Condition not linked to the visit, recorded on its day, pain begun 3 weeks before',
    resources: [
      patient('s-lbp-unlinked'),
      lbpVisit('s-lbp-unlinked-v', 's-lbp-unlinked', day),
      conditionOf('s-lbp-unlinked-c', 's-lbp-unlinked', lbp, { onsetDateTime: at(-21), recordedDate: day }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'an encounter-diagnosis Condition recorded on the visit day, linked to nothing',
    resources: [
      patient('s-same-day'),
      visit('s-same-day-v', 's-same-day', day),
      conditionOf('s-same-day-c', 's-same-day', lbp, {
        category: [{ coding: [{ code: 'encounter-diagnosis' }] }],
        recordedDate: `${day}T15:00:00Z`,
      }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'a problem-list entry recorded on the day of a visit for something else is no qualifying visit',
    resources: [
      patient('s-same-day-problem'),
      visit('s-same-day-problem-v', 's-same-day-problem', day, {
        reasonCode: [{ coding: [{ system: systems.icd10cm, code: 'J06.9' }] }],
      }),
      conditionOf('s-same-day-problem-c', 's-same-day-problem', lbp, {
        category: [{ coding: [{ code: 'problem-list-item' }] }],
        recordedDate: day,
      }),
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'a problem-list entry recorded 100 days before the visit is low back pain history',
    resources: [
      patient('s-problem-history'),
      conditionOf('s-problem-history-c', 's-problem-history', lbp, {
        category: [{ coding: [{ code: 'problem-list-item' }] }],
        recordedDate: at(-100),
      }),
      lbpVisit('s-problem-history-v', 's-problem-history', day),
    ],
    status: 'not-eligible',
    reason: 'prior-lbp-diagnosis',
  },
  {
    name: 'low back pain as a comorbidity (diagnosis use CM, no rank) of a visit is not principal',
    resources: [
      patient('s-dx-comorbidity'),
      conditionOf('s-dx-comorbidity-flu', 's-dx-comorbidity', { system: systems.icd10cm, code: 'J11.1' }),
      conditionOf('s-dx-comorbidity-lbp', 's-dx-comorbidity', lbp),
      visit('s-dx-comorbidity-v', 's-dx-comorbidity', day, {
        diagnosis: [
          {
            condition: { reference: 'Condition/s-dx-comorbidity-flu' },
            use: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/diagnosis-role', code: 'billing' }] },
          },
          {
            condition: { reference: 'Condition/s-dx-comorbidity-lbp' },
            use: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/diagnosis-role', code: 'CM' }] },
          },
        ],
      }),
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'Encounter.reasonReference to a Condition',
    resources: [
      patient('s-reasonref'),
      conditionOf('s-reasonref-c', 's-reasonref', lbp, { recordedDate: day }),
      visit('s-reasonref-v', 's-reasonref', day, { reasonReference: [{ reference: 'Condition/s-reasonref-c' }] }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'a visit without a period, dated by the Condition recorded on it',
    resources: [
      patient('s-no-period'),
      { ...visit('s-no-period-v', 's-no-period', day), period: undefined },
      conditionOf('s-no-period-c', 's-no-period', lbp, {
        encounter: { reference: 'Encounter/s-no-period-v' },
        onsetDateTime: at(-14),
        recordedDate: `${day}T10:20:00Z`,
      }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'ICD-10-CM code without the dot (M5450)',
    resources: [
      patient('s-nodot'),
      visit('s-nodot-v', 's-nodot', day, { reasonCode: [{ coding: [{ system: systems.icd10cm, code: 'M5450' }] }] }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'ICD-10 code system URL (http://hl7.org/fhir/sid/icd-10), M54.5',
    resources: [
      patient('s-icd10'),
      visit('s-icd10-v', 's-icd10', day, { reasonCode: [{ coding: [{ system: systems.icd10, code: 'M54.5' }] }] }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'ICD-10-CM by its OID',
    resources: [
      patient('s-icd-oid'),
      visit('s-icd-oid-v', 's-icd-oid', day, {
        reasonCode: [{ coding: [{ system: 'urn:oid:2.16.840.1.113883.6.90', code: 'M54.59' }] }],
      }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'a strain of the lower back (S39.012A) is uncomplicated low back pain, not trauma',
    resources: [
      patient('s-strain'),
      visit('s-strain-v', 's-strain', day, {
        reasonCode: [{ coding: [{ system: systems.icd10cm, code: 'S39.012A' }] }],
      }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'SNOMED CT low back pain as the visit reason',
    resources: [
      patient('s-snomed'),
      visit('s-snomed-v', 's-snomed', day, {
        reasonCode: [{ coding: [{ system: systems.snomed, code: '279039007' }], text: 'Low back pain' }],
      }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'a problem-list Condition alone (no visit) is no qualifying visit',
    resources: [
      patient('s-problem'),
      conditionOf('s-problem-c', 's-problem', lbp, { recordedDate: day, onsetDateTime: '2024-01-01' }),
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'a refuted low back pain Condition on the visit does not count (a later visit is the index)',
    resources: [
      patient('s-refuted'),
      visit('s-refuted-v1', 's-refuted', day),
      conditionOf('s-refuted-c', 's-refuted', lbp, {
        encounter: { reference: 'Encounter/s-refuted-v1' },
        verificationStatus: { coding: [{ code: 'refuted' }] },
      }),
      lbpVisit('s-refuted-v2', 's-refuted', at(40)),
    ],
    status: 'not-imaged',
    iesd: at(40),
  },
  {
    name: 'visit in the evening with a time-zone offset keeps its local date',
    resources: [
      patient('s-tz'),
      lbpVisit('s-tz-v', 's-tz', day, { period: { start: `${day}T23:30:00-05:00`, end: `${at(1)}T00:10:00-05:00` } }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'a cancelled visit does not count; the next one is the index',
    resources: [
      patient('s-cancelled'),
      lbpVisit('s-cancelled-v1', 's-cancelled', day, { status: 'cancelled' }),
      lbpVisit('s-cancelled-v2', 's-cancelled', at(7)),
    ],
    status: 'not-imaged',
    iesd: at(7),
  },
  {
    name: 'a visit entered in error does not count; the next one is the index',
    resources: [
      patient('s-error'),
      lbpVisit('s-error-v1', 's-error', day, { status: 'entered-in-error' }),
      lbpVisit('s-error-v2', 's-error', at(7)),
    ],
    status: 'not-imaged',
    iesd: at(7),
  },
];
