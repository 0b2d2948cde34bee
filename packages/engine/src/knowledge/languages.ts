import { type Knowledge, knowledge } from './index.js';
import type { TextBundle } from './text.js';
import { spanish } from './text-es.js';

/** The languages people can read an assessment in (contract section 7). */
export const languages = ['en', 'es'] as const;

/** A language code. */
export type Lang = (typeof languages)[number];

const bundles: Readonly<Record<Lang, TextBundle>> = { en: knowledge.text, es: spanish };

/** One knowledge base per language, made once (callers ask per request and per render). */
const byLang = Object.fromEntries(
  languages.map((lang) => [lang, lang === 'en' ? knowledge : { ...knowledge, text: bundles[lang] }]),
) as Readonly<Record<Lang, Knowledge>>;

/** The knowledge base with its patient-facing words in `lang`; rules, ids and codes are the same. */
export function knowledgeFor(lang: Lang): Knowledge {
  return byLang[lang];
}
