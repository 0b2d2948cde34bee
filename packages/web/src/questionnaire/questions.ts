import { type Assessment, type Case, type CaseField, CaseSchema, type Parsed, parseCase } from '@spine-advisor/engine';
import type { Text } from '../text/en.js';
import type { Prompt } from '../text/shape.js';
import { type AskedField, askedFields, careChoices, durationChoices, legSymptomChoices } from './fields.js';

/** A patient answer: a case value, or "not sure" (which means unknown, never no). */
export type Answer = string | number | boolean | 'unsure';

/** What the person has answered so far, by field. */
export type Answers = Partial<Record<CaseField, Answer>>;

/** A case value a person can pick. */
export type OptionValue = string | number | boolean;

/** One question: the case field it fills and the case values offered, taken from the case schema. */
export type Question =
  | { readonly field: 'age'; readonly kind: 'age' }
  | {
      readonly field: CaseField;
      readonly kind: 'choice';
      readonly options: readonly OptionValue[];
      /** The engine's own wording, for a field this app has no text for. */
      readonly prompt?: string;
    };

/** The schema of an optional case field, without the "optional" wrapper. */
function innerSchema(field: Exclude<CaseField, 'age' | 'durationWeeks'>) {
  return CaseSchema.shape[field].unwrap();
}

/** Yes/no answers: "yes" first. */
const yesNo = [true, false] as const;

function questionFor(field: AskedField): Question {
  switch (field) {
    case 'age':
      return { field, kind: 'age' };
    case 'durationWeeks':
      return { field, kind: 'choice', options: durationChoices };
    case 'conservativeCareWeeks':
      return { field, kind: 'choice', options: careChoices };
    case 'legSymptomWeeks':
      return { field, kind: 'choice', options: legSymptomChoices };
    default: {
      const inner = innerSchema(field);
      return { field, kind: 'choice', options: 'options' in inner ? inner.options : yesNo };
    }
  }
}

/**
 * The questions in the order they are asked: age and duration, then every emergency sign, then the
 * rest. Which ones are asked is decided by the engine: only those whose answer could still change
 * the result (its `missing` list).
 */
export const questions: readonly Question[] = askedFields.map(questionFor);

/** The ages the case schema accepts, for every age box in the app. */
export const ageLimits = { min: CaseSchema.shape.age.minValue ?? 0, max: CaseSchema.shape.age.maxValue ?? 130 };

/** Whether `value` (as typed) is an age the case schema accepts. */
export function validAge(value: string): number | undefined {
  const age = Number(value);
  return value.trim() !== '' && Number.isInteger(age) && age >= ageLimits.min && age <= ageLimits.max ? age : undefined;
}

/**
 * A yes/no question for a field the engine asks about but this app has no text for (a field added
 * to the engine later), worded by the engine. Other kinds of field are left to the clinician view.
 */
export function engineQuestion(missing: Assessment['missing'][number]): Question | undefined {
  if (askedFields.some((f) => f === missing.field) || missing.field === 'age' || missing.field === 'durationWeeks') {
    return undefined;
  }
  const inner = innerSchema(missing.field);
  return 'options' in inner || inner.type !== 'boolean'
    ? undefined
    : { field: missing.field, kind: 'choice', options: yesNo, prompt: missing.question };
}

/** The wording of a question in `text` (the engine's own wording for fields the app has no text for). */
export function promptOf(text: Text, q: Question): Prompt {
  const own = askedFields.find((f) => f === q.field);
  if (own) return text.questions[own];
  const engineWording = q.kind === 'choice' && q.prompt ? q.prompt : q.field;
  return { short: engineWording, text: engineWording };
}

/** The label of one answer to a question, in `text`. */
export function optionLabel(text: Text, field: CaseField, value: OptionValue): string {
  if (typeof value === 'boolean') return value ? text.questionnaire.yes : text.questionnaire.no;
  const own = askedFields.find((f) => f === field);
  const prompt: (Prompt & { readonly options?: Readonly<Record<string, string>> }) | undefined = own
    ? text.questions[own]
    : undefined;
  return prompt?.options?.[String(value)] ?? String(value);
}

/** Weeks of pain assumed when the person is not sure: recent pain (under 4 weeks), the usual case. */
const unsureDurationWeeks = 1;

/**
 * The case the answers describe, checked by the case schema: "not sure" leaves a field out
 * (unknown, never no). Undefined until the age is known.
 */
export function caseFrom(answers: Answers): Parsed<Case> | undefined {
  if (typeof answers.age !== 'number') return undefined;
  const input: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(answers))
    if (value !== 'unsure' && value !== undefined) input[field] = value;
  const duration = typeof input.durationWeeks === 'number' ? input.durationWeeks : unsureDurationWeeks;
  input.durationWeeks = duration;
  // Care cannot last longer than the pain (the schema rejects it), and leg symptoms are read as no
  // older than the back pain: the shorter answer wins (a more recent onset is the safer reading).
  for (const field of ['conservativeCareWeeks', 'legSymptomWeeks'] as const) {
    const weeks = input[field];
    if (typeof weeks === 'number') input[field] = Math.min(weeks, duration);
  }
  return parseCase(input);
}

/**
 * The questions still to ask, in order: age and duration first, then those whose answer could still
 * change the result, by the engine's own `missing` list.
 */
export function questionsToAsk(answers: Answers, assessment: Assessment | undefined): Question[] {
  const [, duration, ...rest] = questions;
  if (answers.age === undefined || !assessment) return [...questions];
  const missing = new Set(assessment.missing.map((m) => m.field));
  const pending = rest.filter((q) => missing.has(q.field) && answers[q.field] === undefined);
  const extra = assessment.missing
    .filter((m) => answers[m.field] === undefined)
    .flatMap((m) => engineQuestion(m) ?? []);
  const all = [...pending, ...extra];
  return answers.durationWeeks === undefined && duration ? [duration, ...all] : all;
}
