import type { Case, CaseField } from '../case.js';
import { thresholds } from './thresholds.js';

/**
 * What is asked back when an answer is missing: the question, why it matters (each field its own
 * reason), and when a question can apply at all. A question the person has no way to answer yes to
 * is never asked (NICE NG65's inflammatory pattern needs pain that began before 45 and has lasted
 * over 3 months; "since starting treatment" needs a treatment).
 */

/** Fields that are never asked back: required, or not a question for the person. */
export const notAsked = ['age', 'durationWeeks', 'clinicianSuspects'] as const satisfies readonly CaseField[];

/** A field that can be asked back. */
export type AskedField = Exclude<CaseField, (typeof notAsked)[number]>;

/** The plain-language question for every field that can be asked back (the compiler checks none is left out). */
export const questions = {
  sex: 'What is your sex?',
  pregnant: 'Are you pregnant, or could you be?',
  trauma:
    'Did the pain start after an injury? Was it a minor one, such as a fall from standing or lifting? Or a high-energy one, such as a road collision or a fall from a height?',
  legPain: 'Does pain spread below the knee — into one leg or both legs?',
  legSymptomWeeks: 'For how many weeks have your leg symptoms been as they are now?',
  legSymptomsWorsening: 'In the past 2 weeks, have your leg symptoms started, spread or got worse?',
  suddenSeverePain: 'In the past few days, did the pain start or get much worse suddenly and severely?',
  collapse: 'Have you fainted, collapsed or nearly collapsed with this pain?',
  aorticAneurysm: 'Have you been told you have a bulge in the main blood vessel of your belly (aortic aneurysm)?',
  weakness: 'Is either leg weak? For example, does the foot drag or the knee give way? Is it mild or severe?',
  weaknessWorsening: 'Is leg weakness getting worse over hours or days?',
  numbness: 'Do you have numbness or pins and needles in a leg?',
  reflexLoss: 'Has a clinician found a reduced or absent knee or ankle reflex?',
  gaitDisturbance: 'Do you have new difficulty walking?',
  saddleNumbness:
    'Do you have numbness or altered feeling around your bottom, genitals or inner thighs (where you would sit on a saddle)?',
  bladder: 'Have you had any new problem passing urine, controlling it, or feeling it pass?',
  bowelIncontinence: 'Have you had any new loss of control of your bowels?',
  sexualDysfunction: 'Have you noticed any new loss of feeling in your genitals or new problem with sexual function?',
  fever: 'Do you have a fever (38 °C or more), or feel feverish with chills?',
  weightLoss: 'Have you lost weight recently without trying?',
  nightPain: 'Is the pain there at rest or at night, without easing when you lie down?',
  cancerHistory: 'Have you ever had cancer? Is it being treated now?',
  ivDrugUse: 'Do you inject drugs?',
  immunosuppressed:
    'Is your immune system weakened? For example by HIV, a transplant, chemotherapy or medicines that damp down the immune system.',
  steroidUse: 'Have you taken steroid tablets or injections (such as prednisolone) for 3 months or more?',
  osteoporosis: 'Have you been told you have osteoporosis (thin or fragile bones)?',
  recentInfection: 'Have you had an infection in the past 3 months — in the blood, urine, skin or elsewhere?',
  recentSpinalProcedure: 'Have you had spinal surgery, a spinal injection or an epidural in the past 3 months?',
  priorLumbarSurgery: 'Have you ever had an operation on your lower back?',
  anticoagulant: 'Do you take a blood thinner (anticoagulant), such as warfarin or apixaban?',
  conservativeCareWeeks: 'For how many weeks have you followed a treatment plan (exercise, physiotherapy, medicines)?',
  response: 'Since starting treatment, is the pain improving, unchanged or worse?',
  interventionCandidate: 'Is an injection or an operation being considered? Would you want one if it could help?',
  mriContraindicated:
    'Is there any reason you cannot have an MRI? For example a pacemaker or other implant, metal fragments, or severe fear of closed spaces.',
  egfr: 'What is your most recent kidney function result (eGFR)?',
  inflammatoryPattern:
    'Is the pain and stiffness worse after rest and better with movement? Does it wake you in the second half of the night, or move between the buttocks?',
} as const satisfies Record<AskedField, string>;

/**
 * Why each question matters, in its own words: completes "It could make this …: ". Every entry
 * differs, so no two missing answers give the same reason.
 */
