import type { Prevalence } from './asymptomatic-findings.js';
import type { Lang } from './languages.js';
import { type FindingType, findingTypes } from './report-vocabulary.js';
import { reportWordingEs } from './report-wording-es.js';

export type { Lang };

/** A finding type's name and explanation in one language. */
export interface FindingText {
  readonly label: string;
  readonly explanation: string;
}

/**
 * The words of a report reading around the findings' own explanations (report-vocabulary.ts): what
 * a negation, a doubt or a resolution means, how common a finding is without pain, and the summary.
 * Plain language, hedged: a reading explains a report, it never diagnoses.
 */
export interface ReportWording {
  /** Each finding type's name and explanation. */
  readonly findings: Readonly<Record<FindingType, FindingText>>;
  /** The report says the finding is absent. */
  readonly negated: string;
  /** The report says it is probably absent ("unlikely", "no definite"). */
  readonly probablyNot: string;
  /** The report says it was there before and has gone. */
  readonly resolved: string;
  /** The report hedges it. */
  readonly uncertain: string;
  /** How common it is without pain, in a sentence. */
  readonly prevalence: (p: Prevalence) => string;
  /** The same, short, inside a list. */
  readonly prevalenceShort: (p: Prevalence) => string;
  /** A finding's name at its level, marked possible when hedged. */
  readonly named: (label: string, level: string | null, possible: boolean) => string;
  readonly urgent: (names: readonly string[]) => string;
  readonly nothingUrgent: string;
  readonly common: (examples: readonly string[]) => string;
  readonly mayFit: (names: readonly string[]) => string;
  readonly nothingRecognised: string;
  readonly closing: string;
}

const percent = (p: Prevalence) => Math.round(p.share * 100);

/** English; the finding texts are the vocabulary's own. */
export const reportWordingEn: ReportWording = {
  findings: Object.fromEntries(
    Object.entries(findingTypes).map(([type, def]) => [type, { label: def.label, explanation: def.explanation }]),
  ) as Record<FindingType, FindingText>,
  negated: 'The report says this is not there.',
  probablyNot: 'The report says this is probably not there.',
  resolved: 'The report says this was seen before and has since gone (resolved): it is not there now.',
  uncertain: 'The report is not certain about this.',
  prevalence: (p) =>
    p.atLeast
      ? `At least ${percent(p)} in 100 people aged ${p.figureAge} without any back pain have this on a scan, and more at older ages.`
      : `About ${percent(p)} in 100 people aged ${p.figureAge} without any back pain have this on a scan.`,
  prevalenceShort: (p) =>
    p.atLeast
      ? `at least ${percent(p)} in 100 at age ${p.figureAge}, and more at older ages`
      : `about ${percent(p)} in 100 at age ${p.figureAge}`,
  named: (label, level, possible) => `${label}${level ? ` at ${level}` : ''}${possible ? ' (possible)' : ''}`,
  urgent: (names) =>
    `This report mentions something that needs action today: ${names.join('; ')}. Contact the clinician who ordered the scan today. If you have new problems with bladder or bowel control, numbness around your bottom or genitals, or leg weakness, go to an emergency department now.`,
  nothingUrgent: 'Nothing in this report needs urgent action.',
  common: (examples) =>
    `Several findings are common in people your age who have no back pain at all: ${examples.join(', ')}. On their own they do not explain pain or change treatment.`,
  mayFit: (names) =>
    `Some findings could fit your leg symptoms: ${names.join('; ')}. Only an examination can say whether they are the cause.`,
  nothingRecognised:
    'No specific findings were recognised in the text; ask the clinician who ordered the scan to go through it with you.',
  closing: 'This reading explains the words of the report; it does not replace the clinician who knows your symptoms.',
};

/** The wording of a reading in each language. */
export const reportWordings: Readonly<Record<Lang, ReportWording>> = { en: reportWordingEn, es: reportWordingEs };
