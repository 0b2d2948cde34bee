import { type Case, CaseSchema } from './case.js';
import { type FieldError, toFieldErrors } from './errors.js';
import { ReadingRequestSchema } from './report/reading.js';

/** The outcome of reading untrusted input: a value, or every bad field. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: FieldError[] };

/** Validate untrusted input as a case (strict: unknown keys are errors). */
export function parseCase(input: unknown): Parsed<Case> {
  const result = CaseSchema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error) };
}

/** A validated report-reading request (contract section 5). */
export interface ReadingRequest {
  readonly text: string;
  readonly age: number;
  readonly case?: Case;
}

/**
 * Validate a report-reading request `{text, age, case?}` (HTTP body or CLI flags): every bad field is
 * named, the case's own fields under `/case`. The one parser the server and the CLI share.
 */
export function parseReadingRequest(input: unknown): Parsed<ReadingRequest> {
  const request = ReadingRequestSchema.safeParse(input, { reportInput: true });
  const errors = request.success ? [] : toFieldErrors(request.error);
  const rawCase = typeof input === 'object' && input !== null ? (input as { case?: unknown }).case : undefined;
  const parsedCase = rawCase === undefined ? undefined : parseCase(rawCase);
  if (parsedCase !== undefined && !parsedCase.ok) {
    errors.push(...parsedCase.errors.map((e) => ({ ...e, path: e.path === '/' ? '/case' : `/case${e.path}` })));
  }
  if (!request.success || errors.length > 0) return { ok: false, errors };
  const { text, age } = request.data;
  return { ok: true, value: parsedCase?.ok ? { text, age, case: parsedCase.value } : { text, age } };
}