export const whyAsked = {
  sex: 'sex changes which fracture risks and scan precautions apply',
  pregnant: 'in pregnancy, a scan without radiation or contrast dye is preferred',
  trauma: 'an injury can break a bone in the spine',
  legPain: 'nerve pain in both legs can be an early sign of pressure on the nerves at the bottom of the spine',
  legSymptomWeeks: 'leg symptoms that are new are more worrying than ones that have been the same for a long time',
  legSymptomsWorsening: 'leg symptoms that are spreading or getting worse can mean a nerve is under more pressure',
  suddenSeverePain: 'sudden severe pain can come from bleeding near the spine or from the main blood vessel',
  collapse: 'fainting with back pain can mean bleeding from the main blood vessel in the belly',
  aorticAneurysm: 'back pain with a known aortic aneurysm can mean it is leaking',
  weakness: 'weakness in a leg can mean a nerve is being squeezed',
  weaknessWorsening: 'weakness that is getting worse means a nerve is under more and more pressure',
  numbness: 'numbness in a leg shows a nerve is affected',
  reflexLoss: 'a lost reflex shows a nerve is affected',
  gaitDisturbance: 'new trouble walking can come from pressure on the nerves',
  saddleNumbness: 'numbness in the saddle area can mean the nerves at the bottom of the spine are being squeezed',
  bladder: 'a new bladder problem can mean the nerves to the bladder are being squeezed',
  bowelIncontinence: 'new loss of bowel control can mean the nerves at the bottom of the spine are being squeezed',
  sexualDysfunction: 'new loss of genital feeling can be a sign of nerve pressure',
  fever: 'fever with back pain can mean an infection in the spine',
  weightLoss: 'weight loss without a reason can be a sign of a serious illness',
  nightPain: 'pain that rest does not ease is less typical of ordinary back pain',
  cancerHistory: 'after cancer, new back pain needs checking for spread to the spine',
  ivDrugUse: 'injecting drugs raises the risk of an infection in the spine',
  immunosuppressed: 'a weak immune system raises the risk of an infection in the spine',
  steroidUse: 'long-term steroid medicine makes bones fragile',
  osteoporosis: 'fragile bones can break with little force',
  recentInfection: 'a recent infection can spread to the spine through the blood',
  recentSpinalProcedure: 'a recent spinal procedure can lead to an infection or bleeding',
  priorLumbarSurgery: 'new pain after a back operation is checked with a different scan',
  anticoagulant: 'with a blood thinner, bleeding near the spine can press on the nerves',
  conservativeCareWeeks: 'a scan helps only after about 6 weeks of good care',
  response: 'pain that is not getting better after care may need a planned scan',
  interventionCandidate: 'a scan is worth it when an injection or operation is being considered',
  mriContraindicated: 'if MRI is not possible, a CT scan is used instead',
  egfr: 'low kidney function changes whether contrast dye is safe',
  inflammatoryPattern: 'this pattern can mean inflammation of the spine joints, which a rheumatologist treats',
} as const satisfies Record<AskedField, string>;

/** How a missing answer's reason is said: `{level}` is what it could raise the urgency to, `{why}` the field's reason. */
export const missingWhy = {
  raise: 'It could make this {level}: {why}.',
  scan: 'It could change which scan is best: {why}.',
  assumed: 'Until this is answered, the advice assumes the worse answer: {why}.',
} as const;

/** Leg symptoms are present: pain below the knee, numbness or weakness. */
function legSymptoms(c: Partial<Case>): boolean {
  return (
    c.legPain === 'one-leg' ||
    c.legPain === 'both-legs' ||
    c.numbness === true ||
    c.weakness === 'mild' ||
    c.weakness === 'severe'
  );
}

/**
 * Questions that can only be answered yes in some cases, and when. A question is not asked (nor
 * listed as missing) when its condition fails; the rules read the answer the same way.
 */
export const askableWhen = {
  weaknessWorsening: { when: (c) => c.weakness !== 'none', because: 'there is no weakness to get worse' },
  legSymptomWeeks: { when: legSymptoms, because: 'there are no leg symptoms' },
  legSymptomsWorsening: { when: legSymptoms, because: 'there are no leg symptoms' },
  response: { when: (c) => c.conservativeCareWeeks !== 0, because: 'no treatment has been tried' },
  inflammatoryPattern: {
    when: (c) =>
      c.durationWeeks === undefined || c.age === undefined || inflammatoryPatternCanApply(c.age, c.durationWeeks),
    because: 'the pain began after 45 or has lasted under 3 months',
  },
} as const satisfies Partial<Record<AskedField, { when: (c: Partial<Case>) => boolean; because: string }>>;

/** Whether NICE NG65's inflammatory pattern can apply: pain that began before 45 and has lasted 3 months or more. */
export function inflammatoryPatternCanApply(age: number, durationWeeks: number): boolean {
  return (
    durationWeeks >= thresholds.inflammatoryMinimumWeeks &&
    age - durationWeeks / thresholds.weeksPerYear < thresholds.inflammatoryOnsetBeforeAge
  );
}

/** Whether a question is ruled out by the other answers (it cannot be answered yes). */
export function ruledOut(field: CaseField, c: Partial<Case>): boolean {
  const rule = (askableWhen as Partial<Record<CaseField, { when: (c: Partial<Case>) => boolean }>>)[field];
  return rule !== undefined && !rule.when(c);
}
