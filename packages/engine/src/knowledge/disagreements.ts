import type { RedFlagId } from './red-flags.js';
import type { Citation } from './sources.js';

/**
 * Where guidelines disagree and which reading the engine follows. The rule is: take the reading
 * that cannot under-triage, unless it would turn ordinary back pain into a scan for nearly everyone.
 */
export const disagreements = [
  {
    topic: 'Fracture risk: imaging now or after a trial of therapy',
    sources: [{ id: 'acr-lbp-2021', section: 'variant 6' }, { id: 'acp-2011' }],
    followed: 'acr-lbp-2021',
    why: 'ACP defers radiographs for compression-fracture risk until after a trial of therapy; ACR rates imaging usually appropriate at once. We follow ACR at `soon` (within a week): a missed fracture in fragile bone can collapse further.',
    rules: ['osteoporosis', 'prolonged-steroid-use', 'older-age', 'low-energy-trauma-fragile-bone'],
  },
  {
    topic: 'Which age counts as "elderly" for fracture',
    sources: [{ id: 'henschke-2009' }, { id: 'acp-2011' }],
    followed: 'acp-2011',
    why: 'Henschke found age over 70 informative; ACP uses over 65 for men and over 75 for women. We flag over 70 for everyone and over 65 for men, the lower bar of each.',
    rules: ['older-age'],
  },
  {
    topic: 'Low-velocity trauma in younger adults with healthy bone',
    sources: [{ id: 'acr-lbp-2021', section: 'variant 6' }, { id: 'ahcpr-1994' }, { id: 'henschke-2009' }],
    followed: 'ahcpr-1994',
    why: 'ACR variant 6 lists low-velocity trauma without qualification, but lifting strains start most ordinary back pain. AHCPR counts minor trauma when bones are likely fragile (older age, osteoporosis, steroids) and Henschke found only significant trauma informative. We flag minor trauma from age 50 or with fragile bone; any injury with new weakness is an emergency whatever the age.',
    rules: ['low-energy-trauma-fragile-bone', 'trauma-with-motor-deficit'],
  },
  {
    topic: 'First test for suspected spinal metastases',
    sources: [{ id: 'acp-2011' }, { id: 'nice-cg75' }, { id: 'acr-lbp-2021', section: 'variant 7' }],
    followed: 'acr-lbp-2021',
    why: 'ACP accepts radiography with ESR first; NICE says plain films must not be used to rule metastases out; ACR rates MRI usually appropriate. We recommend MRI and list radiography only as a may-be-appropriate rating.',
    rules: ['cancer-history', 'cancer-with-neurological-signs'],
  },
  {
    topic: 'Cancer history with pain that looks mechanical',
    sources: [{ id: 'downie-2013' }, { id: 'nice-cg75' }],
    followed: 'downie-2013',
    why: 'Scottish referral guidance allows clinical review instead of imaging when pain after cancer looks degenerative. A history of cancer is the one malignancy flag with real diagnostic weight (post-test probability about 7% in primary care), so any cancer history with new back pain leads to imaging within a week.',
    rules: ['cancer-history'],
  },
  {
    topic: 'Weaker malignancy flags (unexplained weight loss)',
    sources: [{ id: 'acp-2011' }, { id: 'henschke-2013' }, { id: 'choosing-wisely' }],
    followed: 'choosing-wisely',
    why: 'ACP defers imaging for weight loss until after a trial of therapy; NASS lists unintentional weight loss as a reason not to wait 6 weeks. We ask for review within a week.',
    rules: ['unexplained-weight-loss'],
  },
  {
    topic: 'Fever alone',
    sources: [{ id: 'acp-2011' }, { id: 'davis-2011' }, { id: 'ahcpr-1994' }],
    followed: 'davis-2011',
    why: 'ACP calls for immediate MRI only with fever plus a risk factor; AHCPR lists fever alone. Spinal infection is often missed (Davis 2004: 75% delayed), so fever alone leads to review within 24–48 hours with blood tests, and fever with a risk factor to MRI.',
    rules: ['fever', 'fever-with-infection-risk'],
  },
  {
    topic: 'Bilateral leg pain',
    sources: [{ id: 'bass-2018' }, { id: 'acp-2011' }],
    followed: 'bass-2018',
    why: 'ACP lists retention, faecal incontinence and saddle anaesthesia for CES; the UK standard adds bilateral radicular pain and sexual dysfunction. Single CES features are insensitive, so any of them leads to emergency imaging.',
    rules: ['bilateral-leg-pain', 'sexual-dysfunction'],
  },
  {
    topic: 'Time course: when bilateral leg pain or a deficit on an anticoagulant is a red flag',
    sources: [{ id: 'bass-2018' }, { id: 'girft-2023' }, { id: 'fedor-2011' }],
    followed: 'bass-2018',
    why: 'The red flags are about new or progressing symptoms: bilateral radicular pain of recent onset or sciatica becoming bilateral (BASS), a deficit that follows sudden pain within hours on an anticoagulant (Fedor). The GIRFT pathway asks for CES symptoms that arose within the past 2 weeks; no source gives a number for "recent", so we take 6 weeks (the point after which guidelines treat symptoms as established), the safer of the two. Long-standing symptoms known to be stable (leg symptoms not worsening, improving, or unchanged after care) do not fire; an unknown course keeps the rule firing and asks (knowledge/time-course.ts).',
    rules: ['bilateral-leg-pain', 'anticoagulant-with-neurological-deficit'],
  },
  {
    topic: 'Age alone against a more specific pathway',
    sources: [{ id: 'henschke-2009' }, { id: 'downie-2013' }, { id: 'acr-lbp-2021', section: 'variants 3, 5 and 6' }],
    followed: 'acr-lbp-2021',
    why: 'Older age opens ACR variant 6 (radiography first), but it is the weakest fracture flag. When prior surgery (variant 5), persisting symptoms in an intervention candidate (variant 3) or a progressive deficit also hold, that variant is more specific and its MRI shows a fracture too, so it decides the variant and the urgency; the age flag stays in the trace and `suspected` (knowledge/precedence.ts).',
    rules: ['older-age'],
  },
  {
    topic: 'Known aortic aneurysm with back pain',
    sources: [{ id: 'nice-ng156' }, { id: 'choosing-wisely' }],
    followed: 'nice-ng156',
    why: 'NICE NG156 asks clinicians to think of rupture with new back pain and collapse; the ASA Choosing Wisely item lists a known aortic aneurysm as a reason not to wait 6 weeks. Sudden severe pain or collapse is an emergency; a known aneurysm with ordinary back pain is urgent review by a doctor, not a spine scan.',
    rules: ['collapse-with-back-pain', 'aortic-aneurysm-with-sudden-severe-pain', 'aortic-aneurysm-with-back-pain'],
  },
  {
    topic: 'Fever during cancer treatment',
    sources: [{ id: 'nice-cg151' }, { id: 'davis-2011' }],
    followed: 'nice-cg151',
    why: 'Fever alone with back pain is urgent (24–48 hours) for spinal infection, but in someone with active cancer whose immune system is weakened (chemotherapy) it may be neutropenic sepsis, which NICE CG151 treats as an acute medical emergency needing immediate assessment in hospital: same day.',
    rules: ['fever-on-cancer-treatment'],
  },
  {
    topic: 'Acupuncture',
    sources: [{ id: 'acp-2017' }, { id: 'nice-ng59' }],
    followed: 'nice-ng59',
    why: 'ACP lists acupuncture as an option; NICE advises against it. The engine does not suggest it.',
    rules: [],
  },
] as const satisfies readonly {
  topic: string;
  sources: readonly Citation[];
  followed: Citation['id'];
  why: string;
  rules: readonly RedFlagId[];
}[];
