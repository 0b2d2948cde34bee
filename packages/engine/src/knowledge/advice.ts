import type { Citation } from './sources.js';
import type { Urgency } from './urgency.js';

/**
 * Plain-language advice, one table keyed by id (conservative-care.md; red-flags.md §11). Urgency
 * levels, pathways and modifiers name the steps they add; the evaluator merges them by id, so each
 * piece of advice is said once. A step that `replaces` others removes them when both would be said
 * (after a high-energy injury, "keep still and call" replaces "go to an emergency department"; when
 * MRI is impossible, the CT explanation replaces the MRI one), so no two steps contradict.
 */

/** One piece of advice: its words, its source, and the steps it replaces when both would be said. */
export interface Advice {
  readonly text: string;
  readonly source?: Citation;
  readonly replaces?: readonly string[];
}

/** Every piece of advice, keyed by id. */
export const advice = {
  'go-now': {
    text: 'Go to an emergency department now, or call your local emergency number. Do not wait for a routine appointment.',
    source: { id: 'girft-2023' },
  },
  'bring-summary': {
    text: 'Take this summary and a list of your medicines with you. Say which symptoms are new.',
  },
  'call-today': {
    text: 'Contact your doctor or an urgent care service today. Ask to be seen within 24–48 hours.',
  },
  'escalate-if-worse': {
    text: 'If you cannot be seen in that time, or anything gets worse, go to an emergency department.',
  },
  'book-this-week': {
    text: 'Book an appointment with your doctor within the next week and mention these answers.',
  },
  'book-routine': {
    text: 'Book a routine appointment with your doctor or specialist to plan the next step. It does not need to be rushed.',
  },
  'most-improve': {
    text: 'Most back pain gets much better within about 6 weeks. The pain often falls by more than half in that time.',
    source: { id: 'costa-2012' },
  },
  unanswered: {
    text: 'Some questions are not answered yet. Your answers could change this advice (see what is missing).',
  },
  'stay-active': {
    text: 'Stay as active as you can and keep up your usual activities. Avoid bed rest: it slows recovery.',
    source: { id: 'nice-ng59', section: 'self-management advice' },
  },
  heat: {
    text: 'Try a local heat pad or wrap for short periods.',
    source: { id: 'acp-2017', section: 'recommendation 1' },
  },
  exercise: {
    text: 'If the pain lasts, an exercise programme or physiotherapy can help.',
    source: { id: 'nice-ng59', section: 'non-invasive treatments' },
  },
  'anti-inflammatory': {
    text: 'An anti-inflammatory painkiller such as ibuprofen may help for a short time. Ask a pharmacist or doctor first, more so if you have stomach, kidney or heart problems.',
    source: { id: 'nice-ng59', section: 'pharmacological management' },
  },
  'scan-after-care': {
    text: 'A scan only helps after about 6 weeks of good care, and only if an injection or operation is being considered.',
    source: { id: 'acr-lbp-2021', section: 'variant 2' },
  },
  'planned-mri': {
    text: 'A planned MRI can help a specialist decide whether an injection or operation could help.',
    source: { id: 'acr-lbp-2021', section: 'variant 3' },
  },
  'keep-exercising': {
    text: 'Keep up the exercise and activity that help while you wait.',
  },
  'legs-examined': {
    text: 'Have your legs examined by a doctor within a day or two. A scan is usually arranged without waiting the usual 6 weeks.',
    source: { id: 'acp-2011', section: 'severe or progressive neurological deficit: immediate MRI' },
  },
  'nerve-pressure-hours': {
    text: 'Pressure on these nerves needs a scan within hours, and sometimes an operation the same day.',
    source: { id: 'girft-2023' },
  },
  'emergency-mri': {
    text: 'The scan is an MRI, ideally within 4 hours.',
    source: { id: 'girft-2023' },
  },
  'after-surgery-scan': {
    text: 'Tell the team who operated on your back about the new symptoms.',
    source: { id: 'acr-lbp-2021', section: 'variant 5' },
  },
  'after-surgery-mri': {
    text: 'An MRI with contrast dye can tell scar tissue from a new disc problem. X-rays show screws and alignment.',
    source: { id: 'acr-lbp-2021', section: 'variant 5' },
  },
  'fracture-x-ray': {
    text: 'An X-ray is usually the first test for a possible broken bone in the spine. If it is normal but a fracture is still likely, MRI or CT comes next.',
    source: { id: 'acr-lbp-2021', section: 'variant 6' },
  },
  'bone-density': {
    text: 'If a fracture from weak bones is found, ask about a bone density check and treatment to prevent more fractures.',
  },
  'mri-rules-out': {
    text: 'An MRI is the scan that can find or rule out cancer or infection in the spine. An X-ray cannot rule them out.',
    source: { id: 'nice-cg75' },
  },
  'blood-tests': {
    text: 'Blood tests usually go with the scan, such as ESR and CRP, and blood cultures if there is a fever.',
    source: { id: 'davis-2011' },
  },
  'trauma-keep-still': {
    text: 'Call your local emergency number now and keep still until help comes. Do not travel on your own.',
    source: { id: 'acr-spine-trauma' },
    replaces: ['go-now'],
  },
  'trauma-ct': {
    text: 'A CT scan of the spine is the usual first test after a high-energy injury.',
    source: { id: 'acr-spine-trauma' },
  },
  'vascular-call-now': {
    text: 'Call your local emergency number now. Say you have back pain and may have a problem with the main blood vessel in your belly.',
    source: { id: 'nice-ng156' },
    replaces: ['go-now'],
  },
  'vascular-review': {
    text: 'Tell your doctor or vascular team about the new back pain. Call your local emergency number at once if the pain becomes sudden and severe, or you feel faint.',
    source: { id: 'nice-ng156' },
  },
  'vascular-not-spine': {
    text: 'A scan of the spine is not the first test. The hospital team checks the blood vessel, usually with an ultrasound or CT scan.',
    source: { id: 'nice-ng156' },
  },
  rheumatology: {
    text: 'Ask for a referral to a rheumatologist. Inflammatory back pain is treated differently.',
    source: { id: 'nice-ng65' },
  },
  'rheumatology-x-ray': {
    text: 'They usually start with X-rays of the pelvic (sacroiliac) joints rather than a scan of the lower back.',
    source: { id: 'nice-ng65' },
  },
  'contrast-note': {
    text: 'Because a tumour or infection is also possible, the MRI is done before and after a contrast dye.',
    source: { id: 'acr-lbp-2021', section: 'variant 4: contrast when tumour or infection is suspected' },
  },
  'pregnancy-note': {
    text: 'In pregnancy, MRI without contrast dye is preferred: it uses no radiation. Dye is only given if it clearly helps. Tell the scanning team you are pregnant.',
    source: { id: 'acog-723' },
  },
  'kidney-note': {
    text: 'Your kidney function is low (eGFR under 30), so a scan without contrast dye comes first. A radiologist decides whether any dye is worth giving.',
    source: { id: 'acr-nkf-2021' },
  },
  'no-mri-ct': {
    text: 'MRI is not possible for you, so the scan is a CT or a CT myelogram (CT with dye around the nerves). Not being able to have MRI never means no scan.',
    source: { id: 'acr-lbp-2021', section: 'CT myelography or CT when MRI is contraindicated' },
    replaces: ['emergency-mri', 'mri-rules-out', 'after-surgery-mri', 'planned-mri'],
  },
  'no-mri-ct-limits': {
    text: 'CT shows bones well but shows nerves, discs and soft tissue less clearly than MRI. If the CT does not explain your symptoms, ask what test comes next.',
    source: { id: 'nice-cg75', section: 'CT if MRI is contraindicated' },
  },
  'safety-net': {
    text: 'Go to an emergency department at once if you get numbness around your bottom or genitals. Do the same for new trouble passing or holding urine or stools. Do the same for weakness or pain spreading into both legs, a fever with feeling unwell, or severe pain that does not stop, even at night.',
    source: { id: 'bass-2018' },
  },
  'under-18-doctor': {
    text: 'See a doctor about back pain in anyone under 18. The guidance used here is written for adults.',
    source: { id: 'acp-2017', section: 'target population: adults' },
  },
} as const satisfies Record<string, Advice>;

