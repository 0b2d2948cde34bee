import type { Support, WeekInWindow } from '@spine-advisor/audit/browser';
// The audit report's own words for the ids both show (strata, funnel steps, reasons, judgements).
import { labelsEn } from '@spine-advisor/audit/labels';
import { type CaseField, type Category, fieldGroups, fieldLabels } from '@spine-advisor/engine';
import type { FieldGroupId } from '../clinician/field-groups.js';
import { formatNumber, plural } from './format.js';
import type { CaseValueLabels, FindingLabels, PrevalenceWords, QuestionsText, UrgencyText } from './shape.js';
import { mapTable } from './table.js';

/**
 * Every word the app shows, in English. A translation is another file of the same shape (`Text`),
 * loaded on demand (lang.ts); components never hold their own wording. Numbers and dates are
 * formatted by the components through Intl (format.ts).
 */
export const en = {
  appName: 'spine-advisor',
  tagline: 'Does my back pain need a scan?',
  skipToContent: 'Skip to main content',
  language: { label: 'Language', loading: 'Loading…' },
  nav: {
    label: 'Main',
    home: 'Home',
    check: 'Check my back pain',
    report: 'Read my scan report',
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
    report: 'Already had a scan? Have the report explained',
  },
  report: {
    title: 'Understand your scan report',
    intro:
      'Paste the written report of a lower-back MRI, CT or X-ray. Each finding is explained in plain words, with how common it is in people your age who have no back pain, and anything that needs action today comes first.',
    private: 'The report stays in your browser. Nothing is sent anywhere.',
    textLabel: 'Your scan report',
    ageLabel: 'Your age (years)',
    submit: 'Explain my report',
    needText: 'Please paste the report text.',
    needAge: 'Please enter your age in years.',
    urgentTitle: 'Something in this report needs action today',
    findings: 'Each finding, in the order of the report',
    none: 'No findings were recognised in this text. Ask the clinician who ordered the scan to go through it with you.',
    absent: 'not present',
    possible: 'possible',
    urgent: 'needs action today',
    withoutPain: (p: PrevalenceWords) =>
      p.atLeast
        ? `at least ${p.perHundred} in 100 people aged ${p.figureAge} without back pain have this, and more at older ages`
        : `about ${p.perHundred} in 100 people your age without back pain have this`,
    /** How a finding may relate to the person's symptoms, when the reading was given their case. */
    fit: {
      'may-fit-symptoms': 'may fit your symptoms',
      'likely-incidental': 'likely not the cause of your symptoms',
    },
    where: 'Where',
    quote: 'The report says',
  },
  findingLabels: {
    'cauda-equina-compression': 'Pressure on the nerve bundle (cauda equina)',
    'cord-compression': 'Pressure on the spinal cord',
    'epidural-abscess': 'Abscess (infection) near the nerves',
    'epidural-hematoma': 'Bleeding near the nerves',
    'discitis-osteomyelitis': 'Infection of a disc or bone',
    mass: 'Possible growth (mass or lesion)',
    'compression-fracture': 'Broken or squashed vertebra',
    'disc-sequestration': 'Free piece of disc',
    'disc-extrusion': 'Disc extrusion',
    'disc-protrusion': 'Disc protrusion',
    'disc-bulge': 'Disc bulge',
    'annular-fissure': 'Small split in the disc wall (annular fissure)',
    'disc-signal-loss': 'Dried-out disc (signal loss)',
    'disc-height-loss': 'Thinner disc (height loss)',
    'disc-degeneration': 'Disc wear (degeneration)',
    'facet-arthropathy': 'Wear of the small spine joints (facets)',
    spondylolisthesis: 'Vertebra slipped forward or back',
    spondylolysis: 'Crack in the back of a vertebra (pars)',
    'lateral-recess-stenosis': 'Narrowed side channel (lateral recess)',
    'foraminal-stenosis': 'Narrowed nerve exit (foramen)',
    'central-stenosis': 'Narrowed main channel (central stenosis)',
    'nerve-root-compression': 'Nerve root touched or pressed',
    'modic-change': 'Bone changes next to a disc (Modic)',
    'schmorl-node': 'Schmorl node',
    hemangioma: 'Haemangioma (harmless blood-vessel spot)',
    'synovial-cyst': 'Fluid sac from a joint (synovial cyst)',
    'tarlov-cyst': 'Fluid sac around a nerve (Tarlov cyst)',
    'postoperative-change': 'Changes from an earlier operation',
  } satisfies FindingLabels,
  questionnaire: {
    title: 'Your back pain',
    progress: (n: string, total: string) => `Question ${n} of about ${total}`,
    next: 'Next',
    back: 'Back',
    notSure: 'Not sure',
    required: 'Please choose an answer.',
    ageRequired: (min: string, max: string) => `Please enter an age in whole years, from ${min} to ${max}.`,
    yes: 'Yes',
    no: 'No',
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
    comeBackIn: (weeks: number, shown: string) =>
      `If your back is not clearly better in about ${shown} ${plural('en', weeks, { one: 'week', other: 'weeks' })}, see a doctor or physiotherapist again.`,
    scanHelp: 'Will a scan help now?',
    noScanWhy:
      'A scan now is not likely to change what helps you. Scans of the lower back often show changes that are common in people your age who have no pain at all:',
    scanWhy: 'A scan is recommended. It can show what is pressing on the nerves or what is causing the pain.',
    findingLine: (label: string, p: PrevalenceWords) =>
      p.atLeast
        ? `${label}: at least ${p.perHundred} in 100 people aged ${p.figureAge} without back pain, and more at older ages`
        : `${label}: about ${p.perHundred} in 100 people your age without back pain`,
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
    or: ' or ',
    findCare: 'Find places near you that offer this care',
    emergencyRoute: 'What to do in an emergency, where you are',
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
  } satisfies UrgencyText,
  scans: {
    title: 'What can X-ray, MRI and CT show?',
    intro:
      'Each kind of scan answers different questions. For most back pain, none of them is needed in the first weeks. When a scan is needed, the right one depends on what your doctor is looking for.',
  },
  care: {
    title: 'Find good care for back pain',
    filter: 'Show providers that offer',
    all: 'All services',
    count: (n: number, shown: string) => `${shown} ${plural('en', n, { one: 'provider', other: 'providers' })}`,
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
    searchTitle: 'Care near you',
    searchLabel: 'US ZIP code or city, or UK postcode',
    searchHint: 'For example 55905, Boston MA, or SW1A 1AA.',
    searchButton: 'Search',
    searchPrivate: 'Your search stays on this device. It is not sent anywhere.',
    searching: 'Looking up the place…',
    notFound: (query: string) =>
      `We could not find “${query}”. Try a 5-digit US ZIP code, a city and state (Boston MA), or a UK postcode.`,
    nearest: (place: string, n: number, shown: string) =>
      `${shown} ${plural('en', n, { one: 'place', other: 'places' })} near ${place}, nearest first.`,
    distance: (d: string) => `${d} away (straight line)`,
    phone: 'Phone',
    source: (date: string) => `Checked ${date}`,
    ukTitle: 'In the UK: how to get care from the NHS',
    forNeed: (services: string) => `Showing places that offer: ${services}.`,
    showAll: 'Show all services',
    emergencyTitle: 'This is an emergency: do not look for a clinic',
    emergencyUs: 'In the United States',
    emergencyUk: 'In the United Kingdom',
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
    /** Shown instead of errors while the two fields every assessment needs are empty. */
    needAgeAndDuration: 'Enter the age and how long the pain has lasted to see the assessment.',
    errors: {
      required: 'required',
      atMost: (n: string) => `at most ${n}`,
      atLeast: (n: string) => `at least ${n}`,
      wholeNumber: 'a whole number',
      together: (other: string) => `cannot be true together with “${other}”`,
      invalid: 'not a valid value',
    },
    loadedFromLink: 'Loaded from a link (for example a CDS Hooks card).',
    linkUnreadable: 'The link could not be read, so the form starts empty.',
    firstChoice: 'first choice',
    noRadiation: 'none',
    categories: {
      'usually-appropriate': 'usually appropriate',
      'may-be-appropriate': 'may be appropriate',
      'usually-not-appropriate': 'usually not appropriate',
    } satisfies Record<Category, string>,
    /** Field groups and case fields in words: the engine's own labels (knowledge/field-labels.ts). */
    groups: { ...mapTable(fieldGroups, (g): string => g.label), other: 'Other' } satisfies Record<FieldGroupId, string>,
    fields: mapTable(fieldLabels, (f): string => f.label) satisfies Record<CaseField, string>,
    /** A rule that reads no field but the conditions already suspected (the engine's trace says so). */
    suspectedConditions: 'suspected conditions',
    /** The values of the case's enum fields in words. */
    values: {
      sex: { female: 'female', male: 'male', other: 'other' },
      trauma: { none: 'none', minor: 'minor (low energy)', major: 'major (high energy)' },
      legPain: { none: 'none', 'one-leg': 'one leg', 'both-legs': 'both legs' },
      weakness: { none: 'none', mild: 'mild', severe: 'severe' },
      bladder: { normal: 'normal', 'new-dysfunction': 'new dysfunction', retention: 'retention' },
      cancerHistory: { none: 'none', past: 'in the past', active: 'active' },
      response: { improving: 'improving', unchanged: 'unchanged', worsening: 'worsening' },
    } satisfies CaseValueLabels,
    chartLines: {
      title: (version: string) => `Low back pain imaging assessment (spine-advisor, knowledge ${version})`,
      urgency: (label: string, headline: string) => `Urgency: ${label}. ${headline}`,
      variant: (variant: string, first: string) => `ACR LBP 2021 variant: ${variant}. First choice: ${first}.`,
      redFlags: (flags: string) => `Red flags: ${flags}.`,
      notDocumented: (fields: string) => `Not documented: ${fields}.`,
      rules: (rules: string) => `Rules: ${rules}.`,
      reassess: (weeks: string) => `Reassess in ${weeks} weeks if not improving.`,
      none: 'none',
      noImaging: 'no imaging now',
      noneDocumented: 'none documented',
      nothingRelevant: 'nothing relevant',
    },
  },
  /** The audit page (#/audit): a population audit result opened from disk, for quality teams. */
  audit: {
    title: 'Imaging audit results',
    footerLink: 'For quality teams: open an imaging audit result',
    intro:
      'Open the result file of a population audit (made with spine-advisor audit --json) to see its rate, funnel, exclusions and the judgement of each scan, with tables you can sort and filter.',
    private: 'The file is read by this browser on this device. Nothing is uploaded or sent anywhere.',
    fileLabel: 'Audit result file (JSON)',
    drop: 'Or drop the file on this box.',
    reading: 'Reading the file…',
    shown: (file: string, year: number) => `Showing ${file}, measurement year ${year}.`,
    meta: (resources: string, files: string, invalid: string) =>
      `Resources read: ${resources}, from files: ${files}. Bad lines skipped: ${invalid}.`,
    versions: (knowledge: string, valueSets: string) =>
      valueSets ? `Engine knowledge ${knowledge}; code lists ${valueSets}.` : `Engine knowledge ${knowledge}.`,
    knowledgeDiffers: (theirs: string, ours: string) =>
      `This result was judged with knowledge ${theirs}; this app has ${ours}. The judgements are shown as the file has them.`,
    measureNote:
      'The measure is modelled on HEDIS “Use of Imaging Studies for Low Back Pain”; it is not NCQA-certified.',
    error: {
      title: 'This file cannot be shown',
      notJson: (file: string) => `${file} is not a JSON file.`,
      notResult: (file: string) => `${file} is not an audit result from spine-advisor audit --json.`,
      version: (file: string, version: string) =>
        `${file} has schema version ${version}. This page reads version 1 results.`,
      invalid: (file: string) => `${file} is not a valid audit result:`,
      missing: (path: string) => `${path} is missing.`,
      wrongType: (path: string, expected: string) => `${path} should be ${expected}.`,
      notAllowed: (path: string) => `${path} has a value that is not allowed here.`,
      more: (n: number) => `…and ${n} more ${plural('en', n, { one: 'problem', other: 'problems' })}.`,
      types: {
        number: 'a number',
        integer: 'a whole number',
        string: 'text',
        boolean: 'true or false',
        array: 'a list',
        object: 'an object',
        other: 'another kind of value',
      },
      whole: 'The file',
    },
    table: {
      rowsShown: (shown: number, of: number) => `Rows 1 to ${formatNumber('en', shown)} of ${formatNumber('en', of)}.`,
      showMore: (n: number) => `Show ${formatNumber('en', n)} more`,
    },
    sections: {
      rate: 'The rate',
      funnel: 'From diagnosis to imaging',
      exclusions: 'Exclusions',
      weeks: 'When imaging happened',
      support: 'Was each scan supported?',
      missing: 'Facts most often missing',
      studies: 'Imaging studies',
      notes: 'How to read this',
    },
    key: {
      rate: 'Rate (total)',
      denominator: 'Denominator',
      numerator: 'Imaged within 28 days',
      studies: 'Studies judged',
    },
    strata: {
      ...labelsEn.strataTable,
      names: labelsEn.strata,
      chart: 'Rate per age stratum',
      noDenominator: 'no one in the denominator',
    },
    funnel: {
      caption: 'Patients at each step',
      step: 'Step',
      patients: 'Patients',
      steps: labelsEn.funnel,
    },
    exclusions: {
      caption: 'Patients per exclusion reason (a patient counts once per reason)',
      reason: 'Reason',
      patients: 'Patients',
      none: 'No patient was excluded.',
      reasons: labelsEn.reasons,
    },
    weeks: {
      caption: 'Lumbar imaging by week after the index visit (week 0 = days 0–6)',
      week: 'Week after index visit',
      studies: 'Studies',
      window: 'In the 28-day window',
      windowValues: { yes: 'yes', 'day-28': 'day 28 only', no: 'no' } satisfies Record<WeekInWindow, string>,
      weekName: (week: string) => `Week ${week}`,
      none: 'No lumbar imaging of eligible patients.',
    },
    support: {
      intro:
        'For every lumbar imaging study of an eligible patient, the engine judged the case built from what the record documented by the day of the study.',
      values: labelsEn.support,
      meaning: {
        supported: 'the engine rates imaging as indicated now',
        'not-supported': 'it rates imaging not indicated now',
        undetermined: 'it cannot rate: the age or the onset of the pain was not documented',
      } satisfies Record<Support, string>,
      studies: 'Studies',
      byModality: 'By modality',
      bySite: 'By site',
      byPractitioner: 'By ordering practitioner',
      modality: 'Modality',
      site: 'Site',
      practitioner: 'Practitioner',
      all: 'All judged studies',
      studiesColumn: 'List',
      show: 'Show these studies',
      none: 'No studies.',
    },
    missing: {
      caption: 'Facts most often missing from not-supported and undetermined studies',
      field: 'Fact',
      studies: 'Studies lacking it',
      none: 'No fact was missing.',
    },
    studies: {
      intro:
        'Each study with the facts the engine read and what the record lacked. Filter the list, or sort it by a column.',
      filters: 'Filter studies',
      support: 'Judgement',
      modality: 'Modality',
      site: 'Site',
      practitioner: 'Practitioner',
      search: 'Patient or study contains',
      any: 'Any',
      noSite: 'Not named',
      count: (matching: number, total: number) =>
        `${formatNumber('en', matching)} of ${formatNumber('en', total)} ${plural('en', total, { one: 'study', other: 'studies' })} match.`,
      caption: 'Imaging studies, with the facts behind each judgement',
      patient: 'Patient and study',
      date: 'Date',
      procedure: 'Procedure',
      days: 'Days after index visit',
      facts: 'Facts documented',
      notDocumented: 'Not documented',
      noneFound: 'No study matches these filters.',
      moreMissing: (n: number) => `and ${n} more`,
    },
    notes: [
      'Rate = 1 − numerator / denominator: the share of patients not imaged within 28 days of the index visit. Higher is better.',
      'FHIR data approximates the claims-based definition: the principal diagnosis, continuous enrolment and lab claims are approximated from what the export holds.',
      'A judgement uses only resources dated on or before the study day.',
    ],
  },
  notFound: { title: 'Page not found', back: 'Go to the start' },
  /** Patient questions, by case field; options labelled by case value (shape.ts). */
  questions: {
    age: { short: 'Age', text: 'How old are you?', hint: 'In years. We need this to give the right advice.' },
    durationWeeks: {
      short: 'Pain for',
      text: 'How long have you had this back pain?',
      options: {
        0.5: 'Less than a week',
        2: '1 to 4 weeks',
        5: '4 to 6 weeks',
        9: '6 to 12 weeks',
        16: 'More than 12 weeks',
      },
    },
    saddleNumbness: {
      short: 'Saddle numbness',
      text: 'Is there numbness or a strange feeling around your bottom, genitals or inner thighs?',
      hint: 'The area that would touch a saddle.',
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
    },
    sexualDysfunction: {
      short: 'Genital numbness / sexual problem',
      text: 'Have you lost feeling in your genitals, or had a new problem with sex, since the pain started?',
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
    },
    legSymptomWeeks: {
      short: 'Leg symptoms like this for',
      text: 'How long have your leg symptoms been the way they are now?',
      hint: 'Leg symptoms are pain below the knee, numbness or weakness. If the pain is in both legs, count from when it reached the second leg.',
      options: {
        0.5: 'Less than a week',
        3: '1 to 6 weeks',
        9: '6 weeks to 3 months',
        16: 'More than 3 months',
      },
    },
    legSymptomsWorsening: {
      short: 'Leg symptoms new or worse',
      text: 'In the past 2 weeks, have your leg symptoms started, spread or got worse?',
      hint: 'For example, pain that was in one leg is now in both.',
    },
    gaitDisturbance: {
      short: 'Difficulty walking',
      text: 'Is walking newly difficult?',
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
    },
    anticoagulant: {
      short: 'Blood thinner',
      text: 'Do you take a blood thinner such as warfarin, apixaban or rivaroxaban?',
    },
    collapse: {
      short: 'Fainted or collapsed',
      text: 'Have you fainted, collapsed or nearly collapsed with this pain?',
    },
    aorticAneurysm: {
      short: 'Aortic aneurysm',
      text: 'Have you been told you have a bulge in the main blood vessel in your belly (an aortic aneurysm)?',
    },
    suddenSeverePain: {
      short: 'Sudden severe pain',
      text: 'In the past few days, did the pain start or get much worse suddenly and severely?',
    },
    numbness: {
      short: 'Leg numbness',
      text: 'Do you have numbness or pins and needles in a leg?',
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
    },
    immunosuppressed: {
      short: 'Weak immune system',
      text: 'Is your immune system weakened, for example by HIV, a transplant, chemotherapy or medicines that lower immunity?',
    },
    recentInfection: {
      short: 'Recent infection',
      text: 'Have you had an infection in the last 3 months, for example in your blood, urine or skin?',
    },
    recentSpinalProcedure: {
      short: 'Recent spinal procedure',
      text: 'Have you had back surgery, a spinal injection or an epidural in the last 3 months?',
    },
    weightLoss: {
      short: 'Weight loss',
      text: 'Have you lost weight without trying?',
    },
    nightPain: {
      short: 'Pain at rest or night',
      text: 'Is the pain there when you rest or at night, even when you lie down?',
    },
    steroidUse: {
      short: 'Long-term steroids',
      text: 'Have you taken steroid tablets or injections (such as prednisolone) for 3 months or more?',
    },
    osteoporosis: {
      short: 'Osteoporosis',
      text: 'Have you been told you have thin or fragile bones (osteoporosis)?',
    },
    sex: { short: 'Sex', text: 'What is your sex?', options: { female: 'Female', male: 'Male', other: 'Other' } },
    priorLumbarSurgery: {
      short: 'Past back operation',
      text: 'Have you ever had an operation on your lower back?',
    },
    inflammatoryPattern: {
      short: 'Inflammatory pattern',
      text: 'Did the pain start before age 45 and last more than 3 months, with stiffness that eases when you move and waking in the second half of the night?',
    },
    conservativeCareWeeks: {
      short: 'Treatment so far',
      text: 'How long have you followed a treatment plan, such as exercise, physiotherapy or medicines?',
      options: { 0: 'I have not started', 2: 'Less than 6 weeks', 6: '6 weeks or more' },
    },
    response: {
      short: 'Response to treatment',
      text: 'Since starting that plan, is your pain…',
      options: { improving: 'Getting better', unchanged: 'About the same', worsening: 'Getting worse' },
    },
    interventionCandidate: {
      short: 'Injection or operation considered',
      text: 'Are you and your doctor thinking about an injection or an operation?',
    },
    pregnant: { short: 'Pregnant', text: 'Are you pregnant, or could you be?' },
    mriContraindicated: {
      short: 'Cannot have MRI',
      text: 'Is there a reason you cannot have an MRI, such as a pacemaker, metal in your body or severe fear of tight spaces?',
    },
  } satisfies QuestionsText,
};

/** The shape every translation must have. */
export type Text = typeof en;
