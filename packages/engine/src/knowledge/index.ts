import { acrVariants } from './acr-variants.js';
import { advice, conservativeCare, emergencyWarning, unansweredAdvice, urgencyAdvice } from './advice.js';
import { baselineRules } from './baseline.js';
import { conflictRules } from './conflicts.js';
import { modifiers } from './modifiers.js';
import { pathways } from './pathways.js';
import { pathwayPrecedence, yields } from './precedence.js';
import { notAsked } from './questions.js';
import { redFlags } from './red-flags.js';
import { scopeRule } from './scope.js';
import { sources } from './sources.js';
import { english, type TextBundle } from './text.js';
import { urgencies } from './urgency.js';
import { knowledgeVersion } from './version.js';

/** The whole knowledge base the evaluator reads: pass another to test or to localise. */
export const knowledge = {
  version: knowledgeVersion,
  scope: scopeRule,
  redFlags,
  baselineRules,
  conflictRules,
  pathwayPrecedence,
  yields,
  modifiers,
  pathways,
  acrVariants,
  urgencies,
  notAsked,
  advice,
  urgencyAdvice,
  emergencyWarning,
  unansweredAdvice,
  conservativeCare,
  sources,
  /** Everything a person reads, in one language (English here; see `knowledgeFor`). */
  text: english as TextBundle,
} as const;

/** The shape of a knowledge base. */
export type Knowledge = typeof knowledge;
