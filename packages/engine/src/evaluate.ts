import type { Assessment, TraceEntry } from './assessment.js';
import type { Case, CaseField } from './case.js';
import { categoryOf } from './knowledge/acr-variants.js';
import type { AdviceId } from './knowledge/advice.js';
import { type ConditionId, conditionIds } from './knowledge/conditions.js';
import { knowledge as defaultKnowledge, type Knowledge } from './knowledge/index.js';
import type { Pathway, PathwayId } from './knowledge/pathways.js';
import { procedureIds, procedures } from './knowledge/procedures.js';
import { type AskedField, ruledOut } from './knowledge/questions.js';
import type { RedFlagId } from './knowledge/red-flags.js';
import type { BaselineRule, ImagingPlan, Modifier, ModifierContext, Rule } from './knowledge/rule.js';
import type { Citation, SourceId } from './knowledge/sources.js';
import type { RuleId } from './knowledge/text.js';
import { isMoreUrgent, type Urgency } from './knowledge/urgency.js';
import type { Tri } from './logic.js';

/** A rule threw: a bug in the knowledge base, reported with the rule and knowledge version. */
export class RuleError extends Error {
  override readonly name = 'RuleError';
  readonly rule: string;
  readonly knowledgeVersion: string;
  constructor(rule: string, knowledgeVersion: string, cause: unknown) {
    super(
      `rule ${rule} (knowledge ${knowledgeVersion}) threw: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.rule = rule;
    this.knowledgeVersion = knowledgeVersion;
  }
}

/**
 * Assess a validated case against a knowledge base. Pure and deterministic: the same case and
 * knowledge always give the same assessment, with a trace of every rule that fired.
 */
export function evaluate(input: Case, kb: Knowledge = defaultKnowledge): Assessment {
  const trace: TraceEntry[] = [];
  const unknownRules: Rule[] = [];
  const missing = new Map<CaseField, Assessment['missing'][number]>();

  // 0. Doubtful combinations: read the safer way, reported, and asked again.
  const { c, conflicts } = reconcile(input, kb, missing);
  const inScope = c.age >= kb.scope.minimumAge;
  if (!inScope) trace.push(entry(kb.scope.id, because(kb.scope.reads, c), kb.scope.source));

  // 1. Red flags: every one is evaluated, so the trace and `missing` are complete.
  const fired: Rule[] = [];
  const assumed: Rule[] = [];
  const firedFlags: Assessment['redFlags'] = [];
  const suspectedSet = new Set<ConditionId>();
  for (const flag of kb.redFlags) {
    let result = check(flag, c, kb.version);
    if (result === true && flag.assumes !== undefined) {
      const { when } = flag.assumes;
      const assumption = guarded(flag.id, kb.version, () => when(c));
      if (assumption === false) result = false;
      else if (assumption === null) assumed.push(flag);
    }
    if (result === true) {
      fired.push(flag);
      firedFlags.push({ id: flag.id, condition: flag.condition, label: kb.text.labels[flag.id as RedFlagId] });
      suspectedSet.add(flag.condition);
      trace.push(entry(flag.id, because(flag.reads, c), flag.source));
    } else if (result === null) {
      unknownRules.push(flag);
    }
  }

  // 2. Pathways without a red flag: each that holds is shown; "no warning signs" only when nothing else holds.
  const held: BaselineRule[] = [];
  for (const rule of kb.baselineRules as readonly BaselineRule[]) {
    if (rule.onlyWithoutOthers && (fired.length > 0 || held.length > 0)) continue;
    const result = check(rule, c, kb.version);
    if (result === true) {
      held.push(rule);
      trace.push(entry(rule.id, because(rule.reads, c), rule.source));
    } else if (result === null) unknownRules.push(rule);
  }
  const decider = decide(kb, fired, held);
  if (decider === undefined) throw new RuleError('baseline', kb.version, new Error('no baseline rule held'));

  const urgency: Urgency = decider.urgency;
  const pathwayId: PathwayId = decider.pathway;
  const pathway: Pathway = kb.pathways[pathwayId];
  const suspected = conditionIds.filter((id) => suspectedSet.has(id));

  // 3. Fit the imaging to the person.
  let plan: ImagingPlan = { recommended: pathway.recommended, alternatives: pathway.alternatives };
  const notes: AdviceId[] = [];
  /** Ask a field back, once, unless it is answered, never asked, or ruled out by the other answers. */
  const ask = (field: CaseField, template: string, level: string) => {
    if (c[field] !== undefined || missing.has(field) || ruledOut(field, c)) return;
    if ((kb.notAsked as readonly CaseField[]).includes(field)) return;
    const asked = field as AskedField;
    const why = template.replace('{level}', level).replace('{why}', kb.text.whyAsked[asked]);
    missing.set(field, { field, question: kb.text.questions[asked], why });
  };
  const scanQuestions: Modifier[] = [];
  if (inScope) {
    const context: ModifierContext = { suspected: suspectedSet, pathway: pathwayId };
    for (const modifier of kb.modifiers as readonly Modifier[]) {
      const result = checkModifier(modifier, c, context, kb.version);
      if (result === true) {
        const next = modifier.apply(plan, context);
        if (!samePlan(next, plan)) {
          plan = next;
          notes.push(modifier.note, ...(modifier.also ?? []));
          trace.push(entry(modifier.id, because(modifier.reads, c), modifier.source));
        }
      } else if (result === null && !samePlan(modifier.apply(plan, context), plan)) {
        scanQuestions.push(modifier);
      }
    }
  }

  // 4. Unknown is not no: unanswered fields that could make this more urgent, most urgent first,
  //    then (for adults) those that could change which scan is best.
  for (const rule of assumed) for (const field of rule.assumes?.asks ?? []) ask(field, kb.text.missingWhy.assumed, '');
  const raising = unknownRules.filter((r) => isMoreUrgent(r.urgency, urgency));
  raising.sort((a, b) => kb.urgencies[b.urgency].rank - kb.urgencies[a.urgency].rank);
  for (const rule of raising) {
    for (const field of rule.asks ?? rule.reads) ask(field, kb.text.missingWhy.raise, kb.text.raisedTo[rule.urgency]);
  }
  for (const modifier of scanQuestions) for (const field of modifier.reads) ask(field, kb.text.missingWhy.scan, '');

  const recommended = inScope ? [...plan.recommended] : [];
  const acrVariant = inScope ? pathway.acrVariant : null;
  const ratings: Assessment['ratings'] =
    acrVariant === null
      ? []
      : procedureIds.map((procedure) => {
          const { category, listed } = categoryOf(acrVariant, procedure);
          const rating: Assessment['ratings'][number] = {
            procedure,
            category,
            radiation: procedures[procedure].radiation,
          };
          if (!listed) rating.note = kb.text.unlistedRatingNote;
          return rating;
        });

  const stepIds: AdviceId[] = [...kb.urgencyAdvice[urgency].steps];
  if (inScope) stepIds.push(...pathway.steps, ...notes);
  else stepIds.push('under-18-doctor');
  if (missing.size > 0 && urgency !== 'emergency') stepIds.push(kb.unansweredAdvice);
  if (inScope && (urgency === 'none' || urgency === 'routine')) stepIds.push(...kb.conservativeCare);
  if (urgency !== 'emergency') stepIds.push(kb.emergencyWarning);

  return {
    schemaVersion: 1,
    knowledgeVersion: kb.version,
    inScope,
    urgency,
    headline: inScope ? headline(kb, urgency, pathwayId, decider) : outOfScopeHeadline(kb, urgency),
    acrVariant,
    recommended,
    alternatives: inScope ? [...plan.alternatives] : [],
    ratings,
    redFlags: firedFlags,
    suspected,
    nextSteps: adviceOnce(kb, stepIds),
    reassessAfterWeeks:
      inScope && urgency === 'none' && pathway.reassessAfterWeeks ? pathway.reassessAfterWeeks(c) : null,
    missing: [...missing.values()],
    questionsToAsk: [...(recommended.length > 0 ? kb.text.questionsToAsk.imaging : kb.text.questionsToAsk.noImaging)],
    trace,
    sources: citedSources(kb, trace),
    conflicts,
    disclaimer: kb.text.disclaimer,
  };
}

/**
 * Apply the knowledge base's doubtful combinations: the reassuring answer of each is read as unknown,
 * the conflict is reported, and its fields are asked again (first in `missing`).
 */
function reconcile(
  input: Case,
  kb: Knowledge,
  missing: Map<CaseField, Assessment['missing'][number]>,
): { c: Case; conflicts: Assessment['conflicts'] } {
  const conflicts: Assessment['conflicts'] = [];
  let c = input;
  for (const rule of kb.conflictRules) {
    if (!rule.when(input)) continue;
    const words = kb.text.conflicts[rule.id];
    conflicts.push({ fields: [...rule.fields], message: words.message(input) });
    if (rule.forget.length > 0) {
      const copy: Partial<Case> = { ...c };
      for (const field of rule.forget) delete copy[field];
      c = copy as Case;
    }
    for (const field of rule.ask) {
      if (!missing.has(field)) missing.set(field, { field, question: kb.text.questions[field], why: words.why });
    }
  }
  return { c, conflicts };
}

/**
 * The deciding rule: among the red flags that fired (less those that yield to a more specific
 * pathway that holds) and the first baseline rule that held, the most urgent; on a tie, the most
 * specific pathway (knowledge/precedence.ts), then table order.
 */
function decide(kb: Knowledge, fired: readonly Rule[], held: readonly BaselineRule[]): Rule | undefined {
  const holding = new Set<PathwayId>([...fired, ...held].map((r) => r.pathway));
  const candidates: Rule[] = fired.filter((flag) => {
    const weak = kb.yields.find((y) => y.id === flag.id);
    return weak === undefined || !weak.to.some((p) => holding.has(p));
  });
  const first = held[0];
  if (first !== undefined) candidates.push(first);
  let decider: Rule | undefined;
  for (const rule of candidates) {
    if (
      decider === undefined ||
      isMoreUrgent(rule.urgency, decider.urgency) ||
      (rule.urgency === decider.urgency && specificity(kb, rule.pathway) < specificity(kb, decider.pathway))
    )
      decider = rule;
  }
  return decider;
}

/** Place of a pathway in the precedence table: lower is more specific. */
function specificity(kb: Knowledge, pathway: PathwayId): number {
  return kb.pathwayPrecedence.findIndex((p) => p.pathway === pathway);
}

function check(rule: Rule, c: Case, version: string): Tri {
  return guarded(rule.id, version, () => rule.when(c));
}

function checkModifier(modifier: Modifier, c: Case, context: ModifierContext, version: string): Tri {
  return guarded(modifier.id, version, () => modifier.when(c, context));
}

/** Run a rule's predicate; a throw is a knowledge-base bug, reported with the rule and version. */
function guarded(id: string, version: string, when: () => Tri): Tri {
  try {
    return when();
  } catch (cause) {
    throw new RuleError(id, version, cause);
  }
}

function entry(rule: string, facts: string, source: Citation): TraceEntry {
  const e: TraceEntry = { rule, because: facts, source: source.id };
  if (source.section !== undefined) e.section = source.section;
  return e;
}

function because(reads: readonly CaseField[], c: Case): string {
  if (reads.length === 0) return 'suspected conditions';
  let out = '';
  for (const field of reads) {
    const value = c[field];
    out += `${out === '' ? '' : ', '}${field} = ${value === undefined ? 'unknown' : Array.isArray(value) ? value.join(' + ') : String(value)}`;
  }
  return out;
}

function samePlan(a: ImagingPlan, b: ImagingPlan): boolean {
  return sameList(a.recommended, b.recommended) && sameList(a.alternatives, b.alternatives);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

function headline(kb: Knowledge, urgency: Urgency, pathwayId: PathwayId, decider: Rule): string {
  const own = (kb.text.emergencyHeadlines as Partial<Record<PathwayId, string>>)[pathwayId];
  const template = urgency === 'emergency' && own !== undefined ? own : kb.text.headlines[urgency];
  const reason = kb.text.reasons[decider.id as RuleId];
  return template
    .replace('{because}', reason)
    .replace('{Because}', `${reason.charAt(0).toUpperCase()}${reason.slice(1)}`);
}

function outOfScopeHeadline(kb: Knowledge, urgency: Urgency): string {
  return urgency === 'emergency' || urgency === 'urgent'
    ? kb.text.outOfScopeHeadlines[urgency]
    : kb.text.outOfScopeHeadlines.other;
}

/**
 * Each piece of advice once, in first-mentioned order. A step that replaces another takes its place,
 * so "keep still and call" stands where "go to an emergency department" would have been.
 */
function adviceOnce(kb: Knowledge, ids: readonly AdviceId[]): string[] {
  const chosen = [...new Set(ids)];
  const replacedBy = new Map<string, AdviceId>();
  for (const id of chosen) {
    for (const r of (kb.advice[id] as { replaces?: readonly string[] }).replaces ?? []) replacedBy.set(r, id);
  }
  const placed = chosen.map((id) => replacedBy.get(id) ?? id);
  return [...new Set(placed)].map((id) => kb.text.advice[id]);
}

function citedSources(kb: Knowledge, trace: readonly TraceEntry[]): Assessment['sources'] {
  const ids = [...new Set<SourceId>(trace.map((t) => t.source))];
  return ids.map((id) => ({ id, citation: kb.sources[id].citation, url: kb.sources[id].url }));
}
