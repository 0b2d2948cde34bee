import type { Case, ConditionId } from '@spine-advisor/engine';

/**
 * Code tables, one per concept, each code checked against ../shared/interop/codes.md (V or V2
 * there). Codes marked U there are left out: an unknown code is ignored, never guessed. ICD-10-CM
 * entries are prefixes, so a later split of a code (M51.36 → M51.360…) still matches.
 */

/** A concept recognised in Condition (or Encounter reason) codes. */
export interface CodeConcept {
  /** ICD-10-CM code prefixes (dots optional). */
  readonly icd10: readonly string[];
  /** SNOMED CT concept ids. */
  readonly snomed: readonly string[];
}

/** Low back pain and its radicular and degenerative forms: the diagnosis whose onset dates the episode. */
export const lowBackPain = {
  icd10: [
    'M54.5', // M54.5 (deleted FY2022, still in old records), M54.50, M54.51, M54.59
    'M54.3', // sciatica
    'M54.4', // lumbago with sciatica
    'M54.16',
    'M54.17',
    'M54.89',
    'M54.9',
    'M51.06',
    'M51.16',
    'M51.17',
    'M51.26',
    'M51.27',
    'M51.36',
    'M51.37',
    'M48.06',
    'M48.07',
    'M47.26',
    'M47.27',
    'M47.816',
    'M47.817',
    'M53.86',
    'M62.830',
    'S39.012',
    'S33.5',
  ],
  snomed: [
    '279039007', // low back pain
    '278862001', // acute low back pain
    '278860009', // chronic low back pain
    '279040009',
    '161891005',
    '134407002', // chronic back pain
    '300956001',
    '309710005',
    '203095000',
    '23056005', // sciatica
    '128196005',
    '2415007',
    '202708005',
    '202735001',
    '20021007',
    '26538006',
    '34139004',
    '239880009',
    '274152003',
    '18347007',
    '370471003',
  ],
} as const satisfies CodeConcept;

/** Codes that say, by definition, the pain has lasted over 12 weeks (ACP 2017: chronic > 12 weeks). */
export const chronicBackPainSnomed = ['278860009', '134407002'] as const;

/** Weeks implied by a "chronic" back pain code when no onset date is documented. */
export const chronicMinimumWeeks = 12;

/** A condition code that sets case fields when the condition is active. */
export interface FactConcept extends CodeConcept {
  readonly id: string;
  /** Case fields when active (clinical status active, recurrence or relapse). */
  readonly active: Partial<Case>;
  /** Case fields when no longer active (remission, resolved, inactive), if different. */
  readonly inactive?: Partial<Case>;
  /** Conditions this diagnosis makes a clinician suspect (contract: `clinicianSuspects`). */
  readonly suspects?: readonly ConditionId[];
  /** Symptoms count only when recent (onset or record within the recent window). */
  readonly recentOnly?: boolean;
}

