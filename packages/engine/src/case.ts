import { z } from 'zod';
import { conditionIds } from './knowledge/conditions.js';
import { impossibleCombinations } from './knowledge/impossible.js';
import { thresholds } from './knowledge/thresholds.js';

/** The longest duration any week field accepts: a lifetime (the oldest age accepted). */
const maxWeeks = Math.ceil(thresholds.oldestAge * thresholds.weeksPerYear);

/** Condition ids as a schema (contract section 3, `suspected`). */
export const ConditionIdSchema = z.enum(conditionIds);

const yesNo = (meaning: string) => z.boolean().optional().describe(meaning);

/**
 * The case: one flat object (contract section 2). `age` and `durationWeeks` are required; every
 * other field is optional and an absent field means "not known", never "no". Unknown keys are
 * rejected so a typo cannot silently drop a red flag. Enum answers are declared from normal to
 * most serious; adapters that merge sources rely on that order.
 */
export const CaseSchema = z
  .strictObject({
    age: z
      .int()
      .min(0)
      .max(thresholds.oldestAge)
      .describe('Age in whole years. Under 18 gives an out-of-scope assessment.'),
    sex: z.enum(['female', 'male', 'other']).optional().describe('Sex.'),
    pregnant: yesNo('Currently pregnant.'),
    durationWeeks: z.number().min(0).max(maxWeeks).describe('Weeks since this episode of back pain began.'),
    trauma: z
      .enum(['none', 'minor', 'major'])
      .optional()
      .describe(
        'Injury before the pain. minor: low-energy (fall from standing, lifting); major: high-energy (road collision, fall from height).',
      ),
    legPain: z.enum(['none', 'one-leg', 'both-legs']).optional().describe('Pain radiating below the knee.'),
    legSymptomWeeks: z
      .number()
      .min(0)
      .max(maxWeeks)
      .optional()
      .describe(
        'Weeks the leg symptoms (pain below the knee, numbness or weakness) have been as they are now; for pain in both legs, since it became two-sided.',
      ),
    legSymptomsWorsening: yesNo(
      'Leg symptoms new, spreading or getting worse in the past 2 weeks (for example sciatica spreading to the other leg).',
    ),
    suddenSeverePain: yesNo(
      'Back pain that began, or became much worse, suddenly and severely within the past few days.',
    ),
    collapse: yesNo('Fainted, collapsed or nearly collapsed with this pain.'),
    aorticAneurysm: yesNo('Known abdominal aortic aneurysm, or a pulsating lump in the abdomen found on examination.'),
    weakness: z.enum(['none', 'mild', 'severe']).optional().describe('Leg muscle weakness found or reported.'),
    weaknessWorsening: yesNo('Weakness getting worse over hours or days.'),
    numbness: yesNo('Numbness or pins and needles in a leg.'),
    reflexLoss: yesNo('Reduced or absent knee or ankle reflex on examination.'),
    gaitDisturbance: yesNo('New difficulty walking.'),
    saddleNumbness: yesNo('Numbness around the anus, genitals, inner thighs or buttocks.'),
    bladder: z
      .enum(['normal', 'new-dysfunction', 'retention'])
      .optional()
      .describe('New difficulty passing or controlling urine; retention = unable to pass urine.'),
    bowelIncontinence: yesNo('New loss of bowel control.'),
    sexualDysfunction: yesNo('New loss of genital sensation or sexual function.'),
    fever: yesNo('Temperature of 38 °C or more, or feeling feverish with chills.'),
    weightLoss: yesNo('Unexplained weight loss.'),
    nightPain: yesNo('Pain at rest or at night not eased by lying down.'),
    cancerHistory: z.enum(['none', 'past', 'active']).optional().describe('Any history of cancer.'),
    ivDrugUse: yesNo('Injects drugs.'),
    immunosuppressed: yesNo('HIV, transplant, chemotherapy, biologics or other immunosuppressants.'),
    steroidUse: yesNo('Systemic corticosteroids for 3 months or more.'),
    osteoporosis: yesNo('Has osteoporosis.'),
    recentInfection: yesNo('Bacteraemia, urinary, skin or other infection in the past 3 months.'),
    recentSpinalProcedure: yesNo('Spinal surgery, injection or epidural in the past 3 months.'),
    priorLumbarSurgery: yesNo('Has had lumbar spine surgery.'),
    anticoagulant: yesNo('Takes an anticoagulant.'),
    conservativeCareWeeks: z
      .number()
      .min(0)
      .max(maxWeeks)
      .optional()
      .describe('Weeks of optimal non-surgical care so far (activity, exercise, physiotherapy, medicines).'),
    response: z
      .enum(['improving', 'unchanged', 'worsening'])
      .optional()
      .describe('How symptoms responded to that care.'),
    interventionCandidate: yesNo('An injection or surgery is being considered and the patient would accept it.'),
    mriContraindicated: yesNo('MRI not possible (device, implant, severe claustrophobia).'),
    egfr: z
      .number()
      .min(0)
      .max(250)
      .optional()
      .describe('Kidney function (eGFR), mL/min/1.73 m², for contrast decisions.'),
    inflammatoryPattern: yesNo(
      'Inflammatory pattern (NICE NG65): back pain that began before 45 and has lasted over 3 months, with at least four of: began before 35, waking in the second half of the night, buttock pain, better with movement, better within 48 hours of an anti-inflammatory, a close relative with spondyloarthritis, arthritis/enthesitis/psoriasis.',
    ),
    clinicianSuspects: z
      .array(ConditionIdSchema)
      .max(conditionIds.length)
      .optional()
      .describe(
        'Conditions a clinician already suspects or has diagnosed; each opens its pathway as if its red flags had been answered yes.',
      ),
  })
  .superRefine((value, ctx) => {
    for (const combination of impossibleCombinations) {
      const problem = combination.check(value);
      if (problem === undefined) continue;
      ctx.addIssue({
        code: 'custom',
        path: [combination.fields[0]],
        message: problem.message,
        params: { expected: problem.expected, fields: combination.fields },
      });
    }
  })
  .describe('A person with low back pain: what is known about them. Absent fields are unknown, never "no".');

/** A case (contract section 2). */
export type Case = z.infer<typeof CaseSchema>;

/** The name of a case field. */
export type CaseField = keyof Case;

/** Every case field name, in contract order. */
export const caseFields = Object.keys(CaseSchema.shape) as CaseField[];
