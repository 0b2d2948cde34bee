import {
  type ConditionId,
  type ExplainedModality,
  explainedModalities,
  knowledgeFor,
  type Names,
} from '@spine-advisor/engine';
import type { Lang } from './lang.js';

export { type ExplainedModality, explainedModalities };

/** Wording the web shows from engine tables (procedure names, scan explanations, finding and condition names). */
export type EngineLabels = Names;

/** The engine's names of things in `lang`, from its knowledge base (translated once, for every surface). */
export function engineLabels(lang: Lang): EngineLabels {
  return knowledgeFor(lang).text.names;
}

/** A condition's short name in `lang`. */
export function conditionLabel(lang: Lang, id: ConditionId): string {
  return engineLabels(lang).conditions[id];
}
