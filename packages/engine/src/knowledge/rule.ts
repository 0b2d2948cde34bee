import type { Case, CaseField } from '../case.js';
import type { Tri } from '../logic.js';
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
  readonly when: (c: Case) => Tri;
  readonly urgency: Urgency;
  readonly pathway: PathwayId;
  readonly source: Citation;
  /** Why this matters, in plain language; completes "Your answers suggest …". */
  readonly reason: string;
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
  /** What changed and why, in plain language; shown in the next steps when it applies. */
  readonly note: string;
  /** Why the question matters while unanswered ("If …, …"); shown in `missing`. */
  readonly ifYes: string;
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
