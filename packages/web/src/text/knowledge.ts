import { knowledgeFor as engineKnowledgeFor, type Knowledge } from '@spine-advisor/engine';
import type { Lang } from './lang.js';

/**
 * The knowledge base whose patient text (headline, next steps, questions, reasons) is in `lang`:
 * the engine's own Spanish bundle for `es`. The one place the app picks it.
 */
export function knowledgeFor(lang: Lang): Knowledge {
  return engineKnowledgeFor(lang);
}
