import type { Case } from '../case.js';
import type { ConditionId } from './conditions.js';
import type { ValueSetId } from './fhir-value-sets.js';
import { thresholds } from './thresholds.js';

/**
 * How a FHIR record becomes evidence for a case: which coded concept sets which fields, for how long
 * after its onset it is evidence of this episode, which statuses count, and the numbers the reader
 * compares against. Our reading of the red-flag sources (red-flags.md) and of FHIR R4's Condition
 * status rules, kept here so a change to any of it changes the knowledge version.
 */

/** How long after its onset (or record) a concept is evidence now: a number of days, or any time. */
export type EvidenceWindow = { readonly days: number } | 'any-time';

/** A concept read from Conditions (and Observations, and an order's reason). */
export interface EvidenceConcept {
  readonly id: string;
  readonly valueSet: ValueSetId;
  /** Case fields while the condition is current (active, recurrence, relapse, or no status). */
  readonly current: Partial<Case>;
  /** Case fields once abated, resolved, inactive or in remission, if any. */
  readonly past?: Partial<Case>;
  /** Conditions a current diagnosis makes a clinician suspect (contract: `clinicianSuspects`). */
  readonly suspects?: readonly ConditionId[];
  /** How long after onset the concept still describes this episode. */
  readonly window: EvidenceWindow;
  /**
   * Whether a finding recorded as absent (an Observation with `valueBoolean: false`) answers the
   * concept's yes/no fields with no, within the window (default: it does).
   */
  readonly absenceRead?: boolean;
  /** Why this window. */
  readonly why: string;
}

/** Days within which a symptom or finding is part of the current episode. */
const symptomDays = 30;
/** Three months: the contract's window for recent infection and recent spinal procedures. */
const threeMonthsDays = 90;

/** Numbers the FHIR reader compares against. */
export const fhirThresholds = {
  /** Fever: a body temperature of 38 °C or more (contract `fever`). */
  feverCelsius: 38,
  /** Symptoms and findings recorded within this many days count as part of the current episode. */
  recentDays: symptomDays,
  /** A spinal procedure within this many days is recent (contract `recentSpinalProcedure`). */
  recentProcedureDays: threeMonthsDays,
  /** Weeks implied by a chronic back pain code when no onset date is documented (ACP 2017: over 12 weeks). */
  chronicMinimumWeeks: 12,
  /** Pain episodes are capped at this many weeks (100 years): longer is a data error. */
  maximumWeeks: 5200,
} as const;

const sphincterWhy = 'a sphincter symptom is a cauda equina flag only when new';
const symptomWhy = 'a symptom describes this episode only when recent';
const deficitWhy = 'a deficit describes this episode only when recent';

/** A symptom or deficit: evidence of this episode only within the symptom window of its onset. */
function recent(valueSet: ValueSetId, current: Partial<Case>, why: string): EvidenceConcept {
  return { id: valueSet, valueSet, current, window: { days: symptomDays }, why };
}

