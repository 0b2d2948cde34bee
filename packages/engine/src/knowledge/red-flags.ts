import type { Case, CaseField } from '../case.js';
import { and, isOneOf, or, yes } from '../logic.js';
import { type ConditionId, conditionIds, conditions } from './conditions.js';
import { ruledOut } from './questions.js';
import type { RedFlag } from './rule.js';
import { thresholds } from './thresholds.js';
import { newOrProgressing, timeCourseFields, timeCourseQuestions } from './time-course.js';

/**
 * Red flags for serious pathology in adult low back pain (red-flags.md), grouped by the condition
 * each points to, with the urgency each calls for. Compound flags (cancer with neurological signs,
 * infection risk with a motor deficit) are rows of their own, so escalation is data, not code.
 * Where guidelines disagree we take the safer reading; ./disagreements.ts says which and why.
 */

/** Weakness getting worse. Worsening presupposes weakness (questions.ts `followUps`): with none, it is false. */
function worseningWeakness(c: Case) {
  return ruledOut('weaknessWorsening', c) ? false : yes(c.weaknessWorsening);
}

const motorDeficitFields = ['weakness', 'weaknessWorsening', 'gaitDisturbance'] as const satisfies CaseField[];
/** Any motor deficit: weakness, worsening weakness or new difficulty walking. */
function motorDeficit(c: Case) {
  return or(isOneOf(c.weakness, ['mild', 'severe']), worseningWeakness(c), yes(c.gaitDisturbance));
}

const neurologicalSignFields = [
  ...motorDeficitFields,
  'numbness',
  'reflexLoss',
  'legPain',
] as const satisfies CaseField[];
/** Any neurological symptom or sign, radicular pain included (NICE CG75's list for MSCC). */
export function neurologicalSigns(c: Case) {
  return or(motorDeficit(c), yes(c.numbness), yes(c.reflexLoss), isOneOf(c.legPain, ['one-leg', 'both-legs']));
}

const infectionRiskFields = [
  'fever',
  'ivDrugUse',
  'immunosuppressed',
  'recentInfection',
  'recentSpinalProcedure',
] as const satisfies CaseField[];
/** Fever or a risk factor for spinal infection (Davis 2004). */
function infectionRisk(c: Case) {
  return or(
    yes(c.fever),
    yes(c.ivDrugUse),
    yes(c.immunosuppressed),
    yes(c.recentInfection),
    yes(c.recentSpinalProcedure),
  );
}

const cancerHistory = (c: Case) => isOneOf(c.cancerHistory, ['past', 'active']);

