import { systems } from '@spine-advisor/fhir';
import type { Boundary } from './boundaries.js';
import { addDays, type Json } from './fhir-builders.js';

/**
 * Patients written by hand the ways FHIR R4 allows, without our builders: each fact (diagnosis,
 * visit, imaging, medication, death, hospice) in another shape than the boundary fixtures use, with
 * the result the measure must give. Measurement year 2025, index visit 10 March 2025 unless named.
 */

const day = '2025-03-10';
const at = (days: number) => addDays(day, days);
const v3 = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const lbp = { system: systems.icd10cm, code: 'M54.50' };
const mriCpt = { system: systems.cpt, code: '72148' };

const patient = (id: string, extra: Json = {}): Json => ({
  resourceType: 'Patient',
  id,
  birthDate: '1980-06-15',
  ...extra,
});

const visit = (id: string, pid: string, date: string, extra: Json = {}): Json => ({
  resourceType: 'Encounter',
  id,
  status: 'finished',
  class: { system: v3, code: 'AMB' },
  subject: { reference: `Patient/${pid}` },
  period: { start: date },
  ...extra,
});

const lbpVisit = (id: string, pid: string, date: string, extra: Json = {}): Json =>
  visit(id, pid, date, { reasonCode: [{ coding: [lbp] }], ...extra });

const conditionOf = (id: string, pid: string, code: Json, extra: Json = {}): Json => ({
  resourceType: 'Condition',
  id,
  code: { coding: [code] },
  subject: { reference: `Patient/${pid}` },
  ...extra,
});

/** A shape, the patient's id taken from its Patient resource. */
type Shape = Boundary;

