import { systems } from '@spine-advisor/fhir';
import type { Json } from '../fhir-builders.js';
import { at, conditionOf, day, lbpVisit, mriCpt, patient, type Shape } from './common.js';

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
export const claimShapes: Shape[] = [
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
