import type { Case, CaseField } from '../case.js';
import type { Tri } from '../logic.js';
import type { AdviceId } from './advice.js';
import type { ConditionId } from './conditions.js';
import type { PathwayId } from './pathways.js';
import type { ProcedureId } from './procedures.js';
import type { Citation } from './sources.js';
import type { Urgency } from './urgency.js';

/**
 * A rule: a small pure predicate over a case, the fields it reads, what it leads to, its source and
 * its reason in plain words. `when` answers true, false or unknown (three-valued logic); an unknown
 * answer puts the unanswered fields in `reads` into the assessment's `missing` list when it could
 * raise the urgency.
 */
export interface Rule<Id extends string = string> {
  readonly id: Id;
  /** Every case field `when` reads (a test checks this). */
  readonly reads: readonly CaseField[];
  /** The fields worth asking back when `when` is unknown, if not all of `reads`. */
  readonly asks?: readonly CaseField[];
  readonly when: (c: Case) => Tri;
  /**
   * A further condition assumed to hold while unknown (unknown is not no): false stops the rule;
   * unknown lets it fire and asks `asks` back, since the answer could change the advice.
   */
  readonly assumes?: { readonly when: (c: Case) => Tri; readonly asks: readonly CaseField[] };
  readonly urgency: Urgency;
  readonly pathway: PathwayId;
  readonly source: Citation;
  /** Why this matters, in plain language; completes "Your answers suggest …". */
  readonly reason: string;
}

/** A rule for the pathway without red flags. */
export interface BaselineRule<Id extends string = string> extends Rule<Id> {
  /** Holds only when no red flag or other baseline rule does ("no warning signs"). */
  readonly onlyWithoutOthers?: boolean;
}

/** A red flag: a rule that points to a serious condition. */
export interface RedFlag<Id extends string = string> extends Rule<Id> {
  readonly condition: ConditionId;
  /** Short label for lists: what was found. */
  readonly label: string;
}

/**
 * A modifier: adjusts the imaging plan for the person (pregnancy, kidney function, MRI not possible,
 * suspected tumour or infection). Applied in table order, after the pathway is chosen.
 */
export interface Modifier<Id extends string = string> {
  readonly id: Id;
  readonly reads: readonly CaseField[];
  readonly when: (c: Case, context: ModifierContext) => Tri;
  readonly apply: (plan: ImagingPlan, context: ModifierContext) => ImagingPlan;
  readonly source: Citation;
  /** What changed and why (an advice id); said in the next steps when it applies. */
  readonly note: AdviceId;
  /** More advice said with the note. */
  readonly also?: readonly AdviceId[];
}

/** What a modifier may look at besides the case. */
export interface ModifierContext {
  readonly suspected: ReadonlySet<ConditionId>;
  readonly pathway: PathwayId;
}

/** The imaging choice being built: first choice and acceptable alternatives. */
export interface ImagingPlan {
  readonly recommended: readonly ProcedureId[];
  readonly alternatives: readonly ProcedureId[];
}