/** Low back pain diagnosis shapes: dates, codes, systems, links between visit and condition. */
const diagnosisShapes: Shape[] = [
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

/** Visit kinds: every non-inpatient class qualifies; inpatient classes and types do not. */
const visitShapes: Shape[] = [
  ...['EMER', 'OBSENC', 'VR', 'HH', 'PRENC', 'SS'].map(
    (code): Shape => ({
      name: `class ${code} qualifies`,
      resources: [
        patient(`s-class-${code}`),
        lbpVisit(`s-class-${code}-v`, `s-class-${code}`, day, { class: { system: v3, code } }),
      ],
      status: 'not-imaged',
      iesd: day,
    }),
  ),
  ...['IMP', 'ACUTE', 'NONAC'].map(
    (code): Shape => ({
      name: `class ${code} does not qualify`,
      resources: [
        patient(`s-class-${code}`),
        lbpVisit(`s-class-${code}-v`, `s-class-${code}`, day, { class: { system: v3, code } }),
      ],
      status: 'not-eligible',
      reason: 'no-qualifying-visit',
    }),
  ),
  {
    name: 'class IMP without a system does not qualify',
    resources: [patient('s-imp-nosys'), lbpVisit('s-imp-nosys-v', 's-imp-nosys', day, { class: { code: 'IMP' } })],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'class IMP by the v3 ActCode OID does not qualify',
    resources: [
      patient('s-imp-oid'),
      lbpVisit('s-imp-oid-v', 's-imp-oid', day, { class: { system: 'urn:oid:2.16.840.1.113883.5.4', code: 'IMP' } }),
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'a visit with no class qualifies',
    resources: [patient('s-no-class'), { ...lbpVisit('s-no-class-v', 's-no-class', day), class: undefined }],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'a hospital admission by type (SNOMED) does not qualify',
    resources: [
      patient('s-admission-type'),
      {
        ...lbpVisit('s-admission-type-v', 's-admission-type', day, {
          type: [{ coding: [{ system: systems.snomed, code: '32485007' }] }],
        }),
        class: undefined,
      },
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'physical therapy evaluation (CPT type) qualifies',
    resources: [
      patient('s-pt'),
      lbpVisit('s-pt-v', 's-pt', day, { type: [{ coding: [{ system: systems.cpt, code: '97161' }] }] }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'chiropractic manipulation (CPT type) qualifies',
    resources: [
      patient('s-chiro'),
      lbpVisit('s-chiro-v', 's-chiro', day, { type: [{ coding: [{ system: systems.cpt, code: '98940' }] }] }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'observation visit the day before an admission does not qualify',
    resources: [
      patient('s-obs-admit'),
      lbpVisit('s-obs-admit-v', 's-obs-admit', day, { class: { system: v3, code: 'OBSENC' } }),
      visit('s-obs-admit-stay', 's-obs-admit', at(1), { class: { system: v3, code: 'IMP' } }),
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'an outpatient visit two days before an admission qualifies',
    resources: [
      patient('s-before-admit'),
      lbpVisit('s-before-admit-v', 's-before-admit', day),
      visit('s-before-admit-stay', 's-before-admit', at(2), { class: { system: v3, code: 'IMP' } }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
];

/** Imaging shapes. */
const imagingShapes: Shape[] = [
  {
    name: 'ImagingStudy with the CPT code written as a JSON number',
    resources: [
      patient('s-cpt-number'),
      lbpVisit('s-cpt-number-v', 's-cpt-number', day),
      {
        resourceType: 'ImagingStudy',
        id: 's-cpt-number-i',
        status: 'available',
        subject: { reference: 'Patient/s-cpt-number' },
        started: `${at(3)}T10:00:00Z`,
        procedureCode: [{ coding: [{ system: systems.cpt, code: 72148 }] }],
      },
    ],
    status: 'imaged',
    imaging: [{ daysAfterIesd: 3, inWindow: true }],
  },
  {
    name: 'ImagingStudy with no procedure code: modality MR, series body site lumbar spine',
    resources: [
      patient('s-modality'),
      lbpVisit('s-modality-v', 's-modality', day),
      {
        resourceType: 'ImagingStudy',
        id: 's-modality-i',
        status: 'available',
        subject: { reference: 'Patient/s-modality' },
        started: `${at(5)}T10:00:00Z`,
        modality: [{ system: 'http://dicom.nema.org/resources/ontology/DCM', code: 'MR' }],
        series: [
          {
            uid: '1.2.3',
            modality: { system: 'http://dicom.nema.org/resources/ontology/DCM', code: 'MR' },
            bodySite: { system: systems.snomed, code: '122496007', display: 'Lumbar spine structure' },
          },
        ],
      },
    ],
    status: 'imaged',
    imaging: [{ daysAfterIesd: 5, inWindow: true }],
  },
  {
    name: 'ImagingStudy of the lumbar spine dated only by its series',
    resources: [
      patient('s-series-date'),
      lbpVisit('s-series-date-v', 's-series-date', day),
      {
        resourceType: 'ImagingStudy',
        id: 's-series-date-i',
        status: 'available',
        subject: { reference: 'Patient/s-series-date' },
        procedureCode: [{ coding: [mriCpt] }],
        series: [{ uid: '1.2.4', modality: { code: 'MR' }, started: `${at(6)}T10:00:00Z` }],
      },
    ],
    status: 'imaged',
    imaging: [{ daysAfterIesd: 6, inWindow: true }],
  },
  {
    name: 'ImagingStudy MR of the cervical spine does not count',
    resources: [
      patient('s-cervical'),
      lbpVisit('s-cervical-v', 's-cervical', day),
      {
        resourceType: 'ImagingStudy',
        id: 's-cervical-i',
        status: 'available',
        subject: { reference: 'Patient/s-cervical' },
        started: `${at(5)}T10:00:00Z`,
        procedureCode: [{ coding: [{ system: systems.cpt, code: '72141' }] }],
        series: [{ uid: '1.2.5', modality: { code: 'MR' }, bodySite: { system: systems.snomed, code: '122494005' } }],
      },
    ],
    status: 'not-imaged',
    imaging: [],
  },
  {
    name: 'cancelled ImagingStudy does not count',
    resources: [
      patient('s-study-cancelled'),
      lbpVisit('s-study-cancelled-v', 's-study-cancelled', day),
      {
        resourceType: 'ImagingStudy',
        id: 's-study-cancelled-i',
        status: 'cancelled',
        subject: { reference: 'Patient/s-study-cancelled' },
        started: `${at(5)}T10:00:00Z`,
        procedureCode: [{ coding: [mriCpt] }],
      },
    ],
    status: 'not-imaged',
    imaging: [],
  },
  {
    name: 'Procedure with performedPeriod',
    resources: [
      patient('s-proc-period'),
      lbpVisit('s-proc-period-v', 's-proc-period', day),
      {
        resourceType: 'Procedure',
        id: 's-proc-period-p',
        status: 'completed',
        code: { coding: [{ system: systems.cpt, code: '72100' }] },
        subject: { reference: 'Patient/s-proc-period' },
        performedPeriod: { start: `${at(28)}T09:00:00Z`, end: `${at(28)}T09:20:00Z` },
      },
    ],
    status: 'imaged',
    imaging: [{ daysAfterIesd: 28, inWindow: true }],
  },
  {
    name: 'Procedure coded in SNOMED CT (MRI of lumbar spine without contrast)',
    resources: [
      patient('s-proc-snomed'),
      lbpVisit('s-proc-snomed-v', 's-proc-snomed', day),
      {
        resourceType: 'Procedure',
        id: 's-proc-snomed-p',
        status: 'completed',
        code: { coding: [{ system: systems.snomed, code: '394451000119106' }] },
        subject: { reference: 'Patient/s-proc-snomed' },
        performedDateTime: `${at(14)}T15:00:00+01:00`,
      },
    ],
    status: 'imaged',
    imaging: [{ daysAfterIesd: 14, inWindow: true }],
  },
  {
    name: 'imaging Procedure without a date of its own, on a visit 3 days after the IESD',
    resources: [
      patient('s-proc-visit'),
      lbpVisit('s-proc-visit-v', 's-proc-visit', day),
      visit('s-proc-visit-r', 's-proc-visit', at(3)),
      {
        resourceType: 'Procedure',
        id: 's-proc-visit-p',
        status: 'completed',
        code: { coding: [mriCpt] },
        subject: { reference: 'Patient/s-proc-visit' },
        encounter: { reference: 'Encounter/s-proc-visit-r' },
      },
    ],
    status: 'imaged',
    imaging: [{ daysAfterIesd: 3, inWindow: true }],
  },
  {
    name: 'Procedure not done does not count',
    resources: [
      patient('s-proc-notdone'),
      lbpVisit('s-proc-notdone-v', 's-proc-notdone', day),
      {
        resourceType: 'Procedure',
        id: 's-proc-notdone-p',
        status: 'not-done',
        code: { coding: [mriCpt] },
        subject: { reference: 'Patient/s-proc-notdone' },
        performedDateTime: at(4),
      },
    ],
    status: 'not-imaged',
    imaging: [],
  },
  {
    name: 'DiagnosticReport with effectivePeriod and a LOINC code by its OID',
    resources: [
      patient('s-report-period'),
      lbpVisit('s-report-period-v', 's-report-period', day),
      {
        resourceType: 'DiagnosticReport',
        id: 's-report-period-r',
        status: 'final',
        code: { coding: [{ system: 'urn:oid:2.16.840.1.113883.6.1', code: '30679-5' }] },
        subject: { reference: 'Patient/s-report-period' },
        effectivePeriod: { start: `${at(12)}T10:00:00Z` },
        issued: `${at(13)}T10:00:00Z`,
      },
    ],
    status: 'imaged',
    imaging: [{ daysAfterIesd: 12, inWindow: true }],
  },
  {
    name: 'preliminary DiagnosticReport: the study was done',
    resources: [
      patient('s-report-prelim'),
      lbpVisit('s-report-prelim-v', 's-report-prelim', day),
      {
        resourceType: 'DiagnosticReport',
        id: 's-report-prelim-r',
        status: 'preliminary',
        code: { coding: [{ system: systems.loinc, code: '24972-2' }] },
        subject: { reference: 'Patient/s-report-prelim' },
        effectiveDateTime: at(1),
      },
    ],
    status: 'imaged',
    imaging: [{ daysAfterIesd: 1, inWindow: true }],
  },
  {
    name: 'DiagnosticReport entered in error does not count',
    resources: [
      patient('s-report-error'),
      lbpVisit('s-report-error-v', 's-report-error', day),
      {
        resourceType: 'DiagnosticReport',
        id: 's-report-error-r',
        status: 'entered-in-error',
        code: { coding: [mriCpt] },
        subject: { reference: 'Patient/s-report-error' },
        effectiveDateTime: at(4),
      },
    ],
    status: 'not-imaged',
    imaging: [],
  },
  {
    name: 'completed ServiceRequest with occurrencePeriod',
    resources: [
      patient('s-order-period'),
      lbpVisit('s-order-period-v', 's-order-period', day),
      {
        resourceType: 'ServiceRequest',
        id: 's-order-period-o',
        status: 'completed',
        intent: 'order',
        code: { coding: [mriCpt] },
        subject: { reference: 'Patient/s-order-period' },
        authoredOn: day,
        occurrencePeriod: { start: `${at(20)}T08:00:00Z` },
      },
    ],
    status: 'imaged',
    imaging: [{ daysAfterIesd: 20, inWindow: true }],
  },
  {
    name: 'imaging whose reasonReference is low back pain counts',
    resources: [
      patient('s-img-reasonref'),
      conditionOf('s-img-reasonref-c', 's-img-reasonref', lbp, {
        encounter: { reference: 'Encounter/s-img-reasonref-v' },
      }),
      visit('s-img-reasonref-v', 's-img-reasonref', day),
      {
        resourceType: 'ImagingStudy',
        id: 's-img-reasonref-i',
        status: 'available',
        subject: { reference: 'Patient/s-img-reasonref' },
        started: at(2),
        procedureCode: [{ coding: [mriCpt] }],
        reasonReference: [{ reference: 'Condition/s-img-reasonref-c' }],
      },
    ],
    status: 'imaged',
  },
  {
    name: 'imaging whose only reason (a reference) is another condition does not count',
    resources: [
      patient('s-img-other'),
      lbpVisit('s-img-other-v', 's-img-other', day),
      conditionOf('s-img-other-c', 's-img-other', { system: systems.icd10cm, code: 'N20.0' }, { recordedDate: at(2) }),
      {
        resourceType: 'ImagingStudy',
        id: 's-img-other-i',
        status: 'available',
        subject: { reference: 'Patient/s-img-other' },
        started: at(2),
        procedureCode: [{ coding: [{ system: systems.cpt, code: '72131' }] }],
        reasonReference: [{ reference: 'Condition/s-img-other-c' }],
      },
    ],
    status: 'not-imaged',
  },
];

/** Patient and reference shapes. */
const patientShapes: Shape[] = [
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

const prednisone = (extra: Json = {}) => ({
  medicationCodeableConcept: {
    coding: [{ system: systems.rxnorm, code: '312617', display: 'predniSONE 5 MG Oral Tablet' }],
  },
  ...extra,
});

/** Medication shapes: prescriptions, statements, medication references, supply in other units. */
const medicationShapes: Shape[] = [
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

/** Exclusion shapes: dates given partly or not at all, codes in visits, hospice and palliative care forms. */
const exclusionShapes: Shape[] = [
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

const claim = (
  resourceType: 'Claim' | 'ExplanationOfBenefit',
  id: string,
  pid: string,
  date: string,
  extra: Json = {},
): Json => ({
  resourceType,
  id,
  status: 'active',
  type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' }] },
  use: 'claim',
  patient: { reference: `Patient/${pid}` },
  billablePeriod: { start: date, end: date },
  created: date,
  ...extra,
});

const icd = (code: string) => ({ coding: [{ system: systems.icd10cm, code }] });

/** Claims (HEDIS is claims-based; quality-measures.md §1.8 names Claim.diagnosis.sequence 1). */
const claimShapes: Shape[] = [
  {
    name: 'a Claim with low back pain in sequence 1, and an MRI line 10 days later on another claim',
    resources: [
      patient('s-claim'),
      claim('Claim', 's-claim-1', 's-claim', day, {
        diagnosis: [{ sequence: 1, diagnosisCodeableConcept: icd('M54.50') }],
        item: [
          { sequence: 1, productOrService: { coding: [{ system: systems.cpt, code: '99213' }] }, servicedDate: day },
        ],
      }),
      claim('Claim', 's-claim-2', 's-claim', at(10), {
        diagnosis: [{ sequence: 1, diagnosisCodeableConcept: icd('M54.50') }],
        item: [{ sequence: 1, productOrService: { coding: [mriCpt] }, servicedDate: at(10) }],
      }),
    ],
    status: 'imaged',
    iesd: day,
    imaging: [{ daysAfterIesd: 10, inWindow: true }],
  },
  {
    name: 'an ExplanationOfBenefit with low back pain in sequence 2 only is no qualifying visit',
    resources: [
      patient('s-eob-seq2'),
      claim('ExplanationOfBenefit', 's-eob-seq2-1', 's-eob-seq2', day, {
        outcome: 'complete',
        diagnosis: [
          { sequence: 1, diagnosisCodeableConcept: icd('J06.9') },
          { sequence: 2, diagnosisCodeableConcept: icd('M54.50') },
        ],
      }),
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'an inpatient ExplanationOfBenefit (CARIN subtype) is no qualifying visit',
    resources: [
      patient('s-eob-inpatient'),
      claim('ExplanationOfBenefit', 's-eob-inpatient-1', 's-eob-inpatient', day, {
        outcome: 'complete',
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'institutional' }] },
        subType: {
          coding: [
            { system: 'http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBInstitutionalClaimSubType', code: 'inpatient' },
          ],
        },
        billablePeriod: { start: day, end: at(3) },
        diagnosis: [{ sequence: 1, diagnosisCodeableConcept: icd('M54.50') }],
      }),
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'a claim line in an inpatient hospital (place of service 21) is no qualifying visit',
    resources: [
      patient('s-claim-pos21'),
      claim('Claim', 's-claim-pos21-1', 's-claim-pos21', day, {
        diagnosis: [{ sequence: 1, diagnosisCodeableConcept: icd('M54.50') }],
        item: [
          {
            sequence: 1,
            productOrService: { coding: [{ system: systems.cpt, code: '99223' }] },
            servicedDate: day,
            locationCodeableConcept: {
              coding: [
                {
                  system: 'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set',
                  code: '21',
                },
              ],
            },
          },
        ],
      }),
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'a lumbar X-ray claim line whose claim names only a kidney stone does not count',
    resources: [
      patient('s-claim-other'),
      claim('Claim', 's-claim-other-1', 's-claim-other', day, {
        diagnosis: [{ sequence: 1, diagnosisCodeableConcept: icd('M54.50') }],
      }),
      claim('Claim', 's-claim-other-2', 's-claim-other', at(5), {
        diagnosis: [{ sequence: 1, diagnosisCodeableConcept: icd('N20.0') }],
        item: [
          { sequence: 1, productOrService: { coding: [{ system: systems.cpt, code: '72100' }] }, servicedDate: at(5) },
        ],
      }),
    ],
    status: 'not-imaged',
  },
  {
    name: 'lumbar fusion on a claim years before',
    resources: [
      patient('s-claim-surgery'),
      lbpVisit('s-claim-surgery-v', 's-claim-surgery', day),
      claim('ExplanationOfBenefit', 's-claim-surgery-1', 's-claim-surgery', '2019-02-11', {
        outcome: 'complete',
        diagnosis: [{ sequence: 1, diagnosisReference: { reference: 'Condition/s-claim-surgery-c' } }],
        item: [
          {
            sequence: 1,
            productOrService: { coding: [{ system: systems.cpt, code: '22612' }] },
            servicedDate: '2019-02-11',
          },
        ],
      }),
      conditionOf('s-claim-surgery-c', 's-claim-surgery', icd('M43.16').coding[0] as Json),
    ],
    status: 'excluded',
    exclusions: ['lumbar-surgery'],
  },
  {
    name: 'a lab claim (place of service 81) with low back pain does not count; the later visit is the index',
    resources: [
      patient('s-claim-lab'),
      claim('Claim', 's-claim-lab-1', 's-claim-lab', day, {
        diagnosis: [{ sequence: 1, diagnosisCodeableConcept: icd('M54.50') }],
        item: [
          {
            sequence: 1,
            productOrService: { coding: [{ system: systems.cpt, code: '85025' }] },
            servicedDate: day,
            locationCodeableConcept: { coding: [{ code: '81' }] },
          },
        ],
      }),
      lbpVisit('s-claim-lab-v', 's-claim-lab', at(100)),
    ],
    status: 'not-imaged',
    iesd: at(100),
  },
  {
    name: 'zoledronic acid infusion (HCPCS) on a claim line the year before',
    resources: [
      patient('s-claim-zoledronic'),
      lbpVisit('s-claim-zoledronic-v', 's-claim-zoledronic', day),
      claim('Claim', 's-claim-zoledronic-1', 's-claim-zoledronic', '2024-09-12', {
        diagnosis: [{ sequence: 1, diagnosisCodeableConcept: icd('Z13.820') }],
        item: [
          {
            sequence: 1,
            productOrService: {
              coding: [{ system: 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code: 'J3489' }],
            },
            servicedDate: '2024-09-12',
          },
        ],
      }),
    ],
    status: 'excluded',
    exclusions: ['osteoporosis'],
  },
  {
    name: 'denosumab injection (HCPCS Procedure) on day 29',
    resources: [
      patient('s-proc-denosumab'),
      lbpVisit('s-proc-denosumab-v', 's-proc-denosumab', day),
      {
        resourceType: 'Procedure',
        id: 's-proc-denosumab-p',
        status: 'completed',
        code: { coding: [{ system: 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code: 'J0897' }] },
        subject: { reference: 'Patient/s-proc-denosumab' },
        performedDateTime: at(29),
      },
    ],
    status: 'not-imaged',
  },
  {
    name: 'a cancelled claim does not count',
    resources: [
      patient('s-claim-cancelled'),
      claim('Claim', 's-claim-cancelled-1', 's-claim-cancelled', day, {
        status: 'cancelled',
        diagnosis: [{ sequence: 1, diagnosisCodeableConcept: icd('M54.50') }],
      }),
      lbpVisit('s-claim-cancelled-v', 's-claim-cancelled', at(7)),
    ],
    status: 'not-imaged',
    iesd: at(7),
  },
];

/** Every shape, with the result it must give. */
export const shapes: readonly Shape[] = [
  ...diagnosisShapes,
  ...visitShapes,
  ...imagingShapes,
  ...patientShapes,
  ...medicationShapes,
  ...exclusionShapes,
  ...claimShapes,
];

/** A low back pain visit that was cancelled, alone: the patient has no diagnosis and is not listed. */
export const unlisted: readonly Json[] = [
  patient('s-only-cancelled'),
  lbpVisit('s-only-cancelled-v', 's-only-cancelled', day, { status: 'cancelled' }),
];
