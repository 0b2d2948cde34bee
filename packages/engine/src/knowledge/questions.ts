import type { CaseField } from '../case.js';

/**
 * The plain-language question for every optional case field, asked when its answer is missing and
 * could change the assessment. The type makes the compiler check that no field is left without one.
 */
export const questions = {
  sex: 'What is your sex?',
  pregnant: 'Are you pregnant, or could you be?',
  trauma:
    'Did the pain start after an injury? If so, was it a minor one (a fall from standing, lifting) or a high-energy one (a road collision, a fall from a height)?',
  legPain: 'Does pain spread below the knee — into one leg or both legs?',
  weakness: 'Is either leg weak (for example, the foot drags or the knee gives way)? Is it mild or severe?',
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
    'Is your immune system weakened — by HIV, a transplant, chemotherapy, biologic medicines or other immune-suppressing medicines?',
  steroidUse: 'Have you taken steroid tablets or injections (such as prednisolone) for 3 months or more?',
  osteoporosis: 'Have you been told you have osteoporosis (thin or fragile bones)?',
  recentInfection: 'Have you had an infection in the past 3 months — in the blood, urine, skin or elsewhere?',
  recentSpinalProcedure: 'Have you had spinal surgery, a spinal injection or an epidural in the past 3 months?',
  priorLumbarSurgery: 'Have you ever had an operation on your lower back?',
  anticoagulant: 'Do you take a blood thinner (anticoagulant) such as warfarin, apixaban or rivaroxaban?',
  conservativeCareWeeks: 'For how many weeks have you followed a treatment plan (exercise, physiotherapy, medicines)?',
  response: 'Since starting treatment, is the pain improving, unchanged or worse?',
  interventionCandidate: 'Is an injection or an operation being considered, and would you want one if it could help?',
  mriContraindicated:
    'Is there any reason you cannot have an MRI (a pacemaker or other implant, metal fragments, severe claustrophobia)?',
  egfr: 'What is your most recent kidney function result (eGFR)?',
  inflammatoryPattern:
    'Did the pain start before age 45 and last more than 3 months, with stiffness that eases with movement, waking in the second half of the night, or buttock pain?',
  clinicianSuspects: 'Has a clinician said they suspect a particular cause?',
} as const satisfies Record<Exclude<CaseField, 'age' | 'durationWeeks'>, string>;

/**
 * Follow-up questions that presuppose another answer: never asked (nor listed as missing) when that
 * answer rules them out. The rules read them the same way (worsening of an absent weakness is false).
 */
export const followUps = {
  weaknessWorsening: { after: 'weakness', notWhen: ['none'] },
} as const satisfies Partial<Record<CaseField, { after: CaseField; notWhen: readonly string[] }>>;

/** Whether a question is ruled out by an earlier answer. */
export function ruledOut(field: CaseField, c: Partial<Record<CaseField, unknown>>): boolean {
  const rule = (followUps as Partial<Record<CaseField, { after: CaseField; notWhen: readonly string[] }>>)[field];
  return rule !== undefined && (rule.notWhen as readonly unknown[]).includes(c[rule.after]);
}
