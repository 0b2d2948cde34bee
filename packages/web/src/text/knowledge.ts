import { type Knowledge, knowledge } from '@spine-advisor/engine';
import type { Lang } from './lang.js';

/**
 * The knowledge base whose patient text (headline, next steps, questions, reasons) is in `lang`.
 * This is the one place the app picks it: when the engine ships its Spanish bundle, this returns
 * the engine's `knowledgeFor(lang)`.
 */
export function knowledgeFor(_lang: Lang): Knowledge {
  return knowledge;
}
