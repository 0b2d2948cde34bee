import { describe, expect, it } from 'vitest';
import type { Case } from './case.js';
import { evaluate } from './evaluate.js';
import type { AcrVariant } from './knowledge/acr-variants.js';
import type { ProcedureId } from './knowledge/procedures.js';
import type { Urgency } from './knowledge/urgency.js';
import { answered } from './testing/cases.js';

/**
 * Clinical scenarios written from the guideline tables: case in, urgency, variant and first-choice
 * imaging out. `from` says where each expected answer comes from.
 */
interface Scenario {
  readonly name: string;
  readonly from: string;
  readonly case: Case;
  readonly urgency: Urgency;
  readonly acrVariant: AcrVariant | null;
  readonly recommended: readonly ProcedureId[];
  /** Rules that must appear in the trace. */
  readonly fires?: readonly string[];
}

const MRI = 'mri-lumbar-without-contrast';
const MRI_WWO = 'mri-lumbar-without-and-with-contrast';
const CT = 'ct-lumbar-without-contrast';
const CT_MYELO = 'ct-myelography-lumbar';
const XR = 'radiography-lumbar';

const scenarios: readonly Scenario[] = [
  // Non-specific low back pain (ACR variants 1–3).
  {
    name: 'acute pain, two weeks, no red flags',
    from: 'ACR 2021 variant 1: every procedure usually not appropriate',
    case: answered(38, 2),
    urgency: 'none',
    acrVariant: 1,
    recommended: [],
    fires: ['acute-no-red-flags'],
  },
  {
    name: 'acute sciatica in one leg, no red flags',
    from: 'ACR 2021 variant 1 (with or without radiculopathy)',
    case: answered(41, 1, { legPain: 'one-leg', numbness: true }),
    urgency: 'none',
    acrVariant: 1,
    recommended: [],
  },
  {
    name: 'subacute pain, six weeks, no management yet',
    from: 'ACR 2021 variant 2',
    case: answered(52, 6, { sex: 'male' }),
    urgency: 'none',
    acrVariant: 2,
    recommended: [],
    fires: ['subacute-or-chronic-no-red-flags'],
  },
  {
    name: 'chronic pain improving with care',
    from: 'ACP 2011: no imaging if improved after a trial of therapy; ACR variant 2',
    case: answered(47, 20, { conservativeCareWeeks: 10, response: 'improving', interventionCandidate: true }),
    urgency: 'none',
    acrVariant: 2,
    recommended: [],
  },
  {
    name: 'chronic unchanged pain, not a candidate for intervention',
    from: 'ACR 2021 variant 3 needs an intervention candidate; otherwise variant 2',
    case: answered(58, 16, { conservativeCareWeeks: 12, response: 'unchanged', interventionCandidate: false }),
    urgency: 'none',
    acrVariant: 2,
    recommended: [],
  },
  {
    name: 'public connectathon case: 49-year-old woman, 4 months, self-care only, no red flags',
    from: 'Argonaut CDS Hooks for PAMA connectathon scenario; ACR 2021 variant 2',
    case: answered(49, 17, { conservativeCareWeeks: 0 }),
    urgency: 'none',
    acrVariant: 2,
    recommended: [],
  },
  {
    name: 'sciatica persisting after 7 weeks of care in a surgery candidate',
    from: 'ACR 2021 variant 3: MRI without contrast usually appropriate',
    case: answered(46, 8, {
      legPain: 'one-leg',
      conservativeCareWeeks: 7,
      response: 'unchanged',
      interventionCandidate: true,
    }),
    urgency: 'routine',
    acrVariant: 3,
    recommended: [MRI],
    fires: ['persistent-despite-care'],
  },
  {
    name: 'worsening after care in an injection candidate who cannot have MRI',
    from: 'ACR 2021 variant 3; CT myelography or CT when MRI is contraindicated',
    case: answered(63, 10, {
      sex: 'male',
      conservativeCareWeeks: 8,
      response: 'worsening',
      interventionCandidate: true,
      mriContraindicated: true,
    }),
    urgency: 'routine',
    acrVariant: 3,
    recommended: [CT_MYELO, CT],
    fires: ['mri-contraindicated'],
  },
  // Cauda equina syndrome (variant 4, emergency).
  {
    name: 'saddle numbness',
    from: 'BASS 2018; ACR 2021 variant 4: MRI usually appropriate',
    case: answered(44, 1, { saddleNumbness: true }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
    fires: ['saddle-numbness'],
  },
  {
    name: 'urinary retention',
    from: 'ACP 2011: new urinary retention, immediate MRI',
    case: answered(39, 2, { bladder: 'retention', legPain: 'one-leg' }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
    fires: ['bladder-dysfunction'],
  },
  {
    name: 'new difficulty controlling urine',
    from: 'BASS 2018 CES features',
    case: answered(51, 3, { bladder: 'new-dysfunction' }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
  },
  {
    name: 'new faecal incontinence',
    from: 'ACP 2011: faecal incontinence, immediate MRI',
    case: answered(60, 1, { bowelIncontinence: true }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
    fires: ['bowel-incontinence'],
  },
  {
    name: 'new sexual dysfunction',
    from: 'BASS 2018 CES features',
    case: answered(35, 2, { sex: 'male', sexualDysfunction: true }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
    fires: ['sexual-dysfunction'],
  },
  {
    name: 'sciatica in both legs',
    from: 'BASS 2018: bilateral radicular pain raises CES suspicion',
    case: answered(42, 4, { legPain: 'both-legs' }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
    fires: ['bilateral-leg-pain'],
  },
  {
    name: 'suspected CES with a pacemaker',
    from: 'ACR 2021 variant 4: CT myelography or CT when MRI is impossible (imaging-findings.md: MRI safety)',
    case: answered(70, 1, { saddleNumbness: true, mriContraindicated: true, sex: 'male' }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [CT_MYELO, CT],
    fires: ['saddle-numbness', 'mri-contraindicated'],
  },
  {
    name: 'suspected CES in someone with a history of cancer',
    from: 'ACR 2021 variant 4 narrative: contrast when tumour is suspected',
    case: answered(64, 2, { bladder: 'retention', cancerHistory: 'past' }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI_WWO, MRI],
    fires: ['bladder-dysfunction', 'cancer-history', 'contrast-for-tumour-or-infection'],
  },
  {
    name: 'suspected CES in pregnancy',
    from: 'ACOG 723: MRI without gadolinium preferred in pregnancy',
    case: answered(31, 1, { saddleNumbness: true, pregnant: true }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI],
    fires: ['pregnancy-avoid-contrast-and-radiation'],
  },
  // Malignancy (variant 7).
  {
    name: 'past breast cancer, new back pain, no nerve symptoms',
    from: 'Downie 2013; NICE CG75: MRI within 1 week; ACR 2021 variant 7',
    case: answered(58, 2, { cancerHistory: 'past' }),
    urgency: 'soon',
    acrVariant: 7,
    recommended: [MRI_WWO],
    fires: ['cancer-history'],
  },
  {
    name: 'active cancer with leg weakness',
    from: 'NICE CG75: MSCC with neurological signs, MRI within 24 hours',
    case: answered(67, 1, { cancerHistory: 'active', weakness: 'mild', legPain: 'one-leg' }),
    urgency: 'emergency',
    acrVariant: 7,
    recommended: [MRI_WWO],
    fires: ['cancer-with-neurological-signs'],
  },
  {
    name: 'cancer history with poor kidney function',
    from: 'ACR–NKF 2021: MRI without contrast first when eGFR < 30',
    case: answered(72, 3, { cancerHistory: 'past', egfr: 24 }),
    urgency: 'soon',
    acrVariant: 7,
    recommended: [MRI],
    fires: ['low-egfr-avoid-gadolinium'],
  },
  {
    name: 'unexplained weight loss',
    from: 'Henschke 2013; NASS Choosing Wisely red flags; ACR variant 7',
    case: answered(55, 5, { weightLoss: true }),
    urgency: 'soon',
    acrVariant: 7,
    recommended: [MRI_WWO],
    fires: ['unexplained-weight-loss'],
  },
  {
    name: 'night pain alone',
    from: 'AHCPR 1994: pain at rest or night, tumour or infection flag',
    case: answered(45, 3, { nightPain: true }),
    urgency: 'routine',
    acrVariant: 7,
    recommended: [MRI_WWO],
    fires: ['night-pain'],
  },
  // Infection (variant 7).
  {
    name: 'fever in someone who injects drugs',
    from: 'ACP 2011: fever plus IV drug use, immediate MRI; ACR variant 7',
    case: answered(33, 1, { sex: 'male', fever: true, ivDrugUse: true }),
    urgency: 'urgent',
    acrVariant: 7,
    recommended: [MRI_WWO],
    fires: ['fever-with-infection-risk', 'injection-drug-use'],
  },
  {
    name: 'fever with back pain, no risk factor',
    from: 'AHCPR 1994 (fever); Davis 2011 (risk-led work-up)',
    case: answered(29, 1, { fever: true }),
    urgency: 'urgent',
    acrVariant: 7,
    recommended: [MRI_WWO],
    fires: ['fever'],
  },
  {
    name: 'transplant recipient on immunosuppressants, no fever',
    from: 'ACR 2021 variant 7: immunosuppression',
    case: answered(50, 2, { immunosuppressed: true }),
    urgency: 'soon',
    acrVariant: 7,
    recommended: [MRI_WWO],
    fires: ['immunosuppression'],
  },
  {
    name: 'fever and new weakness after a spinal injection',
    from: 'Davis 2004 (epidural abscess); Fedor 2011 (haematoma): emergency MRI',
    case: answered(61, 1, { fever: true, recentSpinalProcedure: true, weakness: 'mild' }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI_WWO, MRI],
    fires: ['recent-spinal-procedure-with-deficit', 'infection-risk-with-motor-deficit'],
  },
  {
    name: 'urinary infection last month, no fever',
    from: 'AHCPR 1994: recent bacterial infection',
    case: answered(66, 2, { recentInfection: true }),
    urgency: 'soon',
    acrVariant: 7,
    recommended: [MRI_WWO],
    fires: ['recent-infection'],
  },
  // Fracture (variant 6) and major trauma.
  {
    name: 'road collision',
    from: 'ACR spine trauma: CT without contrast usually appropriate',
    case: answered(30, 0, { sex: 'male', trauma: 'major' }),
    urgency: 'emergency',
    acrVariant: null,
    recommended: [CT],
    fires: ['high-energy-trauma'],
  },
  {
    name: 'fall from height in pregnancy: CT is not withheld',
    from: 'ACOG 723: do not withhold needed CT in pregnancy',
    case: answered(28, 0, { trauma: 'major', pregnant: true }),
    urgency: 'emergency',
    acrVariant: null,
    recommended: [CT],
  },
  {
    name: 'fall from standing at 75',
    from: 'ACR 2021 variant 6: radiography usually appropriate',
    case: answered(75, 1, { trauma: 'minor' }),
    urgency: 'soon',
    acrVariant: 6,
    recommended: [XR],
    fires: ['low-energy-trauma-fragile-bone', 'older-age'],
  },
  {
    name: 'lifting strain at 30 with healthy bone',
    from: 'AHCPR 1994 and Henschke 2009: minor trauma in the young is not a fracture flag; ACR variant 1',
    case: answered(30, 1, { sex: 'male', trauma: 'minor' }),
    urgency: 'none',
    acrVariant: 1,
    recommended: [],
  },
  {
    name: 'minor fall at 55',
    from: 'AHCPR 1994: minor trauma in older people',
    case: answered(55, 2, { trauma: 'minor' }),
    urgency: 'soon',
    acrVariant: 6,
    recommended: [XR],
    fires: ['low-energy-trauma-fragile-bone'],
  },
  {
    name: 'osteoporosis with new pain',
    from: 'ACR 2021 variant 6',
    case: answered(62, 1, { osteoporosis: true }),
    urgency: 'soon',
    acrVariant: 6,
    recommended: [XR],
    fires: ['osteoporosis'],
  },
  {
    name: 'long-term prednisolone',
    from: 'Downie 2013: prolonged corticosteroids, post-test probability 33%; ACR variant 6',
    case: answered(48, 2, { steroidUse: true }),
    urgency: 'soon',
    acrVariant: 6,
    recommended: [XR],
    fires: ['prolonged-steroid-use'],
  },
  {
    name: 'age 72 alone',
    from: 'Henschke 2009: age over 70; ACR variant 6 "elderly individual"',
    case: answered(72, 2),
    urgency: 'soon',
    acrVariant: 6,
    recommended: [XR],
    fires: ['older-age'],
  },
  {
    name: 'man of 67',
    from: 'ACP 2011: men over 65',
    case: answered(67, 2, { sex: 'male' }),
    urgency: 'soon',
    acrVariant: 6,
    recommended: [XR],
  },
  {
    name: 'woman of 67',
    from: 'ACP 2011: women over 75; Henschke 2009: over 70 — neither applies',
    case: answered(67, 2, { sex: 'female' }),
    urgency: 'none',
    acrVariant: 1,
    recommended: [],
  },
  {
    name: 'pregnant with osteoporosis',
    from: 'ACR variant 6 rates MRI without contrast usually appropriate; ACOG 723 prefers MRI in pregnancy',
    case: answered(35, 2, { osteoporosis: true, pregnant: true }),
    urgency: 'soon',
    acrVariant: 6,
    recommended: [MRI],
  },
  {
    name: 'minor injury followed by new weakness at 30',
    from: 'red-flags.md §5: fracture with neurological deficit, emergency MRI',
    case: answered(30, 0, { trauma: 'minor', weakness: 'mild' }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
    fires: ['trauma-with-motor-deficit'],
  },
  // Neurological deficit (variant 3, early).
  {
    name: 'weakness getting worse',
    from: 'ACP 2011: progressive motor weakness, immediate MRI',
    case: answered(40, 2, { legPain: 'one-leg', weakness: 'mild', weaknessWorsening: true }),
    urgency: 'urgent',
    acrVariant: 3,
    recommended: [MRI],
    fires: ['progressive-weakness'],
  },
  {
    name: 'severe foot drop',
    from: 'ACP/APS 2007: severe neurological deficit, prompt imaging',
    case: answered(45, 1, { legPain: 'one-leg', weakness: 'severe' }),
    urgency: 'urgent',
    acrVariant: 3,
    recommended: [MRI],
    fires: ['severe-weakness'],
  },
  {
    name: 'new difficulty walking',
    from: 'AHCPR 1994: severe or progressive deficit in the legs',
    case: answered(57, 3, { gaitDisturbance: true }),
    urgency: 'urgent',
    acrVariant: 3,
    recommended: [MRI],
    fires: ['new-gait-disturbance'],
  },
  // Epidural haematoma.
  {
    name: 'on apixaban with new leg numbness',
    from: 'Fedor 2011: anticoagulation and new deficit, emergency MRI (treated as variant 4)',
    case: answered(74, 0, { anticoagulant: true, numbness: true, sex: 'male' }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
    fires: ['anticoagulant-with-neurological-deficit'],
  },
  {
    name: 'on an anticoagulant without nerve symptoms',
    from: 'an anticoagulant alone is not a red flag; ACR variant 1',
    case: answered(59, 1, { anticoagulant: true }),
    urgency: 'none',
    acrVariant: 1,
    recommended: [],
  },
  // Prior surgery (variant 5) and inflammatory back pain.
  {
    name: 'new pain three years after a discectomy',
    from: 'ACR 2021 variant 5: MRI without and with contrast',
    case: answered(52, 3, { priorLumbarSurgery: true }),
    urgency: 'routine',
    acrVariant: 5,
    recommended: [MRI_WWO],
    fires: ['prior-lumbar-surgery'],
  },
  {
    name: 'after lumbar surgery with eGFR 20',
    from: 'ACR–NKF 2021: avoid routine gadolinium when eGFR < 30',
    case: answered(60, 4, { priorLumbarSurgery: true, egfr: 20 }),
    urgency: 'routine',
    acrVariant: 5,
    recommended: [MRI],
  },
  {
    name: 'inflammatory pattern in a 28-year-old',
    from: 'NICE NG65: refer to rheumatology',
    case: answered(28, 20, { inflammatoryPattern: true }),
    urgency: 'routine',
    acrVariant: null,
    recommended: [],
    fires: ['inflammatory-pattern'],
  },
  // Time course (issue 8 §1): red flags are about new or progressing leg symptoms.
  {
    name: 'pain in both legs for two years, improving, sphincters normal',
    from: 'BASS 2018 via GIRFT 2023: bilateral radicular pain of recent onset, or sciatica becoming bilateral; long-standing improving pain is neither (ACR variant 2)',
    case: answered(60, 104, { legPain: 'both-legs', response: 'improving' }),
    urgency: 'none',
    acrVariant: 2,
    recommended: [],
  },
  {
    name: 'claudication in both legs for 26 weeks at 72, unchanged after 12 weeks of care, surgery candidate',
    from: 'ACR 2021 variant 3: planned MRI; age alone yields to the more specific pathway (knowledge/precedence.ts)',
    case: answered(72, 26, {
      legPain: 'both-legs',
      conservativeCareWeeks: 12,
      response: 'unchanged',
      interventionCandidate: true,
    }),
    urgency: 'routine',
    acrVariant: 3,
    recommended: [MRI],
    fires: ['persistent-despite-care', 'older-age'],
  },
  {
    name: 'warfarin with stable one-leg sciatica and numbness for 8 weeks',
    from: 'Fedor 2011: a new or rapidly progressing deficit on an anticoagulant; a stable one is not (ACR variant 2)',
    case: answered(64, 8, { anticoagulant: true, legPain: 'one-leg', numbness: true, legSymptomWeeks: 8 }),
    urgency: 'none',
    acrVariant: 2,
    recommended: [],
  },
  {
    name: 'warfarin with one-leg sciatica for 8 weeks, unchanged with care',
    from: 'Fedor 2011; a course answered as unchanged rules out a new deficit',
    case: answered(64, 8, { anticoagulant: true, legPain: 'one-leg', numbness: true, conservativeCareWeeks: 6 }),
    urgency: 'none',
    acrVariant: 2,
    recommended: [],
  },
  {
    name: 'warfarin with numbness that began this week',
    from: 'Fedor 2011: new deficit on an anticoagulant, emergency MRI (treated as variant 4)',
    case: answered(64, 8, { anticoagulant: true, numbness: true, legSymptomWeeks: 1 }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
    fires: ['anticoagulant-with-neurological-deficit'],
  },
  {
    name: 'warfarin with numbness for 8 weeks that is getting worse',
    from: 'Fedor 2011: rapidly progressing deficit on an anticoagulant',
    case: answered(64, 8, { anticoagulant: true, numbness: true, legSymptomWeeks: 8, legSymptomsWorsening: true }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
    fires: ['anticoagulant-with-neurological-deficit'],
  },
  {
    name: 'anticoagulant and sudden severe back pain',
    from: 'red-flags.md §13: anticoagulant + sudden severe pain, epidural haematoma, emergency MRI (Fedor 2011)',
    case: answered(70, 0, { anticoagulant: true, suddenSeverePain: true }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
    fires: ['anticoagulant-with-sudden-severe-pain'],
  },
  {
    name: 'one-leg sciatica for a year that spread to the other leg this week',
    from: 'BASS 2018: unilateral sciatica becoming bilateral',
    case: answered(50, 52, { legPain: 'both-legs', legSymptomWeeks: 1 }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
    fires: ['bilateral-leg-pain'],
  },
  {
    name: 'pain in both legs for two years, now getting worse',
    from: 'BASS 2018: progressing bilateral symptoms',
    case: answered(60, 104, { legPain: 'both-legs', legSymptomsWorsening: true }),
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
    fires: ['bilateral-leg-pain'],
  },
  {
    name: 'pain in both legs for two years, course not known: stays conservative',
    from: 'unknown is not no (STYLE §4): onset unknown keeps the CES rule',
    case: {
      age: 60,
      durationWeeks: 104,
      legPain: 'both-legs',
      saddleNumbness: false,
      bladder: 'normal',
      bowelIncontinence: false,
    },
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
    fires: ['bilateral-leg-pain'],
  },
  {
    name: 'pain in both legs for 8 weeks, "unchanged" with no care tried: stays an emergency',
    from: 'a response to care that was never given says nothing about the course (knowledge/time-course.ts)',
    case: { age: 45, durationWeeks: 8, legPain: 'both-legs', response: 'unchanged', conservativeCareWeeks: 0 },
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
    fires: ['bilateral-leg-pain'],
  },
  // Rule precedence (issue 8 §3).
  {
    name: 'man of 69 after lumbar surgery with new worsening leg pain for 4 weeks',
    from: 'ACR 2021 variant 5 is more specific than variant 6 from age alone (knowledge/precedence.ts)',
    case: answered(69, 4, { sex: 'male', priorLumbarSurgery: true, legPain: 'one-leg', response: 'worsening' }),
    urgency: 'routine',
    acrVariant: 5,
    recommended: [MRI_WWO],
    fires: ['prior-lumbar-surgery', 'older-age'],
  },
  {
    name: 'the same man at 50',
    from: 'ACR 2021 variant 5',
    case: answered(50, 4, { sex: 'male', priorLumbarSurgery: true, legPain: 'one-leg', response: 'worsening' }),
    urgency: 'routine',
    acrVariant: 5,
    recommended: [MRI_WWO],
    fires: ['prior-lumbar-surgery'],
  },
  // Aortic aneurysm and cancer treatment (issue 8 §3).
  {
    name: 'collapse with new back pain',
    from: 'NICE NG156: new back pain with collapse, think of ruptured AAA; vascular pathway, not a spine scan',
    case: answered(71, 0, { sex: 'male', collapse: true }),
    urgency: 'emergency',
    acrVariant: null,
    recommended: [],
    fires: ['collapse-with-back-pain'],
  },
  {
    name: 'known aortic aneurysm with sudden severe back pain',
    from: 'NICE NG156; red-flags.md §7',
    case: answered(74, 0, { sex: 'male', aorticAneurysm: true, suddenSeverePain: true }),
    urgency: 'emergency',
    acrVariant: null,
    recommended: [],
    fires: ['aortic-aneurysm-with-sudden-severe-pain'],
  },
  {
    name: 'known aortic aneurysm with ordinary back pain',
    from: 'ASA–Pain Medicine Choosing Wisely: known aortic aneurysm is a reason not to wait; NICE NG156',
    case: answered(58, 2, { aorticAneurysm: true }),
    urgency: 'urgent',
    acrVariant: null,
    recommended: [],
    fires: ['aortic-aneurysm-with-back-pain'],
  },
  {
    name: 'active cancer on chemotherapy with fever',
    from: 'NICE CG151: suspected neutropenic sepsis, immediate assessment in hospital',
    case: answered(55, 1, { cancerHistory: 'active', immunosuppressed: true, fever: true }),
    urgency: 'emergency',
    acrVariant: 7,
    recommended: [MRI_WWO],
    fires: ['fever-on-cancer-treatment'],
  },
  // Clinician suspicion and scope.
  {
    name: 'clinician suspects infection, nothing else answered',
    from: 'contract: clinicianSuspects opens the pathway; ACR variant 7',
    case: { age: 44, durationWeeks: 1, clinicianSuspects: ['infection'] },
    urgency: 'urgent',
    acrVariant: 7,
    recommended: [MRI_WWO],
    fires: ['clinician-suspects-infection'],
  },
  {
    name: 'clinician documents cauda equina syndrome',
    from: 'ACR 2021 variant 4',
    case: { age: 50, durationWeeks: 0.5, clinicianSuspects: ['cauda-equina-syndrome'] },
    urgency: 'emergency',
    acrVariant: 4,
    recommended: [MRI, MRI_WWO],
  },
  {
    name: 'a 16-year-old is out of scope',
    from: 'contract section 3: under-18s are out of scope',
    case: answered(16, 2),
    urgency: 'none',
    acrVariant: null,
    recommended: [],
    fires: ['out-of-scope-under-18'],
  },
];

describe('clinical scenarios', () => {
  it('has at least 40 scenarios, each with a source', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    for (const s of scenarios) expect(s.from.length, s.name).toBeGreaterThan(5);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const a = evaluate(s.case);
    expect({ urgency: a.urgency, acrVariant: a.acrVariant, recommended: a.recommended }).toEqual({
      urgency: s.urgency,
      acrVariant: s.acrVariant,
      recommended: s.recommended,
    });
    const fired = a.trace.map((t) => t.rule);
    for (const rule of s.fires ?? []) expect(fired).toContain(rule);
  });
});

describe('what the scenarios say beyond urgency', () => {
  it('a fully answered case has nothing missing', () => {
    expect(evaluate(answered(38, 2)).missing).toEqual([]);
  });

  it('a minimal case asks about every emergency feature first', () => {
    const a = evaluate({ age: 38, durationWeeks: 2 });
    expect(a.urgency).toBe('none');
    const fields = a.missing.map((m) => m.field);
    expect(fields.slice(0, 5)).toEqual([
      'saddleNumbness',
      'bladder',
      'bowelIncontinence',
      'sexualDysfunction',
      'legPain',
    ]);
    expect(fields).toEqual(expect.arrayContaining(['cancerHistory', 'fever', 'trauma', 'osteoporosis', 'steroidUse']));
    expect(a.nextSteps.join(' ')).toContain('could change this advice');
  });

  it('asks for the care history once the pain has lasted six weeks', () => {
    const c = answered(46, 8);
    delete (c as Partial<Case>).conservativeCareWeeks;
    delete (c as Partial<Case>).interventionCandidate;
    const fields = evaluate(c).missing.map((m) => m.field);
    expect(fields).toEqual(['conservativeCareWeeks', 'interventionCandidate']);
  });

  it('asks about pregnancy and kidney function when they would change the scan', () => {
    const c = answered(30, 1, { saddleNumbness: true });
    delete (c as Partial<Case>).pregnant;
    delete (c as Partial<Case>).egfr;
    delete (c as Partial<Case>).mriContraindicated;
    const fields = evaluate(c).missing.map((m) => m.field);
    expect(fields).toEqual(expect.arrayContaining(['pregnant', 'mriContraindicated']));
    expect(evaluate({ ...c, sex: 'male' }).missing.map((m) => m.field)).not.toContain('pregnant');
  });

  it('does not ask a follow-up that an earlier answer rules out (worsening of an absent weakness)', () => {
    const none = evaluate({ age: 40, durationWeeks: 2, weakness: 'none' });
    expect(none.missing.map((m) => m.field)).not.toContain('weaknessWorsening');
    const mild = evaluate({ age: 40, durationWeeks: 2, weakness: 'mild' });
    expect(mild.missing.map((m) => m.field)).toContain('weaknessWorsening');
  });

  it('an out-of-scope teenager with an emergency feature is still told to seek emergency care', () => {
    const a = evaluate(answered(16, 1, { saddleNumbness: true }));
    expect(a.inScope).toBe(false);
    expect(a.urgency).toBe('emergency');
    expect(a.recommended).toEqual([]);
    expect(a.headline).toMatch(/emergency department now/);
    expect(a.nextSteps[0]).toMatch(/emergency department now/);
  });

  it('an out-of-scope teenager with fever and immunosuppression is told to see a doctor today', () => {
    const a = evaluate(answered(16, 1, { fever: true, immunosuppressed: true }));
    expect(a.urgency).toBe('urgent');
    expect(a.headline).toMatch(/see a doctor today/);
    expect(a.nextSteps[0]).toMatch(/today/);
  });

  it('a case without imaging is never asked about contrast or pregnancy', () => {
    const fields = evaluate({ age: 28, durationWeeks: 20, inflammatoryPattern: true }).missing.map((m) => m.field);
    expect(fields).not.toContain('pregnant');
    expect(fields).not.toContain('egfr');
    expect(fields).not.toContain('mriContraindicated');
  });

  it('no imaging gives a reassessment time and conservative care; imaging gives neither', () => {
    const none = evaluate(answered(38, 2));
    expect(none.reassessAfterWeeks).toBe(4);
    expect(none.nextSteps.join(' ')).toMatch(/avoid bed rest/i);
    const emergency = evaluate(answered(38, 2, { saddleNumbness: true }));
    expect(emergency.reassessAfterWeeks).toBeNull();
    expect(emergency.nextSteps.join(' ')).not.toMatch(/avoid bed rest/i);
  });

  it('every emergency headline says to get emergency help now', () => {
    for (const s of scenarios.filter((x) => x.urgency === 'emergency')) {
      expect(evaluate(s.case).headline, s.name).toMatch(
        /^(Go to an emergency department now|Call your local emergency number now)/,
      );
    }
  });

  it('bilateral leg pain with an unknown course fires and asks how long and whether it is changing', () => {
    const a = evaluate({ age: 60, durationWeeks: 104, legPain: 'both-legs' });
    expect(a.urgency).toBe('emergency');
    const fields = a.missing.map((m) => m.field);
    expect(fields).toEqual(expect.arrayContaining(['legSymptomWeeks', 'legSymptomsWorsening']));
  });

  it('long-standing stable bilateral pain with sphincters unknown still asks bladder, bowel and saddle as emergency questions', () => {
    const a = evaluate({ age: 60, durationWeeks: 104, legPain: 'both-legs', response: 'improving' });
    expect(a.urgency).toBe('none');
    expect(a.suspected).not.toContain('cauda-equina-syndrome');
    for (const field of ['saddleNumbness', 'bladder', 'bowelIncontinence'] as const) {
      expect(a.missing.find((m) => m.field === field)?.why, field).toMatch(/emergency/);
    }
    expect(a.missing.slice(0, 3).map((m) => m.field)).toEqual(['saddleNumbness', 'bladder', 'bowelIncontinence']);
  });

  it('a doubtful combination is reported, read the safer way and asked again', () => {
    const a = evaluate(answered(40, 2, { weakness: 'none', weaknessWorsening: true }));
    expect(a.urgency).toBe('urgent');
    expect(a.conflicts).toEqual([{ fields: ['weakness', 'weaknessWorsening'], message: expect.any(String) }]);
    expect(a.missing[0]?.field).toBe('weakness');
    const b = evaluate(answered(60, 20, { inflammatoryPattern: true }));
    expect(b.conflicts.map((x) => x.fields)).toEqual([['inflammatoryPattern', 'age', 'durationWeeks']]);
    expect(b.urgency).toBe('routine');
    expect(b.missing.map((m) => m.field)).toContain('inflammatoryPattern');
    expect(evaluate(answered(40, 2)).conflicts).toEqual([]);
  });

  it('several pathways that fire are all shown; the most specific decides', () => {
    const a = evaluate(answered(69, 4, { sex: 'male', priorLumbarSurgery: true, legPain: 'one-leg' }));
    expect(a.suspected).toContain('fracture');
    expect(a.trace.map((t) => t.rule)).toEqual(expect.arrayContaining(['older-age', 'prior-lumbar-surgery']));
    expect(a.acrVariant).toBe(5);
  });

  it('lists the sources of every rule in the trace, and only those', () => {
    const a = evaluate(answered(64, 2, { bladder: 'retention', cancerHistory: 'past' }));
    expect(a.sources.map((s) => s.id).sort()).toEqual([...new Set(a.trace.map((t) => t.source))].sort());
  });
});