/** The red flags a person can report, most time-critical group first. */
export const reportedRedFlags = [
  // Cauda equina syndrome (red-flags.md §2): any one feature is an emergency.
  {
    id: 'saddle-numbness',
    condition: 'cauda-equina-syndrome',
    label: 'Numbness around the genitals, anus, buttocks or inner thighs',
    reads: ['saddleNumbness'],
    when: (c) => yes(c.saddleNumbness),
    urgency: 'emergency',
    pathway: 'neural-compression',
    source: { id: 'bass-2018' },
    reason: 'new numbness in the "saddle" area can mean the nerves at the bottom of the spine are being squeezed',
  },
  {
    id: 'bladder-dysfunction',
    condition: 'cauda-equina-syndrome',
    label: 'New problem passing or controlling urine',
    reads: ['bladder'],
    when: (c) => isOneOf(c.bladder, ['new-dysfunction', 'retention']),
    urgency: 'emergency',
    pathway: 'neural-compression',
    source: { id: 'acp-2011', section: 'CES: new urinary retention; immediate MRI' },
    reason: 'a new problem with passing or holding urine can mean the nerves to the bladder are being squeezed',
  },
  {
    id: 'bowel-incontinence',
    condition: 'cauda-equina-syndrome',
    label: 'New loss of bowel control',
    reads: ['bowelIncontinence'],
    when: (c) => yes(c.bowelIncontinence),
    urgency: 'emergency',
    pathway: 'neural-compression',
    source: { id: 'acp-2011', section: 'CES: faecal incontinence; immediate MRI' },
    reason: 'new loss of bowel control can mean the nerves at the bottom of the spine are being squeezed',
  },
  {
    id: 'sexual-dysfunction',
    condition: 'cauda-equina-syndrome',
    label: 'New loss of genital sensation or sexual function',
    reads: ['sexualDysfunction'],
    when: (c) => yes(c.sexualDysfunction),
    urgency: 'emergency',
    pathway: 'neural-compression',
    source: { id: 'bass-2018' },
    reason: 'new loss of feeling in the genitals or of sexual function can be a sign of nerve compression',
  },
  {
    id: 'bilateral-leg-pain',
    condition: 'cauda-equina-syndrome',
    label: 'New or worsening nerve pain going down both legs',
    reads: ['legPain', ...timeCourseFields],
    asks: ['legPain'],
    when: (c) => isOneOf(c.legPain, ['both-legs']),
    assumes: { when: newOrProgressing, asks: timeCourseQuestions },
    urgency: 'emergency',
    pathway: 'neural-compression',
    source: { id: 'bass-2018', section: 'bilateral radicular pain of recent onset, or sciatica becoming bilateral' },
    reason:
      'new or worsening nerve pain in both legs can be an early sign of pressure on the nerves at the bottom of the spine',
  },
  // Spinal epidural haematoma (red-flags.md §6).
  {
    id: 'anticoagulant-with-neurological-deficit',
    condition: 'epidural-hematoma',
    label: 'Takes an anticoagulant and has new or worsening leg weakness, numbness or difficulty walking',
    reads: ['anticoagulant', ...motorDeficitFields, 'numbness', ...timeCourseFields],
    asks: ['anticoagulant', ...motorDeficitFields, 'numbness'],
    when: (c) => and(yes(c.anticoagulant), or(motorDeficit(c), yes(c.numbness))),
    assumes: { when: newOrProgressing, asks: timeCourseQuestions },
    urgency: 'emergency',
    pathway: 'neural-compression',
    source: { id: 'fedor-2011', section: 'sudden pain, then a deficit within minutes to hours' },
    reason: 'with a blood thinner, new or worsening weakness or numbness can mean bleeding is pressing on the nerves',
  },
  {
    id: 'anticoagulant-with-sudden-severe-pain',
    condition: 'epidural-hematoma',
    label: 'Takes an anticoagulant and the pain began suddenly and severely',
    reads: ['anticoagulant', 'suddenSeverePain'],
    when: (c) => and(yes(c.anticoagulant), yes(c.suddenSeverePain)),
    urgency: 'emergency',
    pathway: 'neural-compression',
    source: { id: 'fedor-2011', section: 'sudden, severe spinal pain is the typical first symptom' },
    reason: 'with a blood thinner, sudden severe back pain can mean bleeding inside the spine',
  },
  {
    id: 'recent-spinal-procedure-with-deficit',
    condition: 'epidural-hematoma',
    label: 'Spinal procedure in the past 3 months and new leg weakness or difficulty walking',
    reads: ['recentSpinalProcedure', ...motorDeficitFields],
    when: (c) => and(yes(c.recentSpinalProcedure), motorDeficit(c)),
    urgency: 'emergency',
    pathway: 'neural-compression',
    source: { id: 'fedor-2011' },
    reason:
      'new weakness after a spinal injection or operation can mean bleeding or an abscess is pressing on the nerves',
  },
  // Ruptured or leaking abdominal aortic aneurysm (red-flags.md §7): a vascular emergency, not a spine scan.
  {
    id: 'collapse-with-back-pain',
    condition: 'aortic-aneurysm',
    label: 'Fainted or collapsed with the pain',
    reads: ['collapse'],
    when: (c) => yes(c.collapse),
    urgency: 'emergency',
    pathway: 'vascular',
    source: { id: 'nice-ng156', section: 'diagnosis: new back pain with collapse, think of ruptured AAA' },
    reason: 'fainting or collapsing with back pain can mean bleeding from the main blood vessel in the belly',
  },
  {
    id: 'aortic-aneurysm-with-sudden-severe-pain',
    condition: 'aortic-aneurysm',
    label: 'Known aortic aneurysm and sudden severe pain',
    reads: ['aorticAneurysm', 'suddenSeverePain'],
    when: (c) => and(yes(c.aorticAneurysm), yes(c.suddenSeverePain)),
    urgency: 'emergency',
    pathway: 'vascular',
    source: { id: 'nice-ng156', section: 'diagnosis: new back pain with a known AAA, think of rupture' },
    reason: 'sudden severe back pain with an aortic aneurysm can mean the aneurysm is leaking',
  },
  {
    id: 'aortic-aneurysm-with-back-pain',
    condition: 'aortic-aneurysm',
    label: 'Known aortic aneurysm',
    reads: ['aorticAneurysm'],
    when: (c) => yes(c.aorticAneurysm),
    urgency: 'urgent',
    pathway: 'vascular-review',
    source: { id: 'nice-ng156', section: 'known AAA with new back pain (engine decision, see disagreements)' },
    reason: 'new back pain with an aortic aneurysm needs checking that the aneurysm is not growing',
  },
  // Metastatic spinal cord compression and malignancy (red-flags.md §3).
  {
    id: 'cancer-with-neurological-signs',
    condition: 'malignancy',
    label: 'History of cancer with nerve symptoms (leg pain, weakness, numbness or difficulty walking)',
    reads: ['cancerHistory', ...neurologicalSignFields],
    when: (c) => and(cancerHistory(c), neurologicalSigns(c)),
    urgency: 'emergency',
    pathway: 'tumour-or-infection',
    source: { id: 'nice-cg75', section: 'MSCC with neurological symptoms: MRI within 24 hours' },
    reason: 'after cancer, back pain with nerve symptoms can mean the spinal cord or nerves are being squeezed',
  },
  // Spinal infection (red-flags.md §4).
  {
    id: 'infection-risk-with-motor-deficit',
    condition: 'infection',
    label: 'Fever or infection risk with new leg weakness or difficulty walking',
    reads: [...infectionRiskFields, ...motorDeficitFields],
    when: (c) => and(infectionRisk(c), motorDeficit(c)),
    urgency: 'emergency',
    pathway: 'tumour-or-infection',
    source: { id: 'davis-2004' },
    reason: 'with fever or an infection risk, new weakness can mean an abscess is pressing on the nerves',
  },
  // Fracture (red-flags.md §5).
  {
    id: 'high-energy-trauma',
    condition: 'fracture',
    label: 'High-energy injury (road collision, fall from height)',
    reads: ['trauma'],
    when: (c) => isOneOf(c.trauma, ['major']),
    urgency: 'emergency',
    pathway: 'major-trauma',
    source: { id: 'acr-spine-trauma' },
    reason: 'a high-energy injury can break the spine',
  },
  {
    id: 'trauma-with-motor-deficit',
    condition: 'fracture',
    label: 'Injury followed by new leg weakness or difficulty walking',
    reads: ['trauma', ...motorDeficitFields],
    when: (c) => and(isOneOf(c.trauma, ['minor', 'major']), motorDeficit(c)),
    urgency: 'emergency',
    pathway: 'neural-compression',
    source: { id: 'acr-lbp-2016', section: 'severe or progressive neurological deficit: MRI' },
    reason: 'weakness after an injury can mean a broken bone is pressing on the nerves',
  },
  {
    id: 'fever-on-cancer-treatment',
    condition: 'infection',
    label: 'Fever during cancer treatment',
    reads: ['fever', 'cancerHistory', 'immunosuppressed'],
    when: (c) => and(yes(c.fever), isOneOf(c.cancerHistory, ['active']), yes(c.immunosuppressed)),
    urgency: 'emergency',
    pathway: 'tumour-or-infection',
    source: { id: 'nice-cg151', section: 'suspected neutropenic sepsis: refer immediately for assessment in hospital' },
    reason: 'a fever during cancer treatment can be a serious infection that needs treatment the same day',
  },
  {
    id: 'fever-with-infection-risk',
    condition: 'infection',
    label:
      'Fever together with an infection risk (injecting drugs, weak immune system, recent infection or spinal procedure)',
    reads: ['fever', 'ivDrugUse', 'immunosuppressed', 'recentInfection', 'recentSpinalProcedure', 'steroidUse'],
    when: (c) =>
      and(
        yes(c.fever),
        or(
          yes(c.ivDrugUse),
          yes(c.immunosuppressed),
          yes(c.recentInfection),
          yes(c.recentSpinalProcedure),
          yes(c.steroidUse),
        ),
      ),
    urgency: 'urgent',
    pathway: 'tumour-or-infection',
    source: { id: 'acp-2011', section: 'fever plus IV drug use or recent infection: immediate MRI' },
    reason: 'fever with a risk of infection can mean an infection in the spine',
  },
  {
    id: 'fever',
    condition: 'infection',
    label: 'Fever with back pain',
    reads: ['fever'],
    when: (c) => yes(c.fever),
    urgency: 'urgent',
    pathway: 'tumour-or-infection',
    source: { id: 'davis-2011' },
    reason: 'fever with back pain needs checking for an infection in the spine',
  },
  {
    id: 'progressive-weakness',
    condition: 'progressive-neurologic-deficit',
    label: 'Leg weakness that is getting worse',
    reads: ['weakness', 'weaknessWorsening'],
    when: worseningWeakness,
    urgency: 'urgent',
    pathway: 'progressive-deficit',
    source: { id: 'acp-2011', section: 'progressive motor weakness: immediate MRI' },
    reason: 'weakness that is getting worse means a nerve is under increasing pressure',
  },
  {
    id: 'severe-weakness',
    condition: 'progressive-neurologic-deficit',
    label: 'Severe leg weakness',
    reads: ['weakness'],
    when: (c) => isOneOf(c.weakness, ['severe']),
    urgency: 'urgent',
    pathway: 'progressive-deficit',
    source: { id: 'acp-aps-2007', section: 'severe or progressive neurological deficits: image promptly' },
    reason: 'severe weakness means a nerve may be badly squeezed',
  },
  {
    id: 'new-gait-disturbance',
    condition: 'progressive-neurologic-deficit',
    label: 'New difficulty walking',
    reads: ['gaitDisturbance'],
    when: (c) => yes(c.gaitDisturbance),
    urgency: 'urgent',
    pathway: 'progressive-deficit',
    source: { id: 'ahcpr-1994', section: 'severe or progressive neurological deficit in the legs' },
    reason: 'new difficulty walking can come from pressure on the nerves or spinal cord',
  },
  {
    id: 'cancer-history',
    condition: 'malignancy',
    label: 'History of cancer',
    reads: ['cancerHistory'],
    when: cancerHistory,
    urgency: 'soon',
    pathway: 'tumour-or-infection',
    source: { id: 'downie-2013', section: 'history of cancer: the informative malignancy flag' },
    reason: 'new back pain after cancer needs checking for spread to the spine',
  },
  {
    id: 'unexplained-weight-loss',
    condition: 'malignancy',
    label: 'Unexplained weight loss',
    reads: ['weightLoss'],
    when: (c) => yes(c.weightLoss),
    urgency: 'soon',
    pathway: 'tumour-or-infection',
    source: { id: 'henschke-2013' },
    reason: 'weight loss without a reason, together with back pain, needs checking',
  },
  {
    id: 'injection-drug-use',
    condition: 'infection',
    label: 'Injects drugs',
    reads: ['ivDrugUse'],
    when: (c) => yes(c.ivDrugUse),
    urgency: 'soon',
    pathway: 'tumour-or-infection',
    source: { id: 'davis-2004' },
    reason: 'injecting drugs raises the risk of an infection in the spine',
  },
  {
    id: 'immunosuppression',
    condition: 'infection',
    label: 'Weakened immune system',
    reads: ['immunosuppressed'],
    when: (c) => yes(c.immunosuppressed),
    urgency: 'soon',
    pathway: 'tumour-or-infection',
    source: { id: 'acr-lbp-2021', section: 'variant 7: immunosuppression' },
    reason: 'a weakened immune system raises the risk of infection in the spine',
  },
  {
    id: 'recent-infection',
    condition: 'infection',
    label: 'Infection elsewhere in the past 3 months',
    reads: ['recentInfection'],
    when: (c) => yes(c.recentInfection),
    urgency: 'soon',
    pathway: 'tumour-or-infection',
    source: { id: 'ahcpr-1994', section: 'recent bacterial infection' },
    reason: 'a recent infection can spread to the spine through the blood',
  },
  {
    id: 'recent-spinal-procedure',
    condition: 'infection',
    label: 'Spinal surgery, injection or epidural in the past 3 months',
    reads: ['recentSpinalProcedure'],
    when: (c) => yes(c.recentSpinalProcedure),
    urgency: 'soon',
    pathway: 'tumour-or-infection',
    source: { id: 'davis-2004' },
    reason: 'new pain after a recent spinal procedure needs checking for infection',
  },
  {
    id: 'low-energy-trauma-fragile-bone',
    condition: 'fracture',
    label: 'Minor injury at an age or with a condition that makes bones fragile',
    reads: ['trauma', 'age', 'osteoporosis', 'steroidUse'],
    when: (c) =>
      and(isOneOf(c.trauma, ['minor']), or(c.age >= thresholds.fragilityAge, yes(c.osteoporosis), yes(c.steroidUse))),
    urgency: 'soon',
    pathway: 'fracture-risk',
    source: { id: 'ahcpr-1994', section: 'minor trauma or strenuous lifting in older or osteoporotic people' },
    reason: 'even a small fall or lift can break a bone in the spine when bones are fragile',
  },
  {
    id: 'osteoporosis',
    condition: 'fracture',
    label: 'Osteoporosis',
    reads: ['osteoporosis'],
    when: (c) => yes(c.osteoporosis),
    urgency: 'soon',
    pathway: 'fracture-risk',
    source: { id: 'acr-lbp-2021', section: 'variant 6: osteoporosis' },
    reason: 'with osteoporosis, new back pain can come from a small fracture in the spine',
  },
  {
    id: 'prolonged-steroid-use',
    condition: 'fracture',
    label: 'Steroid tablets or injections for 3 months or more',
    reads: ['steroidUse'],
    when: (c) => yes(c.steroidUse),
    urgency: 'soon',
    pathway: 'fracture-risk',
    source: { id: 'downie-2013', section: 'prolonged corticosteroid use: post-test probability of fracture 33%' },
    reason: 'long-term steroid medicine weakens bones, so new back pain can come from a fracture',
  },
  {
    id: 'older-age',
    condition: 'fracture',
    label: 'Older age (over 70, or a man over 65)',
    reads: ['age', 'sex'],
    when: (c) => or(c.age > thresholds.elderlyAge, and(isOneOf(c.sex, ['male']), c.age > thresholds.elderlyMaleAge)),
    urgency: 'soon',
    pathway: 'fracture-risk',
    source: { id: 'henschke-2009', section: 'age over 70 informative for fracture' },
    reason: 'at an older age, new back pain is more often caused by a fracture',
  },
  {
    id: 'night-pain',
    condition: 'malignancy',
    label: 'Pain at rest or at night that lying down does not ease',
    reads: ['nightPain'],
    when: (c) => yes(c.nightPain),
    urgency: 'routine',
    pathway: 'tumour-or-infection',
    source: { id: 'ahcpr-1994', section: 'tumour or infection: pain worse supine or severe at night' },
    reason: 'pain that does not ease with rest is less typical of ordinary back pain and should be looked into',
  },
  {
    id: 'inflammatory-pattern',
    condition: 'inflammatory',
    label: 'Inflammatory pattern of back pain',
    reads: ['inflammatoryPattern'],
    when: (c) => yes(c.inflammatoryPattern),
    urgency: 'routine',
    pathway: 'inflammatory',
    source: { id: 'nice-ng65', section: 'referral criteria for suspected axial spondyloarthritis' },
    reason: 'this pattern of pain and stiffness can come from inflammation of the spine joints',
  },
] as const satisfies readonly RedFlag[];

/** A clinician's suspicion of a condition, as a red flag that opens that condition's pathway. */
function clinicianSuspects(condition: ConditionId): RedFlag<`clinician-suspects-${ConditionId}`> {
  const c = conditions[condition];
  return {
    id: `clinician-suspects-${condition}`,
    condition,
    label: `A clinician suspects ${c.shortLabel}`,
    reads: ['clinicianSuspects'],
    // Not a patient question: an absent list means the clinician named nothing.
    when: (k) => (k.clinicianSuspects ?? []).includes(condition),
    urgency: c.suspectedUrgency,
    pathway: c.pathway,
    source: { id: 'acr-lbp-2021', section: 'initial imaging by suspected condition' },
    reason: `a clinician suspects ${c.label}`,
  };
}

/** Every red flag: those a person reports, then one per condition a clinician may suspect. */
export const redFlags: readonly RedFlag<RedFlagId>[] = [...reportedRedFlags, ...conditionIds.map(clinicianSuspects)];

/** A red-flag id. */
export type RedFlagId = (typeof reportedRedFlags)[number]['id'] | `clinician-suspects-${ConditionId}`;