/** An advice id. */
export type AdviceId = keyof typeof advice;

/** What to do now, by urgency: a headline (`{because}` is the deciding rule's reason, `{Because}` capitalised) and steps. */
export const urgencyAdvice = {
  emergency: {
    headline: 'Go to an emergency department now, or call your local emergency number. {Because}.',
    steps: ['go-now', 'bring-summary'],
  },
  urgent: { headline: 'See a doctor within 24–48 hours: {because}.', steps: ['call-today', 'escalate-if-worse'] },
  soon: { headline: 'Arrange to see a doctor within about a week: {because}.', steps: ['book-this-week'] },
  routine: { headline: 'Worth a planned, non-urgent appointment: {because}.', steps: ['book-routine'] },
  none: { headline: 'A scan is not likely to help right now: {because}.', steps: ['most-improve'] },
} as const satisfies Record<Urgency, { headline: string; steps: readonly AdviceId[] }>;

/** Headlines for someone under 18 (out of scope), by the urgency of what was found. */
export const outOfScopeHeadlines = {
  emergency:
    'Some answers can be serious at any age: go to an emergency department now or call your local emergency number. This tool is for adults (18 and over).',
  urgent: 'Some answers can be serious at any age: see a doctor today. This tool is for adults (18 and over).',
  other:
    'This tool is for adults (18 and over). A child or teenager with back pain should see a doctor, who will decide about tests.',
} as const;

/** First-line care while waiting or instead of a scan; said when urgency is none or routine. */
export const conservativeCare = [
  'stay-active',
  'heat',
  'exercise',
  'anti-inflammatory',
] as const satisfies readonly AdviceId[];

/** Said when a question that could change the advice is unanswered (not in an emergency). */
export const unansweredAdvice = 'unanswered' as const satisfies AdviceId;

/** When to seek emergency care whatever this assessment said (safety-netting), unless it is an emergency. */
export const emergencyWarning = 'safety-net' as const satisfies AdviceId;

/** The note on a rating the ACR summary does not name. */
export const unlistedRatingNote = 'Not named for this variant in the ACR summary; treated as usually not appropriate.';

/** Questions to ask a clinician, depending on whether imaging is recommended. */
export const questionsToAsk = {
  imaging: [
    'Which test is it, X-ray, CT or MRI, and why that one?',
    'Does it use radiation or a contrast dye?',
    'How will the result change my treatment?',
    'Is MRI safe with my implants or devices, my pregnancy or my kidney function?',
    'Who will explain the result to me, and when?',
    'Which new symptoms mean I should not wait for the appointment?',
    'Have I already had a scan that answers this question?',
  ],
  noImaging: [
    'What warning sign would make a scan useful now rather than later?',
    'What is likely to happen if we keep treating it for 4–6 weeks?',
    'A scan may later say "degeneration" or "bulging disc". How common is that in people my age without pain?',
    'Which new symptoms mean I should come back at once?',
    'What can I do myself to help the pain settle?',
  ],
  source: { id: 'choosing-wisely' },
} as const;

/** The disclaimer shown with every assessment. */
export const disclaimer =
  'This information helps you decide what to do next; it does not diagnose. In an emergency, call your local emergency number.';
