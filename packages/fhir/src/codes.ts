import { fhirValueSets, type ValueSet, type ValueSetId } from '@spine-advisor/engine';
import type { Concept } from './resource-schemas.js';
import { type CodeSystemKind, codeSystemLabels, codeSystemOf } from './systems.js';

/**
 * Code matching against the knowledge base's value sets. ICD codes match by prefix (the
 * classification's own hierarchy); SNOMED CT and RxNorm codes match exactly, against the shipped
 * expansion or one a terminology server supplied (terminology.ts); a concept with no code at all is
 * matched by its text, never when the text negates it.
 */

/** Value sets ready to match, by id. */
export interface ValueSetIndex {
  /** Which code of `concept` is in the value set, as "SYSTEM code" (or `text "…"`), or undefined. */
  match(concept: Concept | undefined, id: ValueSetId): string | undefined;
  /** The value sets it was built from. */
  readonly sets: Readonly<Record<ValueSetId, ValueSet>>;
}

interface Compiled {
  readonly exact: Partial<Record<CodeSystemKind, ReadonlySet<string>>>;
  readonly prefixes: Partial<Record<CodeSystemKind, readonly string[]>>;
  readonly text: readonly RegExp[];
}

const negation = /\b(no|not|denies|denied|without|negative for|free of|ruled out|history of)\s+$/i;

/** Codes compared without dots and in upper case (M54.50, m5450 and M5450 are one code). */
function normalise(code: string): string {
  return code.replace(/\./g, '').toUpperCase();
}

function compile(set: ValueSet): Compiled {
  return {
    exact: { snomed: new Set(set.snomed), rxnorm: new Set(set.rxnorm ?? []) },
    prefixes: { icd10: set.icd10.map(normalise), icd9: (set.icd9 ?? []).map(normalise) },
    text: (set.text ?? []).map((phrase) => new RegExp(`\\b${phrase.replace(/\s+/g, '\\s+')}\\b`, 'i')),
  };
}

/** Build the index of a set of value sets (the shipped ones by default). */
export function indexValueSets(sets: Readonly<Record<ValueSetId, ValueSet>> = fhirValueSets): ValueSetIndex {
  const compiled = new Map<ValueSetId, Compiled>();
  for (const id of Object.keys(sets) as ValueSetId[]) compiled.set(id, compile(sets[id]));
  return {
    sets,
    match(concept, id) {
      const c = compiled.get(id);
      if (!c || !concept) return undefined;
      let coded = false;
      for (const coding of concept.coding ?? []) {
        if (!coding.code) continue;
        coded = true;
        const kind = codeSystemOf(coding.system);
        if (!kind) continue;
        const exact = c.exact[kind];
        if (exact?.has(coding.code)) return `${codeSystemLabels[kind]} ${coding.code}`;
        const prefixes = c.prefixes[kind];
        if (prefixes && prefixes.length > 0) {
          const code = normalise(coding.code);
          if (prefixes.some((p) => code.startsWith(p))) return `${codeSystemLabels[kind]} ${coding.code}`;
        }
      }
      if (coded || !concept.text) return undefined;
      return textMatch(concept.text, c.text);
    },
  };
}

function textMatch(text: string, patterns: readonly RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const hit = pattern.exec(text);
    if (hit && !negation.test(text.slice(0, hit.index))) return `text "${text}"`;
  }
  return undefined;
}

/** The shipped value sets, indexed once. */
export const shippedValueSets: ValueSetIndex = indexValueSets();
