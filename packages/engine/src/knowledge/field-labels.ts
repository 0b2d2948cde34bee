import type { CaseField } from '../case.js';

/**
 * Case fields in words, for people who read a case (the web clinician view, the command line), grouped
 * by what they rule in or out. The compiler checks every field has a label and a group.
 */

/** The groups, in the order a clinician works through them. */
export const fieldGroups = {
  'pain-and-person': { label: 'The person and the pain' },
  'cauda-equina': { label: 'Cauda equina syndrome' },
  nerves: { label: 'Nerve symptoms and their course' },
  vascular: { label: 'Bleeding and the aorta' },
  cancer: { label: 'Cancer' },
  infection: { label: 'Infection' },
  fracture: { label: 'Fracture' },
  history: { label: 'History and care so far' },
  'imaging-limits': { label: 'Imaging limits' },
} as const satisfies Record<string, { label: string }>;

/** A field group id. */
export type FieldGroup = keyof typeof fieldGroups;

/** Every case field: its label in words and its group. */
export const fieldLabels = {
  age: { label: 'Age (years)', group: 'pain-and-person' },
  sex: { label: 'Sex', group: 'pain-and-person' },
  durationWeeks: { label: 'Duration of back pain (weeks)', group: 'pain-and-person' },
  saddleNumbness: { label: 'Saddle numbness', group: 'cauda-equina' },
  bladder: { label: 'Bladder', group: 'cauda-equina' },
  bowelIncontinence: { label: 'New loss of bowel control', group: 'cauda-equina' },
  sexualDysfunction: { label: 'New sexual dysfunction', group: 'cauda-equina' },
  legPain: { label: 'Leg pain below the knee', group: 'nerves' },
  legSymptomWeeks: { label: 'Leg symptoms as now for (weeks)', group: 'nerves' },
  legSymptomsWorsening: { label: 'Leg symptoms new or worsening (past 2 weeks)', group: 'nerves' },
  weakness: { label: 'Leg weakness', group: 'nerves' },
  weaknessWorsening: { label: 'Weakness getting worse', group: 'nerves' },
  numbness: { label: 'Leg numbness or pins and needles', group: 'nerves' },
  reflexLoss: { label: 'Reduced or absent reflex', group: 'nerves' },
  gaitDisturbance: { label: 'New difficulty walking', group: 'nerves' },
  anticoagulant: { label: 'Takes an anticoagulant', group: 'vascular' },
  suddenSeverePain: { label: 'Sudden severe pain (past few days)', group: 'vascular' },
  collapse: { label: 'Fainted or collapsed with the pain', group: 'vascular' },
  aorticAneurysm: { label: 'Known aortic aneurysm or pulsatile mass', group: 'vascular' },
  cancerHistory: { label: 'History of cancer', group: 'cancer' },
  weightLoss: { label: 'Unexplained weight loss', group: 'cancer' },
  nightPain: { label: 'Pain at rest or at night', group: 'cancer' },
  fever: { label: 'Fever (38 °C or more)', group: 'infection' },
  ivDrugUse: { label: 'Injects drugs', group: 'infection' },
  immunosuppressed: { label: 'Immunosuppressed', group: 'infection' },
  recentInfection: { label: 'Infection in the past 3 months', group: 'infection' },
  recentSpinalProcedure: { label: 'Spinal procedure in the past 3 months', group: 'infection' },
  trauma: { label: 'Injury before the pain', group: 'fracture' },
  osteoporosis: { label: 'Osteoporosis', group: 'fracture' },
  steroidUse: { label: 'Systemic steroids for 3 months or more', group: 'fracture' },
  priorLumbarSurgery: { label: 'Previous lumbar surgery', group: 'history' },
  conservativeCareWeeks: { label: 'Non-surgical care so far (weeks)', group: 'history' },
  response: { label: 'Response to that care', group: 'history' },
  interventionCandidate: { label: 'Candidate for injection or surgery', group: 'history' },
  inflammatoryPattern: { label: 'Inflammatory pattern (NICE NG65)', group: 'history' },
  clinicianSuspects: { label: 'Clinician suspects', group: 'history' },
  pregnant: { label: 'Pregnant', group: 'imaging-limits' },
  mriContraindicated: { label: 'MRI not possible', group: 'imaging-limits' },
  egfr: { label: 'Kidney function, eGFR (mL/min/1.73 m²)', group: 'imaging-limits' },
} as const satisfies Record<CaseField, { label: string; group: FieldGroup }>;
