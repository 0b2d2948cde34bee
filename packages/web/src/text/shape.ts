import type { Case, CaseField, FindingType, Urgency } from '@spine-advisor/engine';
import type {
  CareChoice,
  ChoiceField,
  DurationChoice,
  LegSymptomChoice,
  ValueOf,
  YesNoField,
} from '../questionnaire/fields.js';

/** How a question reads: a short name (for the answer list), the question, and an optional hint. */
export interface Prompt {
  readonly short: string;
  readonly text: string;
  readonly hint?: string;
}

/** A question whose answers have their own labels, one per case value. */
export type PromptWithOptions<V extends string | number> = Prompt & { readonly options: Readonly<Record<V, string>> };

/**
 * The wording of every question, keyed by case field, with a label for every value the case schema
 * allows. Values come from the schema; a text file only labels them, so a typo cannot invent a value.
 */
export type QuestionsText = {
  readonly age: Prompt;
  readonly durationWeeks: PromptWithOptions<DurationChoice>;
  readonly conservativeCareWeeks: PromptWithOptions<CareChoice>;
  readonly legSymptomWeeks: PromptWithOptions<LegSymptomChoice>;
} & { readonly [F in ChoiceField]: PromptWithOptions<ValueOf<F>> } & { readonly [F in YesNoField]: Prompt };

/** Labels for each kind of report finding. */
export type FindingLabels = Readonly<Record<FindingType, string>>;

/** The urgency in words, with an icon that never stands alone. */
export type UrgencyText = Readonly<Record<Urgency, { label: string; icon: string; meaning: string }>>;

/** A case field whose value is one of a few words (the case's enums). */
export type EnumField = { [F in CaseField]-?: NonNullable<Case[F]> extends string ? F : never }[CaseField];

/** Every value of every enum field in words, for the clinician form (the value itself never changes). */
export type CaseValueLabels = { readonly [F in EnumField]: Readonly<Record<ValueOf<F>, string>> };

/** How common a finding is without back pain, ready to read: a share out of 100, or a floor past the figures. */
export interface PrevalenceWords {
  /** The share out of 100, written in the page's language. */
  readonly perHundred: string;
  /** True when the figure is a floor: the person is older than the last confirmed figure. */
  readonly atLeast: boolean;
  /** The age the figure is for, written in the page's language (the person's age unless `atLeast`). */
  readonly figureAge: string;
}
