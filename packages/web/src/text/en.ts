import type { Urgency } from '@spine-advisor/engine';

/**
 * Every word the app shows, in English. A translation is another file of the same shape
 * (`Text`), chosen in text.ts; components never hold their own wording.
 */
export const en = {
  appName: 'spine-advisor',
  tagline: 'Does my back pain need a scan?',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main',
    home: 'Home',
    check: 'Check my back pain',
    scans: 'About scans',
    care: 'Find care',
    clinician: 'For clinicians',
  },
  disclaimer:
    'This tool gives information. It does not diagnose and does not replace a doctor. In an emergency, call your local emergency number.',
  privacy: 'Your answers stay on this device. Nothing is sent anywhere.',
  emergencyBox: {
    title: 'Go to an emergency department now if you have',
    items: [
      'numbness around your bottom, genitals or inner thighs',
      'new trouble passing urine, or leaking urine or stools',
      'new loss of feeling in your genitals or of sexual function',
      'weakness or pain spreading into both legs',
      'a high temperature and feel very unwell',
    ],
  },
  home: {
    title: 'Does my back pain need a scan?',
    intro:
      'Most back pain gets much better within a few weeks, and a scan usually does not help. A few warning signs mean you need care quickly. Answer a few short questions to find out what your pattern means and what to do now.',
    start: 'Start the questions',
    time: 'It takes about 3 minutes.',
    clinician: 'Clinicians: open the one-page clinician view',
    scans: 'What can X-ray, MRI and CT show?',
    care: 'Where to get good care for back pain',
  },
  questionnaire: {
    title: 'Your back pain',
    progress: (n: number, total: number) => `Question ${n} of about ${total}`,
    next: 'Next',
    back: 'Back',
    notSure: 'Not sure',
    required: 'Please choose an answer.',
    ageRequired: 'Please enter an age in years, from 0 to 120.',
    seeResult: 'See my result',
    startAgain: 'Start again',
  },
  interrupt: {
    title: 'Go to an emergency department now',
    call: 'Or call your local emergency number.',
    why: 'Why:',
    tell: 'Tell them about your back pain and the symptom you just told us about. Do not wait for a normal appointment.',
    continue: 'Show my full result',
  },
  result: {
    title: 'Your result',
    meaning: 'What this means',
    doNow: 'What to do now',
    watch: 'Get help at once if',
    comeBack: 'When to check again',
    comeBackIn: (weeks: number) =>
      `If your back is not clearly better in about ${weeks} week${weeks === 1 ? '' : 's'}, see a doctor or physiotherapist again.`,
    scanHelp: 'Will a scan help now?',
    noScanWhy:
      'A scan now is not likely to change what helps you. Scans of the lower back often show changes that are common in people your age who have no pain at all:',
    scanWhy: 'A scan is recommended. It can show what is pressing on the nerves or what is causing the pain.',
    findingLine: (label: string, perHundred: number, atLeast: boolean) =>
      `${label}: ${atLeast ? 'at least ' : 'about '}${perHundred} in 100 people your age without back pain`,
    findingsSource: 'Figures: Brinjikji et al., AJNR 2015 (people with no back pain).',
    firstChoice: 'First choice:',
    alternatives: 'Also acceptable:',
    scansTitle: 'What each scan can and cannot show',
    shows: 'Shows',
    misses: 'Does not show',
    radiation: 'Radiation',
    ask: 'Questions to ask your clinician',
    answers: 'Your answers',
    unsure: 'not sure',
    missing: 'Questions you were not sure about that could change this advice',
    sources: 'Sources',
    print: 'Print or save a one-page summary',
    printedOn: (date: string) => `Printed ${date}.`,
  },
  urgency: {
    emergency: { label: 'Emergency', icon: '!!!', meaning: 'You need to be seen today, in an emergency department.' },
    urgent: { label: 'Urgent', icon: '!!', meaning: 'You should be seen by a doctor within 24 to 48 hours.' },
    soon: { label: 'Soon', icon: '!', meaning: 'You should see a doctor within about a week.' },
    routine: { label: 'Routine', icon: '•', meaning: 'This is not urgent. Plan it at a normal appointment.' },
    none: {
      label: 'No scan needed now',
      icon: '✓',
      meaning: 'A scan is not needed now. Most back pain like this gets better with time and simple care.',
    },
  } satisfies Record<Urgency, { label: string; icon: string; meaning: string }>,
  scans: {
    title: 'What can X-ray, MRI and CT show?',
    intro:
      'Each kind of scan answers different questions. For most back pain, none of them is needed in the first weeks. When a scan is needed, the right one depends on what your doctor is looking for.',
  },
  care: {
    title: 'Find good care for back pain',
    filter: 'Show providers that offer',
    all: 'All services',
    count: (n: number) => `${n} provider${n === 1 ? '' : 's'}`,
    visit: 'Visit website',
    offers: 'Offers',
    loading: 'Loading the directory…',
    failed: 'The directory could not be loaded.',
    guideTitle: 'What makes a good back pain service',
    guide: [
      'It explains why a scan is or is not needed for you, instead of scanning everyone.',
      'It starts with active, non-surgical care (exercise, physiotherapy, advice) when that fits.',
      'It has a team: doctors, physiotherapists, and psychologists or pain specialists when needed.',
      'It has a clear, fast route for emergencies such as cauda equina syndrome, with MRI within hours.',
      'It tells you what to watch for and when to come back.',
    ],
    note: 'This list is general information, not a recommendation. A clinic can replace it with its own directory.',
  },
  clinician: {
    title: 'Clinician view',
    intro: 'Every case field; the assessment updates as you type. Blank means unknown.',
    unknown: 'unknown',
    yes: 'yes',
    no: 'no',
    result: 'Assessment',
    variant: 'ACR variant',
    noVariant: 'No ACR low back pain variant applies',
    ratings: 'ACR ratings',
    procedure: 'Procedure',
    category: 'Category',
    radiationLevel: 'Relative radiation',
    redFlags: 'Red flags',
    none: 'none',
    missing: 'Missing information that could change this',
    trace: 'Rules applied',
    chart: 'Text for the chart',
    copy: 'Copy',
    copied: 'Copied',
    invalid: 'Some fields are not valid:',
    suspects: 'Clinician suspects',
    loadedFromLink: 'Loaded from a link (for example a CDS Hooks card).',
  },
  notFound: { title: 'Page not found', back: 'Go to the start' },
  /** Patient questions, by case field; options by answer value. */
  questions: {
    age: { short: 'Age', text: 'How old are you?', hint: 'In years. We need this to give the right advice.' },
    durationWeeks: {
      short: 'Pain for',
      text: 'How long have you had this back pain?',
      options: {
        '0.5': 'Less than a week',
        '2': '1 to 4 weeks',
        '5': '4 to 6 weeks',
        '9': '6 to 12 weeks',
        '16': 'More than 12 weeks',
      },
    },
    saddleNumbness: {
      short: 'Saddle numbness',
      text: 'Is there numbness or a strange feeling around your bottom, genitals or inner thighs?',
      hint: 'The area that would touch a saddle.',
      options: { yes: 'Yes', no: 'No' },
    },
    bladder: {
      short: 'Bladder',
      text: 'Since the back pain started, have you had new trouble with passing urine (peeing)?',
      options: {
        normal: 'No, it is normal',
        'new-dysfunction': 'Yes, it is harder to start, feels different, or I leak',
        retention: 'Yes, I cannot pass urine at all',
      },
    },
    bowelIncontinence: {
      short: 'Bowel accidents',
      text: 'Have you had any new accidents with your bowels (poo)?',
      options: { yes: 'Yes', no: 'No' },
    },
    sexualDysfunction: {
      short: 'Genital numbness / sexual problem',
      text: 'Have you lost feeling in your genitals, or had a new problem with sex, since the pain started?',
      options: { yes: 'Yes', no: 'No' },
    },
    legPain: {
      short: 'Pain below the knee',
      text: 'Does pain go down your leg, below the knee?',
      options: { none: 'No', 'one-leg': 'Yes, in one leg', 'both-legs': 'Yes, in both legs' },
    },
    weakness: {
      short: 'Leg weakness',
      text: 'Is either leg weak? For example, your foot drags or your knee gives way.',
      options: { none: 'No', mild: 'A little weak', severe: 'Very weak' },
    },
    weaknessWorsening: {
      short: 'Weakness worsening',
      text: 'Is the weakness getting worse over hours or days?',
      options: { yes: 'Yes', no: 'No' },
    },
    gaitDisturbance: {
      short: 'Difficulty walking',
      text: 'Is walking newly difficult?',
      options: { yes: 'Yes', no: 'No' },
    },
    trauma: {
      short: 'Injury',
      text: 'Did the pain start after an injury?',
      options: {
        none: 'No',
        minor: 'Yes, a small one (a fall from standing, lifting)',
        major: 'Yes, a big one (a car crash, a fall from a height)',
      },
    },
    fever: {
      short: 'Fever',
      text: 'Do you have a fever (38 °C or more), or feel hot and shivery?',
      options: { yes: 'Yes', no: 'No' },
    },
    anticoagulant: {
      short: 'Blood thinner',
      text: 'Do you take a blood thinner such as warfarin, apixaban or rivaroxaban?',
      options: { yes: 'Yes', no: 'No' },
    },
    numbness: {
      short: 'Leg numbness',
      text: 'Do you have numbness or pins and needles in a leg?',
      options: { yes: 'Yes', no: 'No' },
    },
    cancerHistory: {
      short: 'Cancer',
      text: 'Have you ever had cancer?',
      options: { none: 'No', past: 'Yes, in the past', active: 'Yes, I have it now' },
    },
    ivDrugUse: {
      short: 'Injects drugs',
      text: 'Do you inject drugs?',
      hint: 'This is private and stays on this device.',
      options: { yes: 'Yes', no: 'No' },
    },
    immunosuppressed: {
      short: 'Weak immune system',
      text: 'Is your immune system weakened, for example by HIV, a transplant, chemotherapy or medicines that lower immunity?',
      options: { yes: 'Yes', no: 'No' },
    },
    recentInfection: {
      short: 'Recent infection',
      text: 'Have you had an infection in the last 3 months, for example in your blood, urine or skin?',
      options: { yes: 'Yes', no: 'No' },
    },
    recentSpinalProcedure: {
      short: 'Recent spinal procedure',
      text: 'Have you had back surgery, a spinal injection or an epidural in the last 3 months?',
      options: { yes: 'Yes', no: 'No' },
    },
    weightLoss: {
      short: 'Weight loss',
      text: 'Have you lost weight without trying?',
      options: { yes: 'Yes', no: 'No' },
    },
    nightPain: {
      short: 'Pain at rest or night',
      text: 'Is the pain there when you rest or at night, even when you lie down?',
      options: { yes: 'Yes', no: 'No' },
    },
    steroidUse: {
      short: 'Long-term steroids',
      text: 'Have you taken steroid tablets or injections (such as prednisolone) for 3 months or more?',
      options: { yes: 'Yes', no: 'No' },
    },
    osteoporosis: {
      short: 'Osteoporosis',
      text: 'Have you been told you have thin or fragile bones (osteoporosis)?',
      options: { yes: 'Yes', no: 'No' },
    },
    sex: { short: 'Sex', text: 'What is your sex?', options: { female: 'Female', male: 'Male', other: 'Other' } },
    priorLumbarSurgery: {
      short: 'Past back operation',
      text: 'Have you ever had an operation on your lower back?',
      options: { yes: 'Yes', no: 'No' },
    },
    inflammatoryPattern: {
      short: 'Inflammatory pattern',
      text: 'Did the pain start before age 45 and last more than 3 months, with stiffness that eases when you move and waking in the second half of the night?',
      options: { yes: 'Yes', no: 'No' },
    },
    conservativeCareWeeks: {
      short: 'Treatment so far',
      text: 'How long have you followed a treatment plan, such as exercise, physiotherapy or medicines?',
      options: { '0': 'I have not started', '2': 'Less than 6 weeks', '6': '6 weeks or more' },
    },
    response: {
      short: 'Response to treatment',
      text: 'Since starting that plan, is your pain…',
      options: { improving: 'Getting better', unchanged: 'About the same', worsening: 'Getting worse' },
    },
    interventionCandidate: {
      short: 'Injection or operation considered',
      text: 'Are you and your doctor thinking about an injection or an operation?',
      options: { yes: 'Yes', no: 'No' },
    },
    pregnant: { short: 'Pregnant', text: 'Are you pregnant, or could you be?', options: { yes: 'Yes', no: 'No' } },
    mriContraindicated: {
      short: 'Cannot have MRI',
      text: 'Is there a reason you cannot have an MRI, such as a pacemaker, metal in your body or severe fear of tight spaces?',
      options: { yes: 'Yes', no: 'No' },
    },
  },
};

/** The shape every translation must have. */
export type Text = typeof en;
