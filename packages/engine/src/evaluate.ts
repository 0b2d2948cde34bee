import type { Assessment, TraceEntry } from './assessment.js';
import type { Case, CaseField } from './case.js';
import { categoryOf } from './knowledge/acr-variants.js';
import { disclaimer } from './knowledge/advice.js';
import { type ConditionId, conditionIds } from './knowledge/conditions.js';
import { knowledge as defaultKnowledge, type Knowledge } from './knowledge/index.js';
import type { Pathway, PathwayId } from './knowledge/pathways.js';
import { procedureIds, procedures } from './knowledge/procedures.js';
import { ruledOut } from './knowledge/questions.js';
import type { ImagingPlan, Modifier, ModifierContext, Rule } from './knowledge/rule.js';
import type { Citation, SourceId } from './knowledge/sources.js';
import { thresholds } from './knowledge/thresholds.js';
import { isMoreUrgent, type Urgency, urgencies } from './knowledge/urgency.js';
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

/** Fields that are never asked back: required, or not a question for the person. */
const notAsked: ReadonlySet<CaseField> = new Set(['age', 'durationWeeks', 'clinicianSuspects']);

const scopeRule = {
  id: 'out-of-scope-under-18',
  source: { id: 'acp-2017', section: 'target population: adults' } satisfies Citation,
} as const;

/**
 * Assess a validated case against a knowledge base. Pure and deterministic: the same case and
 * knowledge always give the same assessment, with a trace of every rule that fired.
 */
export function evaluate(input: Case, kb: Knowledge = defaultKnowledge): Assessment {
  const trace: TraceEntry[] = [];
  const unknownRules: Rule[] = [];
  const inScope = input.age >= thresholds.adultAge;
  if (!inScope) trace.push(entry(scopeRule.id, `age = ${input.age}`, scopeRule.source));

  // 1. Red flags: every one is evaluated, so the trace and `missing` are complete.
  const fired: Rule[] = [];
  const firedFlags: Assessment['redFlags'] = [];
  const suspectedSet = new Set<ConditionId>();
  for (const flag of kb.redFlags) {
    const result = check(flag, input, kb.version);
    if (result === true) {
      fired.push(flag);
      firedFlags.push({ id: flag.id, condition: flag.condition, label: flag.label });
      suspectedSet.add(flag.condition);
      trace.push(entry(flag.id, because(flag.reads, input), flag.source));
    } else if (result === null) {
      unknownRules.push(flag);
    }
  }

  // 2. The deciding rule: the most urgent red flag (first in table order on a tie), else the first
  //    baseline rule that holds.
  let decider: Rule | undefined;
  for (const flag of fired) if (decider === undefined || isMoreUrgent(flag.urgency, decider.urgency)) decider = flag;
  if (decider === undefined) {
    for (const rule of kb.baselineRules) {
      const result = check(rule, input, kb.version);
      if (result === true) {
        decider = rule;
        trace.push(entry(rule.id, because(rule.reads, input), rule.source));
        break;
      }
      if (result === null) unknownRules.push(rule);
    }
  }
  if (decider === undefined) throw new RuleError('baseline', kb.version, new Error('no baseline rule held'));

  const urgency: Urgency = inScope ? decider.urgency : 'none';
  const pathwayId: PathwayId = decider.pathway;
  const pathway: Pathway = kb.pathways[pathwayId];
  const suspected = conditionIds.filter((c) => suspectedSet.has(c));

  // 3. Fit the imaging to the person.
  let plan: ImagingPlan = { recommended: pathway.recommended, alternatives: pathway.alternatives };
  const notes: string[] = [];
  const missing = new Map<CaseField, Assessment['missing'][number]>();
  /** Ask a field back, once, unless it is answered, never asked, or ruled out by an earlier answer. */
  const ask = (field: CaseField, why: string) => {
    if (input[field] !== undefined || notAsked.has(field) || missing.has(field) || ruledOut(field, input)) return;
    missing.set(field, { field, question: kb.questions[field as keyof Knowledge['questions']], why });
  };
  const scanQuestions: Modifier[] = [];
  if (inScope) {
    const context: ModifierContext = { suspected: suspectedSet, pathway: pathwayId };
    for (const modifier of kb.modifiers as readonly Modifier[]) {
      const result = checkModifier(modifier, input, context, kb.version);
      if (result === true) {
        const next = modifier.apply(plan, context);
        if (!samePlan(next, plan)) {
          plan = next;
          notes.push(modifier.note);
          trace.push(entry(modifier.id, because(modifier.reads, input), modifier.source));
        }
      } else if (result === null && !samePlan(modifier.apply(plan, context), plan)) {
        scanQuestions.push(modifier);
      }
    }

    // 4. Unknown is not no: unanswered fields that could make this more urgent, most urgent first,
    //    then those that could change which scan is best.
    const raising = unknownRules.filter((r) => isMoreUrgent(r.urgency, urgency));
    raising.sort((a, b) => urgencies[b.urgency].rank - urgencies[a.urgency].rank);
    for (const rule of raising) {
      for (const field of rule.reads)
        ask(field, `A yes could make this ${urgencies[rule.urgency].raisedTo}: ${rule.reason}.`);
    }
    for (const modifier of scanQuestions) {
      for (const field of modifier.reads) ask(field, `It could change which scan is best: ${modifier.ifYes}`);
    }
  }

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
          if (!listed)
            rating.note = 'Not named for this variant in the ACR summary; treated as usually not appropriate.';
          return rating;
        });

  return {
    schemaVersion: 1,
    knowledgeVersion: kb.version,
    inScope,
    urgency,
    headline: inScope ? headline(kb, urgency, decider) : outOfScopeHeadline(fired),
    acrVariant,
    recommended,
    alternatives: inScope ? [...plan.alternatives] : [],
    ratings,
    redFlags: firedFlags,
    suspected,
    nextSteps: inScope ? nextSteps(kb, urgency, pathway.steps, notes, missing.size > 0) : outOfScopeSteps(kb, fired),
    reassessAfterWeeks:
      inScope && urgency === 'none' && pathway.reassessAfterWeeks ? pathway.reassessAfterWeeks(input) : null,
    missing: [...missing.values()],
    questionsToAsk: [...(recommended.length > 0 ? kb.questionsToAsk.imaging : kb.questionsToAsk.noImaging)],
    trace,
    sources: citedSources(kb, trace),
    disclaimer,
  };
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

