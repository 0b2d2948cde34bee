import type { Citation } from './sources.js';
import type { Urgency } from './urgency.js';

/**
 * Plain-language advice: what to do for each urgency, when to seek emergency care, first-line care
 * while waiting, and questions to ask a clinician (conservative-care.md; red-flags.md §11).
 */

/** What to do now, by urgency. `{because}` is filled with the reason of the deciding rule. */
export const urgencyAdvice = {
  emergency: {
    headline:
      'Go to an emergency department now, or call your local emergency number: {because}. This needs checking today.',
    steps: [
      'Go to an emergency department now, or call your local emergency number. Do not wait for a routine appointment.',
      'Take this summary and a list of your medicines with you, and say which symptoms are new.',
    ],
  },
  urgent: {
    headline: 'See a doctor within 24–48 hours: {because}.',
    steps: [
      'Contact your doctor or an urgent care service today and ask to be seen within 24–48 hours.',
      'If you cannot be seen in that time, or anything gets worse, go to an emergency department.',
    ],
  },
  soon: {
    headline: 'Arrange to see a doctor within about a week: {because}.',
    steps: ['Book an appointment with your doctor within the next week and mention these answers.'],
  },
  routine: {
    headline: 'Worth a planned, non-urgent appointment: {because}.',
    steps: [
      'Book a routine appointment with your doctor or specialist to plan the next step; it does not need to be rushed.',
    ],
  },
  none: {
    headline: 'A scan is not likely to help right now: {because}.',
    steps: ['Most back pain improves a lot within about 6 weeks: pain typically falls by more than half in that time.'],
  },
} as const satisfies Record<Urgency, { headline: string; steps: readonly string[] }>;

/** When to seek emergency care whatever this assessment said (safety-netting). */
export const emergencyWarning = {
  text: 'Go to an emergency department at once if you get: numbness around your bottom or genitals, new trouble passing or controlling urine or stools, new loss of sexual feeling, weakness or pain spreading in both legs, a fever with feeling unwell, or pain that becomes severe and constant, even at night.',
  source: { id: 'bass-2018' },
} as const satisfies { text: string; source: Citation };

/** First-line care suggestions while waiting or instead of a scan; medicines always with "ask first". */
export const conservativeCare = [
  {
    text: 'Stay as active as you can and keep up your usual activities; avoid bed rest.',
    source: { id: 'nice-ng59', section: 'self-management advice' },
  },
  {
    text: 'Try a local heat pad or wrap for short periods.',
    source: { id: 'acp-2017', section: 'recommendation 1' },
  },
  {
    text: 'If the pain lasts, an exercise programme, physiotherapy or manual therapy as part of an exercise plan can help.',
    source: { id: 'nice-ng59', section: 'non-invasive treatments' },
  },
  {
    text: 'An anti-inflammatory painkiller such as ibuprofen may help for a short time — ask your pharmacist or clinician first, especially if you have stomach, kidney or heart problems.',
    source: { id: 'nice-ng59', section: 'pharmacological management' },
  },
] as const satisfies readonly { text: string; source: Citation }[];

/** Questions to ask a clinician, depending on whether imaging is recommended. */
export const questionsToAsk = {
  imaging: [
    'Which test — X-ray, CT or MRI — and why that one? Does it use radiation or a contrast dye?',
    'How will the result change my treatment?',
    'Is MRI safe with my implants or devices, my pregnancy or my kidney function?',
    'Who will explain the result to me, and when?',
    'Which new symptoms mean I should not wait for the appointment?',
    'Have I already had a scan that answers this question?',
  ],
  noImaging: [
    'What warning sign would make a scan useful now rather than later?',
    'What is likely to happen if we keep treating it for 4–6 weeks?',
    'If a scan later says "degeneration" or "bulging disc", how common is that in people my age without pain?',
    'Which new symptoms mean I should come back at once?',
    'What can I do myself to help the pain settle?',
  ],
  source: { id: 'choosing-wisely' },
} as const;

/** The disclaimer shown with every assessment. */
export const disclaimer =
  'This information helps you decide what to do next; it does not diagnose. In an emergency, call your local emergency number.';