/** Diagnoses and findings recorded as Conditions. */
export const conditionConcepts = [
  {
    id: 'malignancy',
    // ICD-10-CM chapter 2: every C code (C00–C96) is a malignant neoplasm (verified: WHO/SEER chapter structure).
    icd10: ['C'],
    snomed: ['363346000', '128462008', '94222008', '109989006'],
    active: { cancerHistory: 'active' },
    inactive: { cancerHistory: 'past' },
  },
  {
    id: 'history-of-malignancy',
    icd10: ['Z85'],
    snomed: [],
    active: { cancerHistory: 'past' },
  },
  {
    id: 'spinal-malignancy',
    icd10: ['C79.51', 'C79.52', 'C41.2', 'C72.0', 'M84.58'],
    snomed: ['94222008', '274146004'],
    active: {},
    suspects: ['malignancy'],
  },
  {
    id: 'osteoporosis',
    icd10: ['M80', 'M81'],
    snomed: ['64859006', '102447009', '390833005', '240198002'],
    active: { osteoporosis: true },
    inactive: { osteoporosis: true },
  },
  {
    id: 'immunosuppression',
    icd10: ['B20', 'Z21', 'Z94.0', 'Z94.81'],
    snomed: ['86406008', '234532001'],
    active: { immunosuppressed: true },
  },
  {
    id: 'spinal-infection',
    icd10: ['M46.26', 'M46.27', 'M46.36', 'M46.37', 'M46.46', 'M46.47', 'M46.56', 'M46.57', 'G06.1', 'G06.2', 'A18.01'],
    snomed: ['203241002', '2304001', '302935008', '35984006'],
    active: {},
    suspects: ['infection'],
  },
  {
    id: 'vertebral-fracture',
    icd10: ['S32.0', 'M48.56', 'M48.57', 'M80.08', 'M80.88', 'M84.48'],
    snomed: ['125608002', '207957008', '274146004', '240198002'],
    active: {},
    suspects: ['fracture'],
  },
  {
    id: 'cauda-equina-syndrome',
    // Spinal cord compression (71286001) opens the same emergency neural-compression pathway.
    icd10: ['G83.4'],
    snomed: ['192970008', '12454008', '71286001'],
    active: {},
    suspects: ['cauda-equina-syndrome'],
  },
  {
    id: 'axial-spondyloarthritis',
    icd10: ['M45.6', 'M45.7'],
    snomed: [],
    active: {},
    suspects: ['inflammatory'],
  },
  {
    id: 'prior-lumbar-surgery',
    icd10: ['M96.1', 'Z98.1', 'M43.26'],
    snomed: ['27151001', '202725007'],
    active: { priorLumbarSurgery: true },
    inactive: { priorLumbarSurgery: true },
  },
  {
    id: 'long-term-steroids',
    icd10: ['Z79.52'],
    snomed: [],
    active: { steroidUse: true },
  },
  {
    id: 'anticoagulation',
    icd10: ['Z79.01'],
    snomed: ['182764009'],
    active: { anticoagulant: true },
  },
  // Symptoms and findings: they describe this episode only when recent.
  {
    id: 'urinary-retention',
    icd10: ['R33.9'],
    snomed: ['267064002', '236648008'],
    active: { bladder: 'retention' },
    recentOnly: true,
  },
  {
    id: 'urinary-incontinence',
    icd10: ['R32'],
    snomed: ['165232002'],
    active: { bladder: 'new-dysfunction' },
    recentOnly: true,
  },
  {
    id: 'faecal-incontinence',
    icd10: ['R15.9'],
    snomed: [],
    active: { bowelIncontinence: true },
    recentOnly: true,
  },
  {
    id: 'fever',
    icd10: ['R50.9'],
    snomed: ['386661006'],
    active: { fever: true },
    recentOnly: true,
  },
  {
    id: 'weight-loss',
    icd10: ['R63.4'],
    snomed: ['267024001'],
    active: { weightLoss: true },
    recentOnly: true,
  },
  {
    id: 'difficulty-walking',
    icd10: ['R26.2'],
    snomed: [],
    active: { gaitDisturbance: true },
    recentOnly: true,
  },
  {
    id: 'foot-drop',
    snomed: ['6077001'],
    icd10: [],
    active: { weakness: 'severe' },
    recentOnly: true,
  },
  {
    id: 'leg-weakness',
    snomed: ['309774006'],
    icd10: [],
    active: { weakness: 'mild' },
    recentOnly: true,
  },
  {
    id: 'leg-numbness',
    snomed: ['309537005'],
    icd10: [],
    active: { numbness: true },
    recentOnly: true,
  },
] as const satisfies readonly FactConcept[];

/** Body temperature (LOINC 8310-5, US Core vital sign; verified in the US Core temperature example). */
export const bodyTemperatureLoinc = '8310-5';

/** Fever threshold, contract: temperature of 38 °C or more. */
export const feverCelsius = 38;

/** Symptoms recorded within this many days count as part of the current episode. */
export const recentDays = 30;

/** Procedures (SNOMED CT) that are lumbar or spinal operations (codes.md §3). */
export const spinalSurgerySnomed = ['277764006', '387731002', '392236004'] as const;

/** A medication class recognised by ingredient name (codes.md §6: names authoritative, RxCUIs mostly U). */
export interface MedicationClass {
  readonly id: string;
  readonly ingredients: readonly string[];
  /** RxCUIs verified (V2) in codes.md. */
  readonly rxnorm: readonly string[];
  readonly fact: Partial<Case>;
  /** The fact needs this many days of use (steroids: 3 months, contract `steroidUse`). */
  readonly minimumDays?: number;
}

/** Medication classes that change the assessment. */
export const medicationClasses = [
  {
    id: 'systemic-corticosteroid',
    // HEDIS "Corticosteroid Medications" list (codes.md §6).
    ingredients: [
      'hydrocortisone',
      'cortisone',
      'prednisone',
      'prednisolone',
      'methylprednisolone',
      'triamcinolone',
      'dexamethasone',
      'betamethasone',
    ],
    rxnorm: [],
    fact: { steroidUse: true },
    minimumDays: 90,
  },
  {
    id: 'anticoagulant',
    ingredients: ['warfarin', 'apixaban', 'rivaroxaban', 'dabigatran', 'edoxaban', 'heparin', 'enoxaparin'],
    rxnorm: ['11289', '1364430'],
    fact: { anticoagulant: true },
  },
  {
    id: 'immunosuppressant',
    // Transplant and disease-modifying immunosuppressants and biologics by ingredient name.
    ingredients: [
      'tacrolimus',
      'cyclosporine',
      'ciclosporin',
      'mycophenolate',
      'azathioprine',
      'sirolimus',
      'everolimus',
      'methotrexate',
      'cyclophosphamide',
      'infliximab',
      'adalimumab',
      'etanercept',
      'rituximab',
    ],
    rxnorm: [],
    fact: { immunosuppressed: true },
  },
] as const satisfies readonly MedicationClass[];

/** Words that mark a product as not systemic (a cream or inhaler does not thin bones like tablets). */
export const nonSystemicRoute =
  /\b(topical|cream|ointment|lotion|gel|inhal|nasal|ophthalmic|eye|otic|ear|rectal foam)\b/i;
