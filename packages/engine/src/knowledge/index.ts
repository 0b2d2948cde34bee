import { acrVariants } from './acr-variants.js';
import { conservativeCare, emergencyWarning, questionsToAsk, urgencyAdvice } from './advice.js';
import { baselineRules } from './baseline.js';
import { modifiers } from './modifiers.js';
import { pathways } from './pathways.js';
import { questions } from './questions.js';
import { redFlags } from './red-flags.js';
import { sources } from './sources.js';
import { knowledgeVersion } from './version.js';

/** The whole knowledge base the evaluator reads: pass another to test or to localise. */
export const knowledge = {
  version: knowledgeVersion,
  redFlags,
  baselineRules,
  modifiers,
  pathways,
  acrVariants,
  questions,
  urgencyAdvice,
  emergencyWarning,
  conservativeCare,
  questionsToAsk,
  sources,
} as const;

/** The shape of a knowledge base. */
export type Knowledge = typeof knowledge;
