import type { Case } from '../case.js';
import {
  type AdviceId,
  advice,
  disclaimer,
  outOfScopeHeadlines,
  questionsToAsk,
  unlistedRatingNote,
  urgencyAdvice,
} from './advice.js';
import { type BaselineRuleId, baselineRules } from './baseline.js';
import { conflictRules } from './conflicts.js';
import { englishNames, type Names } from './names.js';
import { type PathwayId, pathways } from './pathways.js';
import { type AskedField, missingWhy, questions, whyAsked } from './questions.js';
import { type RedFlagId, redFlags } from './red-flags.js';
import { type Urgency, urgencies } from './urgency.js';

/**
 * Everything a person reads in an assessment, as one typed bundle per language. The English bundle is
 * read from the knowledge tables themselves; another language must give every string of the same
 * shape (the compiler rejects a missing one). Ids, enum values and codes are never translated.
 */

/** A rule whose reason can decide a headline. */
export type RuleId = RedFlagId | BaselineRuleId;

/** A doubtful-combination id. */
export type ConflictId = (typeof conflictRules)[number]['id'];

/** Pathways with an emergency headline of their own. */
export type HeadlinePathway = {
  [P in PathwayId]: (typeof pathways)[P] extends { emergencyHeadline: string } ? P : never;
}[PathwayId];

/** The patient-facing words of a language. */
export interface TextBundle {
  /** By urgency; `{because}` is the deciding rule's reason, `{Because}` the same capitalised. */
  readonly headlines: Readonly<Record<Urgency, string>>;
  readonly emergencyHeadlines: Readonly<Record<HeadlinePathway, string>>;
  readonly outOfScopeHeadlines: Readonly<Record<keyof typeof outOfScopeHeadlines, string>>;
  readonly advice: Readonly<Record<AdviceId, string>>;
  readonly questions: Readonly<Record<AskedField, string>>;
  readonly whyAsked: Readonly<Record<AskedField, string>>;
  readonly missingWhy: Readonly<Record<keyof typeof missingWhy, string>>;
  /** What an unanswered question could raise the urgency to (completes `{level}`). */
  readonly raisedTo: Readonly<Record<Urgency, string>>;
  readonly reasons: Readonly<Record<RuleId, string>>;
  readonly labels: Readonly<Record<RedFlagId, string>>;
  readonly conflicts: Readonly<Record<ConflictId, { readonly message: (c: Case) => string; readonly why: string }>>;
  readonly questionsToAsk: { readonly imaging: readonly string[]; readonly noImaging: readonly string[] };
  readonly unlistedRatingNote: string;
  readonly disclaimer: string;
  /** The names of urgencies, procedures, conditions, variants, categories, scans and findings. */
  readonly names: Names;
}

function byId<T extends { id: string }, V>(rows: readonly T[], value: (row: T) => V): Record<T['id'], V> {
  return Object.fromEntries(rows.map((row) => [row.id, value(row)])) as Record<T['id'], V>;
}

function mapValues<K extends string, T, V>(record: Readonly<Record<K, T>>, value: (item: T) => V): Record<K, V> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, value(v as T)])) as Record<K, V>;
}

/** The English words, read from the knowledge tables. */
export const english: TextBundle = {
  headlines: mapValues(urgencyAdvice, (u) => u.headline),
  emergencyHeadlines: {
    'major-trauma': pathways['major-trauma'].emergencyHeadline,
    vascular: pathways.vascular.emergencyHeadline,
  },
  outOfScopeHeadlines,
  advice: mapValues(advice, (a) => a.text),
  questions,
  whyAsked,
  missingWhy,
  raisedTo: mapValues(urgencies, (u) => u.raisedTo),
  reasons: { ...byId(redFlags, (r) => r.reason), ...byId(baselineRules, (r) => r.reason) },
  labels: byId(redFlags, (r) => r.label),
  conflicts: byId(conflictRules, (r) => ({ message: r.message, why: r.why })),
  questionsToAsk: { imaging: questionsToAsk.imaging, noImaging: questionsToAsk.noImaging },
  unlistedRatingNote,
  disclaimer,
  names: englishNames,
};
