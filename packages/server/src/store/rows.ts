import { z } from 'zod';
import type { AuditInput, AuditRecord } from './store.js';

/** A database row, validated at the boundary like any other input. */
const RowSchema = z.object({
  seq: z.coerce.number().int().positive(),
  id: z.string(),
  recorded_at: z.string(),
  kind: z.enum(['assessment', 'cds-call', 'feedback']),
  service: z.string(),
  hook_instance: z.string().nullable(),
  knowledge_version: z.string(),
  subject: z.string().nullable(),
  input: z.string(),
  output: z.string(),
  dedupe_key: z.string().nullable(),
});

/** Convert a row to a record; a malformed row is an error naming the column. */
export function toRecord(row: unknown): AuditRecord {
  const parsed = RowSchema.safeParse(row);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`malformed audit row: column ${String(issue?.path[0])} ${issue?.message ?? ''}`);
  }
  const r = parsed.data;
  return {
    seq: r.seq,
    id: r.id,
    recordedAt: r.recorded_at,
    kind: r.kind,
    service: r.service,
    hookInstance: r.hook_instance ?? undefined,
    knowledgeVersion: r.knowledge_version,
    subject: r.subject ?? undefined,
    input: JSON.parse(r.input) as unknown,
    output: JSON.parse(r.output) as unknown,
    dedupeKey: r.dedupe_key ?? undefined,
  };
}

/** The column values of a record to insert, identifiers redacted in the JSON text. */
export function toColumns(input: AuditInput, id: string, at: Date) {
  const json = (value: unknown) => {
    const text = JSON.stringify(value ?? null);
    return input.redact ? text.split(input.redact.find).join(input.redact.replacement) : text;
  };
  return [
    id,
    at.toISOString(),
    input.kind,
    input.service,
    input.hookInstance ?? null,
    input.knowledgeVersion,
    input.subject ?? null,
    json(input.input),
    json(input.output),
    input.dedupeKey ?? null,
  ] as const;
}

/** The record as stored, built from what was inserted (no read-back needed). */
export function insertedRecord(columns: ReturnType<typeof toColumns>, seq: number): AuditRecord {
  const [id, recordedAt, kind, service, hookInstance, knowledgeVersion, subject, input, output, dedupeKey] = columns;
  return {
    seq,
    id,
    recordedAt,
    kind,
    service,
    hookInstance: hookInstance ?? undefined,
    knowledgeVersion,
    subject: subject ?? undefined,
    input: JSON.parse(input) as unknown,
    output: JSON.parse(output) as unknown,
    dedupeKey: dedupeKey ?? undefined,
  };
}

/** The insert column list, in `toColumns` order. */
export const insertColumns =
  'id, recorded_at, kind, service, hook_instance, knowledge_version, subject, input, output, dedupe_key';
