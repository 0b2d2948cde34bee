import { z } from 'zod';

/** The kinds of audit record: the one list the row schema, the query filter and the types derive from. */
export const auditKinds = ['assessment', 'cds-call', 'feedback'] as const;

/** A kind of audit record. */
export type AuditKind = (typeof auditKinds)[number];

/** How a column's value is stored: plain text, text that may be null, a kind, or a JSON document as text. */
type ColumnType = 'text' | 'optional-text' | 'kind' | 'json';

/**
 * The one table of audit columns, in insert order (after `seq`, which the database assigns): the SQL
 * column, the record field it holds, and its type. The insert statements, placeholders, row schema
 * and record conversion of both adapters derive from it; a test checks the migrated table against it.
 */
export const auditColumns = [
  { column: 'id', field: 'id', type: 'text' },
  { column: 'recorded_at', field: 'recordedAt', type: 'text' },
  { column: 'kind', field: 'kind', type: 'kind' },
  { column: 'service', field: 'service', type: 'text' },
  { column: 'hook_instance', field: 'hookInstance', type: 'optional-text' },
  { column: 'knowledge_version', field: 'knowledgeVersion', type: 'text' },
  { column: 'subject', field: 'subject', type: 'optional-text' },
  { column: 'input', field: 'input', type: 'json' },
  { column: 'output', field: 'output', type: 'json' },
  { column: 'dedupe_key', field: 'dedupeKey', type: 'optional-text' },
] as const satisfies readonly { column: string; field: string; type: ColumnType }[];

/** An audit column name. */
export type AuditColumn = (typeof auditColumns)[number]['column'];

/** A row to insert: every column's stored value, by name. */
export type AuditRow = { readonly [C in AuditColumn]: string | null };

/** The values of a record as its columns hold them (JSON documents already as text). */
export type AuditFields = { readonly [C in (typeof auditColumns)[number] as C['field']]: unknown };

/** The column names, comma-separated, in table order. */
export const auditColumnList = auditColumns.map((c) => c.column).join(', ');

/**
 * The insert of one row; a row whose dedupe key was seen is skipped. `placeholder` names the n-th
 * parameter in the dialect: `$1` for PostgreSQL, `@id` (named) for SQLite.
 */
export function insertSql(placeholder: (column: AuditColumn, n: number) => string): string {
  const values = auditColumns.map((c, i) => placeholder(c.column, i + 1)).join(', ');
  return `INSERT INTO audit_records (${auditColumnList}) VALUES (${values}) ON CONFLICT (dedupe_key) DO NOTHING`;
}

/** The column values of a row, in table order (for positional parameters). */
export const rowValues = (row: AuditRow): (string | null)[] => auditColumns.map((c) => row[c.column]);

/** A JSON document stored as text, read back into its value (a row that does not parse is malformed). */
const jsonText = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not valid JSON' });
    return z.NEVER;
  }
});

const readers = {
  text: z.string(),
  'optional-text': z
    .string()
    .nullable()
    .transform((v) => v ?? undefined),
  kind: z.enum(auditKinds),
  json: jsonText,
} as const satisfies Record<ColumnType, z.ZodType>;

/** A database row, validated at the boundary like any other input; `seq` comes as a number or a bigint string. */
export const RowSchema = z.object({
  seq: z.coerce.number().int().positive(),
  ...(Object.fromEntries(auditColumns.map((c) => [c.column, readers[c.type]])) as {
    [C in (typeof auditColumns)[number] as C['column']]: (typeof readers)[C['type']];
  }),
});

/** A row converted to the record's fields (seq included). */
export function fieldsOf(row: z.infer<typeof RowSchema>): { seq: number } & Record<string, unknown> {
  const fields: Record<string, unknown> = { seq: row.seq };
  for (const c of auditColumns) if (row[c.column] !== undefined) fields[c.field] = row[c.column];
  return fields as { seq: number } & Record<string, unknown>;
}

/** The columns to insert for the given field values: JSON fields become text, absent optional ones null. */
export function rowOf(fields: AuditFields): AuditRow {
  return Object.fromEntries(
    auditColumns.map((c) => {
      const value = fields[c.field];
      if (c.type === 'json') return [c.column, JSON.stringify(value ?? null)];
      return [c.column, value === undefined || value === null ? null : String(value)];
    }),
  ) as AuditRow;
}