function headline(kb: Knowledge, urgency: Urgency, decider: Rule): string {
  return kb.urgencyAdvice[urgency].headline.replace('{because}', decider.reason);
}

function nextSteps(
  kb: Knowledge,
  urgency: Urgency,
  pathwaySteps: readonly string[],
  notes: readonly string[],
  hasMissing: boolean,
): string[] {
  const steps = [...kb.urgencyAdvice[urgency].steps, ...pathwaySteps, ...notes];
  if (hasMissing && urgency !== 'emergency') {
    steps.push('Some questions are unanswered; answering them could change this advice (see what is missing).');
  }
  if (urgency === 'none' || urgency === 'routine') for (const care of kb.conservativeCare) steps.push(care.text);
  if (urgency !== 'emergency') steps.push(kb.emergencyWarning.text);
  return steps;
}

function outOfScopeHeadline(fired: readonly Rule[]): string {
  if (fired.some((r) => r.urgency === 'emergency')) {
    return 'Some answers can be serious at any age: go to an emergency department now or call your local emergency number. This tool is for adults (18 and over).';
  }
  if (fired.some((r) => r.urgency === 'urgent')) {
    return 'Some answers can be serious at any age: see a doctor today. This tool is for adults (18 and over).';
  }
  return 'This tool is for adults (18 and over): a child or teenager with back pain should see a doctor, who will decide about tests.';
}

function outOfScopeSteps(kb: Knowledge, fired: readonly Rule[]): string[] {
  const steps = ['See a doctor about back pain in anyone under 18; the guidance used here is written for adults.'];
  const emergency = fired.filter((r) => r.urgency === 'emergency');
  const urgent = fired.filter((r) => r.urgency === 'urgent');
  if (urgent.length > 0) steps.unshift(`See a doctor today: ${urgent.map((r) => r.reason).join('; ')}.`);
  if (emergency.length > 0)
    steps.unshift(`Go to an emergency department now: ${emergency.map((r) => r.reason).join('; ')}.`);
  steps.push(kb.emergencyWarning.text);
  return steps;
}

function citedSources(kb: Knowledge, trace: readonly TraceEntry[]): Assessment['sources'] {
  const ids = [...new Set<SourceId>(trace.map((t) => t.source))];
  return ids.map((id) => ({ id, citation: kb.sources[id].citation, url: kb.sources[id].url }));
}
