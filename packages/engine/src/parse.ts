import { type Case, CaseSchema } from './case.js';
import { type FieldError, toFieldErrors } from './errors.js';

/** The outcome of reading untrusted input: a value, or every bad field. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: FieldError[] };

/** Validate untrusted input as a case (strict: unknown keys are errors). */
export function parseCase(input: unknown): Parsed<Case> {
  const result = CaseSchema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error) };
}