/** Coded concepts read from Conditions, Observations and an order's reason. */
export const evidenceConcepts = [
  {
    id: 'malignancy',
    valueSet: 'malignancy',
    current: { cancerHistory: 'active' },
    past: { cancerHistory: 'past' },
    window: 'any-time',
    why: 'a history of cancer at any time is a red flag for spinal metastasis (red-flags.md §3)',
  },
  {
    id: 'history-of-malignancy',
    valueSet: 'history-of-malignancy',
    current: { cancerHistory: 'past' },
    past: { cancerHistory: 'past' },
    window: 'any-time',
    why: 'a history of cancer at any time is a red flag for spinal metastasis (red-flags.md §3)',
  },
  {
    id: 'spinal-malignancy',
    valueSet: 'spinal-malignancy',
    current: { cancerHistory: 'active' },
    past: { cancerHistory: 'past' },
    suspects: ['malignancy'],
    window: 'any-time',
    why: 'cancer in the spine is a current diagnosis whenever it was made',
  },
  {
    id: 'osteoporosis',
    valueSet: 'osteoporosis',
    current: { osteoporosis: true },
    past: { osteoporosis: true },
    window: 'any-time',
    why: 'osteoporosis does not resolve; it raises fracture risk for life',
  },
  {
    id: 'immunosuppression',
    valueSet: 'immunosuppression',
    current: { immunosuppressed: true },
    window: 'any-time',
    why: 'an immunosuppressed state counts while it is current, whenever it began',
  },
  {
    id: 'spinal-infection',
    valueSet: 'spinal-infection',
    current: {},
    suspects: ['infection'],
    window: { days: 180 },
    why: 'spinal infection is treated for weeks to months; an older diagnosis still marked active is history',
  },
  {
    id: 'recent-infection',
    valueSet: 'recent-infection',
    current: { recentInfection: true },
    past: { recentInfection: true },
    window: { days: threeMonthsDays },
    why: 'contract: bacteraemia, urinary, skin or other infection in the past 3 months',
  },
  {
    id: 'vertebral-fracture',
    valueSet: 'vertebral-fracture',
    current: {},
    suspects: ['fracture'],
    window: { days: 365 },
    why: 'a vertebral fracture from the past year may still be the cause of pain; an older one is history',
  },
  {
    id: 'back-injury',
    valueSet: 'back-injury',
    current: { trauma: 'minor' },
    past: { trauma: 'minor' },
    window: { days: threeMonthsDays },
    why: 'recent trauma is a fracture red flag; an injury months ago is not this episode',
  },
  {
    id: 'cauda-equina-syndrome',
    valueSet: 'cauda-equina-syndrome',
    current: {},
    suspects: ['cauda-equina-syndrome'],
    window: { days: symptomDays },
    why: 'an emergency only when new: an old diagnosis still marked active is history',
  },
  {
    id: 'axial-spondyloarthritis',
    valueSet: 'axial-spondyloarthritis',
    current: {},
    suspects: ['inflammatory'],
    window: 'any-time',
    why: 'a chronic diagnosis that stays relevant while current',
  },
  {
    id: 'prior-lumbar-surgery',
    valueSet: 'prior-lumbar-surgery',
    current: { priorLumbarSurgery: true },
    past: { priorLumbarSurgery: true },
    window: 'any-time',
    why: 'an earlier lumbar operation is history for life (ACR variant 5)',
  },
  {
    id: 'long-term-steroids',
    valueSet: 'long-term-steroids',
    current: { steroidUse: true },
    window: 'any-time',
    why: 'counts while current',
  },
  {
    id: 'anticoagulation',
    valueSet: 'anticoagulation',
    current: { anticoagulant: true },
    window: 'any-time',
    why: 'counts while current',
  },
  {
    id: 'abdominal-aortic-aneurysm',
    valueSet: 'abdominal-aortic-aneurysm',
    current: { aorticAneurysm: true },
    window: 'any-time',
    absenceRead: false,
    why: 'an aortic aneurysm does not go away on its own: a current diagnosis counts whenever it was made (NICE NG156); a repaired or resolved one is not read as yes or no. A scan that once found none says nothing of today (aneurysms grow with age), so an absent finding is not read as no',
  },
  {
    id: 'ruptured-abdominal-aortic-aneurysm',
    valueSet: 'ruptured-abdominal-aortic-aneurysm',
    current: { aorticAneurysm: true },
    suspects: ['aortic-aneurysm'],
    window: { days: symptomDays },
    absenceRead: false,
    why: 'a rupture diagnosed in the past month and still current is a clinician-diagnosed vascular emergency (NICE NG156); an older one still marked active is history (the aneurysm itself is still read as known)',
  },
  recent('urinary-retention', { bladder: 'retention' }, sphincterWhy),
  recent('urinary-incontinence', { bladder: 'new-dysfunction' }, sphincterWhy),
  recent('faecal-incontinence', { bowelIncontinence: true }, sphincterWhy),
  recent('fever', { fever: true }, symptomWhy),
  recent('weight-loss', { weightLoss: true }, symptomWhy),
  recent('difficulty-walking', { gaitDisturbance: true }, symptomWhy),
  recent('foot-drop', { weakness: 'severe' }, deficitWhy),
  recent('leg-weakness', { weakness: 'mild' }, deficitWhy),
  recent('leg-numbness', { numbness: true }, deficitWhy),
] as const satisfies readonly EvidenceConcept[];

/**
 * How long the leg symptoms have lasted (`legSymptomWeeks`), from Conditions in `valueSet` that are
 * current (status as `conditionStatus`): weeks from each one's onset (onsetDateTime or onsetPeriod.start),
 * or, with no onset element, at least the weeks since it was recorded (recordedDate). Of several, the
 * latest onset counts: a second sciatica that began last week (the other leg) means the symptoms have
 * been as they are now for a week. When any current one has no readable past onset and no record date,
 * or its onset is invalid or after the "as of" instant, the field stays unknown: the time-course rules
 * then stay conservative and ask. The record never says the symptoms are stable or worsening, so
 * `legSymptomsWorsening` is never read from codes (time-course.ts).
 */
export const legSymptomCourse = {
  valueSet: 'radicular-leg-pain',
  use: 'latest-onset',
  why: 'red flags are about new or progressing leg symptoms (time-course.ts); the shortest documented duration is the safer reading',
} as const satisfies { valueSet: ValueSetId; use: 'latest-onset'; why: string };

