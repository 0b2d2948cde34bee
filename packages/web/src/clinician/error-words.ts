import type { FieldError } from '@spine-advisor/engine';
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
 * A field error in the words of the page's language. The engine's `message` is English (it is the
 * API's, read by scripts); its `kind`, `limit` and `fields` say the same thing in a form any language
 * can word.
 */
export function errorInWords(error: FieldError, text: Text, lang: Lang): ErrorWords {
  const w = text.clinician.errors;
  const words = (problem: string): ErrorWords => ({ field: label(text, error.path.split('/')[1] ?? ''), problem });
  const limit = error.limit === undefined ? undefined : formatNumber(lang, error.limit);
  switch (error.kind) {
    case 'required':
      return words(w.required);
    case 'too-large':
      return words(limit === undefined ? w.invalid : w.atMost(limit));
    case 'too-small':
      return words(limit === undefined ? w.invalid : w.atLeast(limit));
    case 'not-an-integer':
      return words(w.wholeNumber);
    case 'impossible':
      return words(w.together(label(text, error.fields?.[1] ?? '')));
    default:
      return words(w.invalid);
  }
}
