import { type Case, type CaseField, CaseSchema, type FieldError, impossibleCombinations } from '@spine-advisor/engine';
import type { Text } from '../text/en.js';
import { formatNumber } from '../text/format.js';
import type { Lang } from '../text/lang.js';

/** One invalid field in the page's words: the field's label and what is wrong with it. */
export interface ErrorWords {
  readonly field: string;
  readonly problem: string;
}

/** A case field's label in `text` (its id for a field these labels do not know). */
function label(text: Text, field: string): string {
  const fields: Partial<Record<string, string>> = text.clinician.fields;
  return fields[field] ?? field;
}

/**
 * A field error in the words of the page's language. The engine's messages are English: they are the
 * API's, read by scripts. This words the same problem from what the page knows itself: the value
 * typed, the bounds the case schema states, and the engine's table of impossible combinations.
 */
export function errorInWords(
  error: FieldError,
  input: Readonly<Record<string, unknown>>,
  text: Text,
  lang: Lang,
): ErrorWords {
  const w = text.clinician.errors;
  const field = error.path.split('/')[1] ?? '';
  const words = (problem: string): ErrorWords => ({ field: label(text, field), problem });
  const value = input[field];
  if (value === undefined) return words(w.required);
  const shape: Partial<Record<string, (typeof CaseSchema.shape)[CaseField]>> = CaseSchema.shape;
  const schema = shape[field];
  const inner = schema && 'unwrap' in schema ? schema.unwrap() : schema;
  if (typeof value === 'number' && inner?.type === 'number' && 'maxValue' in inner) {
    const { minValue, maxValue, isInt } = inner;
    if (maxValue !== null && (value > maxValue || !Number.isFinite(value)))
      return words(w.atMost(formatNumber(lang, maxValue)));
    if (minValue !== null && value < minValue) return words(w.atLeast(formatNumber(lang, minValue)));
    if (isInt && !Number.isInteger(value)) return words(w.wholeNumber);
  }
  const together = impossibleCombinations.find((c) => {
    if (c.fields[0] !== field) return false;
    try {
      return c.check(input as Case) !== undefined;
    } catch {
      return false;
    }
  });
  if (together) return words(w.together(label(text, together.fields[1])));
  return words(w.invalid);
}