/**
 * FHIR R4 Condition status, read the safer way: only `refuted` and `entered-in-error` discard a
 * condition; without a clinical status and without an abatement a condition is current; an
 * abatement (date, age, period, range, string or `true`) or a resolved, inactive or remission status
 * (coded, or as text only) ends it.
 */
export const conditionStatus = {
  discardVerification: ['refuted', 'entered-in-error'],
  currentClinical: ['active', 'recurrence', 'relapse'],
  endedClinical: ['inactive', 'remission', 'resolved'],
} as const;

/** Medication request and statement statuses that mean the medicine is being taken now. */
export const currentMedicationStatus = ['active', 'on-hold', 'intended'] as const;
/** Statuses that say a medicine was never given or was recorded in error: never evidence. */
export const discardedMedicationStatus = ['entered-in-error', 'cancelled', 'not-taken', 'draft'] as const;

/** A medicine class recognised by ingredient name or RxNorm code. */
export interface MedicationClass {
  readonly id: string;
  readonly ingredients: readonly string[];
  /** RxCUIs verified (V2) in codes.md. */
  readonly rxnorm: readonly string[];
  /** Case fields while the medicine is taken now. */
  readonly current?: Partial<Case>;
  /** The fact needs this many days of use (contract `steroidUse`: 3 months or more). */
  readonly minimumDays?: number;
  /** Only systemic forms count: a cream or inhaler is not read as this class. */
  readonly systemicOnly?: boolean;
  /** A prescription of it, current or past, is part of first-line care for back pain (ACP 2017). */
  readonly care?: boolean;
}

/** Medicine classes that change the assessment or document first-line care. */
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
    current: { steroidUse: true },
    minimumDays: 90,
    systemicOnly: true,
  },
  {
    id: 'anticoagulant',
    ingredients: ['warfarin', 'apixaban', 'rivaroxaban', 'dabigatran', 'edoxaban', 'heparin', 'enoxaparin'],
    rxnorm: ['11289', '1364430'],
    current: { anticoagulant: true },
  },
  {
    id: 'immunosuppressant',
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
    current: { immunosuppressed: true },
  },
  {
    id: 'nsaid',
    // ACP 2017 first-line pharmacological care: NSAIDs (conservative-care.md §2).
    ingredients: [
      'ibuprofen',
      'naproxen',
      'diclofenac',
      'meloxicam',
      'celecoxib',
      'etodolac',
      'nabumetone',
      'ketorolac',
      'indomethacin',
      'piroxicam',
    ],
    rxnorm: [],
    care: true,
  },
  {
    id: 'muscle-relaxant',
    // ACP 2017: skeletal muscle relaxants for acute and subacute pain (conservative-care.md §2).
    ingredients: ['cyclobenzaprine', 'methocarbamol', 'tizanidine', 'baclofen', 'carisoprodol', 'metaxalone'],
    rxnorm: [],
    care: true,
  },
  {
    id: 'second-line-analgesic',
    // ACP 2017: duloxetine or tramadol as second-line care for chronic pain.
    ingredients: ['duloxetine', 'tramadol'],
    rxnorm: [],
    care: true,
  },
] as const satisfies readonly MedicationClass[];

/** Words that mark a product as not systemic (a cream or inhaler does not thin bones like tablets). */
export const nonSystemicRoute =
  /\b(topical|cream|ointment|lotion|gel|inhal\w*|nasal|ophthalmic|eye|otic|ear|rectal foam)\b/i;

/**
 * History of care: procedures, referrals and prescriptions in the value set `physical-therapy` or a
 * `care` medicine class, dated within the back pain episode, estimate `conservativeCareWeeks` as the
 * span from the first to the end of the last. A back pain diagnosis still current after at least the
 * ACR trial of care (6 weeks) means the pain persisted despite it (`response: unchanged`); the
 * record says nothing of worsening, so that is never inferred.
 */
export const careHistory = {
  procedureValueSet: 'physical-therapy',
  /** Days one prescription is taken to cover when its supply is not documented. */
  defaultPrescriptionDays: 7,
  /** Days one therapy session or referral is taken to cover. */
  sessionDays: 7,
  /** Weeks of documented care after which a still-current diagnosis says the response. */
  responseAfterWeeks: thresholds.conservativeTrialWeeks,
  persistingMeans: 'unchanged',
} as const satisfies {
  procedureValueSet: ValueSetId;
  defaultPrescriptionDays: number;
  sessionDays: number;
  responseAfterWeeks: number;
  persistingMeans: NonNullable<Case['response']>;
};
