import type { z } from 'zod';

/** One bad field: where it is, what was expected there, and a readable message. */
export interface FieldError {
  /** JSON-pointer-like path, e.g. `/bladder` or `/clinicianSuspects/0`; `/` for the whole input. */
  readonly path: string;
  readonly expected: string;
  /** What is wrong, without the path: print as `${path}: ${message}`. */
  readonly message: string;
  /** What kind of problem, so a reader can say it in another language (`message` is English, for scripts). */
  readonly kind?: FieldErrorKind;
  /** The bound a number broke (`too-large`, `too-small`), when the schema states one. */
  readonly limit?: number;
  /** An impossible combination's fields, this error's own first. */
  readonly fields?: readonly string[];
}

/** The kinds of field problem a reader may word for itself. */
export const fieldErrorKinds = [
  'required',
  'too-large',
  'too-small',
  'not-an-integer',
  'not-allowed',
  'unknown-field',
  'impossible',
] as const;
/** One kind of field problem. */
export type FieldErrorKind = (typeof fieldErrorKinds)[number];

type Described = Omit<FieldError, 'path'>;

/**
 * The one converter from zod issues to field errors, used by every boundary. An unknown key is its own
 * error. Messages are for people: a bound zod adds internally (the largest safe integer) is never shown
 * when the field has its own, and an infinite number (`1e400` in JSON) is "too large".
 */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  const humanBound = new Set(
    error.issues.filter((i) => !isInternalBound(i)).map((i) => i.path.map((p) => String(p)).join('/')),
  );
  return error.issues.flatMap((issue): FieldError[] => {
    const base = issue.path.map((p) => `/${String(p)}`).join('');
    if (isInternalBound(issue) && humanBound.has(issue.path.map((p) => String(p)).join('/'))) return [];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: `${base}/${key}`,
        expected: 'no such field: only the fields of the case schema (`spine-advisor schema case`)',
        message: `unknown field ${JSON.stringify(key)}`,
        kind: 'unknown-field' as const,
      }));
    }
    const path = base === '' ? '/' : base;
    return [{ path, ...describe(issue) }];
  });
}

/** A range check zod adds on its own (integers within ±(2^53 − 1)), not one the schema states. */
function isInternalBound(issue: z.core.$ZodIssue): boolean {
  return (
    (issue.code === 'too_big' && Math.abs(Number(issue.maximum)) >= Number.MAX_SAFE_INTEGER) ||
    (issue.code === 'too_small' && Math.abs(Number(issue.minimum)) >= Number.MAX_SAFE_INTEGER)
  );
}

function describe(issue: z.core.$ZodIssue): Described {
  const input = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'invalid_type' && typeof input === 'number' && !Number.isFinite(input)) {
    const expected = "a finite number within the field's range";
    if (Number.isNaN(input)) return { expected, message: `not a number: expected ${expected}` };
    const kind = input > 0 ? 'too-large' : 'too-small';
    return { expected, message: `too ${input > 0 ? 'large' : 'small'}: expected ${expected}`, kind };
  }
  if (isInternalBound(issue)) {
    const expected = "a number within the field's range";
    const large = issue.code === 'too_big';
    return {
      expected,
      message: `too ${large ? 'large' : 'small'}: expected ${expected}`,
      kind: large ? 'too-large' : 'too-small',
    };
  }
  if (issue.code === 'custom') {
    const stated = issue.params?.expected;
    const fields = issue.params?.fields;
    return {
      expected: typeof stated === 'string' ? stated : issue.message,
      message: issue.message,
      ...(Array.isArray(fields) ? { kind: 'impossible' as const, fields: fields.map(String) } : {}),
    };
  }
  const expected = expectedOf(issue);
  const missing = issue.code === 'invalid_type' && input === undefined;
  return {
    expected,
    message: missing ? `required: expected ${expected}` : `expected ${expected}`,
    ...kindOf(issue, missing),
  };
}

/** The kind of a schema problem, and the bound a number broke. */
function kindOf(issue: z.core.$ZodIssue, missing: boolean): Pick<FieldError, 'kind' | 'limit'> {
  if (missing) return { kind: 'required' };
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? { kind: 'not-an-integer' } : {};
    case 'invalid_value':
      return { kind: 'not-allowed' };
    case 'too_big':
      return issue.origin === 'number' ? { kind: 'too-large', limit: Number(issue.maximum) } : {};
    case 'too_small':
      return issue.origin === 'number' ? { kind: 'too-small', limit: Number(issue.minimum) } : {};
    default:
      return {};
  }
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'an integer' : `a value of type ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `${issue.origin === 'array' ? 'at least' : issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : ''}`;
    case 'too_big':
      return `${issue.origin === 'array' ? 'at most' : issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : ''}`;
    case 'unrecognized_keys':
      return 'only known fields';
    case 'invalid_format':
      return `a string in ${issue.format} format`;
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return 'a value matching the schema';
    case 'custom':
      return issue.message;
  }
}
