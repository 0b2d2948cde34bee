import type { ExclusionReason, NotEligibleReason, PatientStatus } from '../result.js';
import {
  addDays,
  coding,
  condition,
  dispense,
  encounter,
  imagingStudy,
  type Json,
  patient,
  procedure,
} from './fhir-builders.js';

/** Measurement year of the boundary fixtures. */
export const fixtureYear = 2025;

/** The index visit of most fixtures. */
export const iesd = '2025-03-10';

const lbp = coding('icd10cm', 'M54.50');
const mri = coding('cpt', '72148');
const xray = coding('loinc', '24972-2');

/** One hand-made patient at a boundary, with the result it must get. */
export interface Boundary {
  readonly name: string;
  readonly resources: Json[];
  readonly status: PatientStatus;
  readonly reason?: NotEligibleReason;
  readonly exclusions?: ExclusionReason[];
  readonly iesd?: string | null;
  readonly stratum?: '18-64' | '65-75' | null;
  /** Days after the IESD of the patient's lumbar imaging, and whether in the window. */
  readonly imaging?: { daysAfterIesd: number; inWindow: boolean }[];
}

/** A patient aged 45 at year end with an outpatient low back pain visit on `visit`, plus `extra`. */
function lbpPatient(
  id: string,
  extra: Json[] = [],
  options: { birthDate?: string; visit?: string; patient?: Json } = {},
): Json[] {
  return [
    patient(id, options.birthDate ?? '1980-06-15', options.patient),
    encounter(`${id}-visit`, id, options.visit ?? iesd, { reasons: [lbp] }),
    ...extra,
  ];
}

const at = (days: number) => addDays(iesd, days);

/** A lumbar X-ray order of patient `pid` for `date`. */
function order(pid: string, status: string, date: string): Json {
  return {
    resourceType: 'ServiceRequest',
    id: `${pid}-order`,
    status,
    intent: 'order',
    code: { coding: [coding('cpt', '72100')] },
    subject: { reference: `Patient/${pid}` },
    occurrenceDateTime: `${date}T08:00:00Z`,
    authoredOn: `${iesd}T09:15:00Z`,
  };
}

/**
 * Each coded exclusion at the edge of its look-back window: the last day inside and the first day
 * outside, relative to the IESD (quality-measures.md §1.4).
 */
const windowEdges: readonly {
  reason: ExclusionReason;
  code: Json;
  inside: number;
  outside: number;
  procedure?: true;
}[] = [
  { reason: 'hiv', code: coding('icd10cm', 'B20'), inside: 28, outside: 29 },
  { reason: 'organ-transplant', code: coding('icd10cm', 'Z94.0'), inside: 28, outside: 29 },
  { reason: 'osteoporosis', code: coding('icd10cm', 'M81.0'), inside: 28, outside: 29 },
  { reason: 'spondylopathy', code: coding('icd10cm', 'M45.6'), inside: 28, outside: 29 },
  { reason: 'lumbar-surgery', code: coding('cpt', '63030'), inside: 28, outside: 29, procedure: true },
  { reason: 'neurologic-impairment', code: coding('icd10cm', 'G83.4'), inside: -365, outside: -366 },
  { reason: 'spinal-infection', code: coding('icd10cm', 'M46.26'), inside: 28, outside: 29 },
  { reason: 'fragility-fracture', code: coding('icd10cm', 'M48.56XA'), inside: -90, outside: -91 },
];

const edgeBoundaries: Boundary[] = windowEdges.flatMap((edge) =>
  (['inside', 'outside'] as const).map((side) => {
    const id = `b-${edge.reason}-${side}`;
    const day = at(edge[side]);
    const event = edge.procedure ? procedure(`${id}-p`, id, edge.code, day) : condition(`${id}-c`, id, edge.code, day);
    return {
      name: `${edge.reason} on day ${edge[side]} (${side} its window)`,
      resources: lbpPatient(id, [event]),
      status: side === 'inside' ? 'excluded' : 'not-imaged',
      exclusions: side === 'inside' ? [edge.reason] : [],
    };
  }),
);

