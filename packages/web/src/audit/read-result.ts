import { type AuditResult, AuditResultSchema } from '@spine-advisor/audit/browser';

/** Where in the file a problem is, as `patients[3].imaging[0].date` ('' for the whole file). */
export type IssuePath = string;

/** One thing wrong with a result file, in terms the page can put into words in any language. */
export type Issue =
  | { readonly path: IssuePath; readonly kind: 'missing' }
  | { readonly path: IssuePath; readonly kind: 'type'; readonly expected: ExpectedType }
  | { readonly path: IssuePath; readonly kind: 'value' };

/** The kinds of value a field may need. */
export type ExpectedType = 'number' | 'integer' | 'string' | 'boolean' | 'array' | 'object' | 'other';

/** Why a file cannot be shown. */
export type Problem =
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-result' }
  | { readonly kind: 'version'; readonly version: string }
  | { readonly kind: 'invalid'; readonly issues: readonly Issue[] };

/** A result file read: the result, or what is wrong with it. */
export type Read =
  | { readonly ok: true; readonly result: AuditResult }
  | { readonly ok: false; readonly problem: Problem };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Read the text of a file as an audit result (`spine-advisor audit --json`). Text that is not JSON,
 * JSON that is not an audit result at all, a result of another schema version, and a result with bad
 * fields are told apart, the last with the path of each bad field (from the schema's issue paths).
 */
export function readAuditResult(text: string): Read {
  let value: unknown;
  try {
    // A byte order mark (some editors save one) is not part of the JSON.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (!isObject(value) || !('schemaVersion' in value) || !('strata' in value)) {
    return { ok: false, problem: { kind: 'not-result' } };
  }
  if (value.schemaVersion !== 1) {
    return { ok: false, problem: { kind: 'version', version: JSON.stringify(value.schemaVersion) } };
  }
  const parsed = AuditResultSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, result: parsed.data };
  return { ok: false, problem: { kind: 'invalid', issues: parsed.error.issues.map(toIssue) } };
}

/** A zod issue as one of ours; the path as JSON paths are usually written. */
function toIssue(issue: {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: unknown;
  readonly input?: unknown;
}): Issue {
  const path = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
  const missing = issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
  if (missing) return { path, kind: 'missing' };
  if (issue.code === 'invalid_type') return { path, kind: 'type', expected: expectedType(issue.expected) };
  return { path, kind: 'value' };
}

function expectedType(expected: unknown): ExpectedType {
  switch (expected) {
    case 'number':
      return 'number';
    case 'int':
      return 'integer';
    case 'string':
    case 'boolean':
    case 'array':
    case 'object':
    case 'record':
      return expected === 'record' ? 'object' : expected;
    default:
      return 'other';
  }
}
