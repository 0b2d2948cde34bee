import { type AuditRow, auditColumns, fieldsOf, RowSchema, rowOf } from './audit-columns.js';
import { replaceIdentifier } from './replace-identifier.js';
import type { AuditInput, AuditRecord } from './store.js';

/** The columns that hold JSON documents. */
const jsonColumns: readonly string[] = auditColumns.filter((c) => c.type === 'json').map((c) => c.column);

/**
 * Convert a database row to a record; a malformed row is an error naming the column. A row whose
 * JSON does not parse (written by an older version that replaced identifiers in the text) is
 * returned with those values null and named under `unreadable`, so it never breaks a page.
 */
export function toRecord(row: unknown): AuditRecord {
  const parsed = RowSchema.safeParse(row);
  if (parsed.success) return fieldsOf(parsed.data) as unknown as AuditRecord;
  const columns = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
  if (typeof row === 'object' && row !== null && columns.every((c) => jsonColumns.includes(c))) {
    const blanked = { ...row, ...Object.fromEntries(columns.map((c) => [c, 'null'])) };
    return { ...toRecord(blanked), unreadable: columns };
  }
  const issue = parsed.error.issues[0];
  throw new Error(`malformed audit row: column ${String(issue?.path[0])} ${issue?.message ?? ''}`);
}

/**
 * The row to insert for a record, the identifier replaced by structure. Every value is built by
 * `JSON.stringify` of a plain JSON value, so what is stored always reads back.
 */
export function toRow(input: AuditInput, id: string, at: Date): AuditRow {
  const { redact, ...fields } = input;
  const clean = (value: unknown) => (redact ? replaceIdentifier(value, redact.find, redact.replacement) : value);
  return rowOf({
    ...fields,
    id,
    recordedAt: at.toISOString(),
    hookInstance: fields.hookInstance,
    subject: fields.subject,
    dedupeKey: fields.dedupeKey,
    input: clean(fields.input),
    output: clean(fields.output),
  });
}

/** The record as stored, built from its row and assigned seq (no read-back needed). */
export const insertedRecord = (row: AuditRow, seq: number): AuditRecord => toRecord({ ...row, seq });