/** Each rule and boundary of the measure, inside and outside. */
export const boundaries: readonly Boundary[] = [
  ...edgeBoundaries,
  {
    name: 'plain low back pain, no imaging',
    resources: lbpPatient('b-plain'),
    status: 'not-imaged',
    iesd,
    stratum: '18-64',
    imaging: [],
  },
  {
    name: 'MRI on the IESD',
    resources: lbpPatient('b-day0', [imagingStudy('b-day0-mri', 'b-day0', mri, at(0))]),
    status: 'imaged',
    imaging: [{ daysAfterIesd: 0, inWindow: true }],
  },
  {
    name: 'MRI on day 28',
    resources: lbpPatient('b-day28', [imagingStudy('b-day28-mri', 'b-day28', mri, at(28), { reasons: [lbp] })]),
    status: 'imaged',
    imaging: [{ daysAfterIesd: 28, inWindow: true }],
  },
  {
    name: 'X-ray on day 29',
    resources: lbpPatient('b-day29', [imagingStudy('b-day29-xr', 'b-day29', xray, at(29))]),
    status: 'not-imaged',
    imaging: [{ daysAfterIesd: 29, inWindow: false }],
  },
  {
    name: 'MRI known from its final report on day 5',
    resources: lbpPatient('b-report', [
      {
        resourceType: 'DiagnosticReport',
        id: 'b-report-r',
        status: 'final',
        code: { coding: [mri] },
        subject: { reference: 'Patient/b-report' },
        effectiveDateTime: `${at(5)}T10:00:00Z`,
      },
    ]),
    status: 'imaged',
    imaging: [{ daysAfterIesd: 5, inWindow: true }],
  },
  {
    name: 'X-ray order completed on day 10',
    resources: lbpPatient('b-order-done', [order('b-order-done', 'completed', at(10))]),
    status: 'imaged',
  },
  {
    name: 'X-ray order still active on day 10',
    resources: lbpPatient('b-order-active', [order('b-order-active', 'active', at(10))]),
    status: 'not-imaged',
    imaging: [],
  },
  {
    name: 'MRI in the window for another reason',
    resources: lbpPatient('b-other-reason', [
      imagingStudy('b-other-reason-mri', 'b-other-reason', mri, at(3), { reasons: [coding('icd10cm', 'R10.9')] }),
    ]),
    status: 'not-imaged',
  },
  {
    name: 'low back pain 179 days before',
    resources: lbpPatient('b-prior179', [encounter('b-prior179-old', 'b-prior179', at(-179), { reasons: [lbp] })]),
    status: 'not-eligible',
    reason: 'prior-lbp-diagnosis',
    stratum: null,
  },
  {
    name: 'low back pain 180 days before',
    resources: lbpPatient('b-prior180', [encounter('b-prior180-old', 'b-prior180', at(-180), { reasons: [lbp] })]),
    status: 'not-eligible',
    reason: 'prior-lbp-diagnosis',
  },
  {
    name: 'low back pain 181 days before',
    resources: lbpPatient('b-prior181', [encounter('b-prior181-old', 'b-prior181', at(-181), { reasons: [lbp] })]),
    status: 'not-imaged',
    iesd,
  },
  {
    name: 'inpatient low back pain 100 days before counts as history',
    resources: lbpPatient('b-prior-inpatient', [
      encounter('b-prior-inpatient-old', 'b-prior-inpatient', at(-100), { class: 'IMP', reasons: [lbp] }),
    ]),
    status: 'not-eligible',
    reason: 'prior-lbp-diagnosis',
  },
  {
    name: 'visit on 3 December',
    resources: lbpPatient('b-dec3', [], { visit: '2025-12-03' }),
    status: 'not-imaged',
    iesd: '2025-12-03',
  },
  {
    name: 'visit on 4 December',
    resources: lbpPatient('b-dec4', [], { visit: '2025-12-04' }),
    status: 'not-eligible',
    reason: 'intake-period',
    iesd: null,
  },
  {
    name: 'age 17',
    resources: lbpPatient('b-age17', [], { birthDate: '2008-01-01' }),
    status: 'not-eligible',
    reason: 'age',
  },
  {
    name: 'age 18',
    resources: lbpPatient('b-age18', [], { birthDate: '2007-12-31' }),
    status: 'not-imaged',
    stratum: '18-64',
  },
  {
    name: 'age 64',
    resources: lbpPatient('b-age64', [], { birthDate: '1961-12-31' }),
    status: 'not-imaged',
    stratum: '18-64',
  },
  {
    name: 'age 65',
    resources: lbpPatient('b-age65', [], { birthDate: '1960-01-01' }),
    status: 'not-imaged',
    stratum: '65-75',
  },
  {
    name: 'age 75',
    resources: lbpPatient('b-age75', [], { birthDate: '1950-12-31' }),
    status: 'not-imaged',
    stratum: '65-75',
  },
  {
    name: 'age 76',
    resources: lbpPatient('b-age76', [], { birthDate: '1949-06-01' }),
    status: 'not-eligible',
    reason: 'age',
  },
  {
    name: 'inpatient visits only',
    resources: [
      patient('b-inpatient', '1980-06-15'),
      encounter('b-inpatient-stay', 'b-inpatient', iesd, { class: 'IMP', reasons: [lbp] }),
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'emergency visit that led to an admission',
    resources: [
      patient('b-ed-admit', '1980-06-15'),
      encounter('b-ed-admit-ed', 'b-ed-admit', iesd, { class: 'EMER', reasons: [lbp] }),
      encounter('b-ed-admit-stay', 'b-ed-admit', at(1), { class: 'IMP' }),
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'low back pain ranked second on the visit',
    resources: [
      patient('b-rank2', '1980-06-15'),
      condition('b-rank2-flu', 'b-rank2', coding('icd10cm', 'J11.1'), iesd, 'b-rank2-visit'),
      condition('b-rank2-lbp', 'b-rank2', lbp, iesd, 'b-rank2-visit'),
      encounter('b-rank2-visit', 'b-rank2', iesd, {
        diagnoses: [
          { condition: 'b-rank2-flu', rank: 1 },
          { condition: 'b-rank2-lbp', rank: 2 },
        ],
      }),
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'low back pain ranked first, via Condition',
    resources: [
      patient('b-rank1', '1980-06-15'),
      condition('b-rank1-lbp', 'b-rank1', coding('snomed', '279039007'), iesd, 'b-rank1-visit'),
      encounter('b-rank1-visit', 'b-rank1', iesd, { diagnoses: [{ condition: 'b-rank1-lbp', rank: 1 }] }),
    ],
    status: 'not-imaged',
    iesd,
  },
  {
    name: 'cancer diagnosed on day 28',
    resources: lbpPatient('b-cancer28', [
      condition('b-cancer28-c', 'b-cancer28', coding('icd10cm', 'C50.911'), at(28)),
    ]),
    status: 'excluded',
    exclusions: ['cancer'],
    stratum: '18-64',
  },
  {
    name: 'cancer diagnosed on day 29',
    resources: lbpPatient('b-cancer29', [
      condition('b-cancer29-c', 'b-cancer29', coding('icd10cm', 'C50.911'), at(29)),
    ]),
    status: 'not-imaged',
  },
  {
    name: 'trauma 90 days before',
    resources: lbpPatient('b-trauma90', [
      condition('b-trauma90-c', 'b-trauma90', coding('icd10cm', 'S32.009A'), at(-90)),
    ]),
    status: 'excluded',
    exclusions: ['trauma'],
  },
  {
    name: 'trauma 91 days before',
    resources: lbpPatient('b-trauma91', [
      condition('b-trauma91-c', 'b-trauma91', coding('icd10cm', 'S32.009A'), at(-91)),
    ]),
    status: 'not-imaged',
  },
  {
    name: 'IV drug abuse 365 days before',
    resources: lbpPatient('b-ivdu365', [condition('b-ivdu365-c', 'b-ivdu365', coding('icd10cm', 'F11.20'), at(-365))]),
    status: 'excluded',
    exclusions: ['iv-drug-abuse'],
  },
  {
    name: 'IV drug abuse 366 days before',
    resources: lbpPatient('b-ivdu366', [condition('b-ivdu366-c', 'b-ivdu366', coding('icd10cm', 'F11.20'), at(-366))]),
    status: 'not-imaged',
  },
  {
    name: 'lumbar fusion years before',
    resources: lbpPatient('b-surgery', [
      procedure('b-surgery-p', 'b-surgery', coding('snomed', '277764006'), '2015-05-01'),
    ]),
    status: 'excluded',
    exclusions: ['lumbar-surgery'],
  },
  {
    name: 'osteoporosis medication dispensed',
    resources: lbpPatient('b-alendronate', [
      dispense('b-alendronate-d', 'b-alendronate', 'alendronate', '2024-01-05', 30),
    ]),
    status: 'excluded',
    exclusions: ['osteoporosis'],
  },
  {
    name: 'prednisone for 90 consecutive days up to the IESD',
    resources: lbpPatient('b-steroid90', [
      dispense('b-steroid90-1', 'b-steroid90', 'prednisone', at(-89), 30),
      dispense('b-steroid90-2', 'b-steroid90', 'prednisone', at(-65), 30),
      dispense('b-steroid90-3', 'b-steroid90', 'prednisone', at(-30), 30),
    ]),
    status: 'excluded',
    exclusions: ['corticosteroids'],
  },
  {
    name: 'prednisone by RxNorm ingredient code only, 120 days up to the IESD',
    resources: lbpPatient('b-steroid-rxnorm', [
      {
        ...dispense('b-steroid-rxnorm-1', 'b-steroid-rxnorm', 'prednisone', at(-119), 120),
        medicationCodeableConcept: {
          coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '8640' }],
        },
      },
    ]),
    status: 'excluded',
    exclusions: ['corticosteroids'],
  },
  {
    name: 'prednisone for 89 covered days (the rest after the IESD)',
    resources: lbpPatient('b-steroid89', [dispense('b-steroid89-1', 'b-steroid89', 'prednisone', at(-88), 120)]),
    status: 'not-imaged',
  },
  {
    name: 'prednisone with a one-day gap',
    resources: lbpPatient('b-steroid-gap', [
      dispense('b-steroid-gap-1', 'b-steroid-gap', 'prednisone', at(-200), 60),
      dispense('b-steroid-gap-2', 'b-steroid-gap', 'prednisone', at(-139), 60),
    ]),
    status: 'not-imaged',
  },
  {
    name: 'died in the year',
    resources: lbpPatient('b-death', [], { patient: { deceasedDateTime: '2025-11-20T00:00:00Z' } }),
    status: 'excluded',
    exclusions: ['death'],
  },
  {
    name: 'died the year after',
    resources: lbpPatient('b-death-later', [], { patient: { deceasedDateTime: '2026-02-01T00:00:00Z' } }),
    status: 'not-imaged',
  },
  {
    name: 'hospice in the year',
    resources: lbpPatient('b-hospice', [
      procedure('b-hospice-p', 'b-hospice', coding('snomed', '385763009'), '2025-10-01'),
    ]),
    status: 'excluded',
    exclusions: ['hospice'],
  },
  {
    name: 'hospice the year after',
    resources: lbpPatient('b-hospice-after', [
      procedure('b-hospice-after-p', 'b-hospice-after', coding('snomed', '385763009'), '2026-01-02'),
    ]),
    status: 'not-imaged',
  },
  {
    name: 'palliative care on 31 December',
    resources: lbpPatient('b-palliative', [
      condition('b-palliative-c', 'b-palliative', coding('icd10cm', 'Z51.5'), '2025-12-31'),
    ]),
    status: 'excluded',
    exclusions: ['palliative-care'],
  },
  {
    name: 'osteoporosis medication first dispensed on day 29',
    resources: lbpPatient('b-alendronate-late', [
      dispense('b-alendronate-late-d', 'b-alendronate-late', 'alendronate', at(29), 30),
    ]),
    status: 'not-imaged',
  },
  {
    name: 'palliative care the year before',
    resources: lbpPatient('b-palliative-before', [
      condition('b-palliative-before-c', 'b-palliative-before', coding('icd10cm', 'Z51.5'), '2024-11-01'),
    ]),
    status: 'not-imaged',
  },
  {
    name: 'frail with advanced illness at 70',
    resources: lbpPatient(
      'b-frail70',
      [
        condition('b-frail70-f1', 'b-frail70', coding('icd10cm', 'R54'), '2025-02-01'),
        condition('b-frail70-f2', 'b-frail70', coding('icd10cm', 'R54'), '2025-05-01'),
        condition('b-frail70-a1', 'b-frail70', coding('icd10cm', 'I50.9'), '2024-06-01'),
        condition('b-frail70-a2', 'b-frail70', coding('icd10cm', 'I50.9'), '2025-01-15'),
      ],
      { birthDate: '1955-04-04' },
    ),
    status: 'excluded',
    exclusions: ['frailty-advanced-illness'],
    stratum: '65-75',
  },
  {
    name: 'frail with advanced illness at 65',
    resources: lbpPatient(
      'b-frail65',
      [
        condition('b-frail65-f1', 'b-frail65', coding('icd10cm', 'R54'), '2025-02-01'),
        condition('b-frail65-f2', 'b-frail65', coding('icd10cm', 'R54'), '2025-05-01'),
        condition('b-frail65-a1', 'b-frail65', coding('icd10cm', 'I50.9'), '2024-06-01'),
        condition('b-frail65-a2', 'b-frail65', coding('icd10cm', 'I50.9'), '2025-01-15'),
      ],
      { birthDate: '1960-04-04' },
    ),
    status: 'not-imaged',
  },
  {
    name: 'frailty on one date only',
    resources: lbpPatient(
      'b-frail-once',
      [
        condition('b-frail-once-f1', 'b-frail-once', coding('icd10cm', 'R54'), '2025-02-01'),
        dispense('b-frail-once-d', 'b-frail-once', 'donepezil', '2025-01-10', 30),
      ],
      { birthDate: '1955-04-04' },
    ),
    status: 'not-imaged',
  },
];
