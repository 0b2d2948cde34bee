/**
 * Schema migrations, applied in order and recorded in `schema_migrations`. One list for both
 * databases: where the dialects differ, a migration gives both forms.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sqlite: string;
  readonly postgres: string;
}

const auditTable = (seq: string) => `
CREATE TABLE audit_records (
  seq ${seq},
  id TEXT NOT NULL UNIQUE,
  recorded_at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('assessment', 'cds-call', 'feedback')),
  service TEXT NOT NULL,
  hook_instance TEXT,
  knowledge_version TEXT NOT NULL,
  subject TEXT,
  input TEXT NOT NULL,
  output TEXT NOT NULL,
  dedupe_key TEXT UNIQUE
);
CREATE INDEX audit_records_kind ON audit_records (kind, seq);
CREATE INDEX audit_records_hook_instance ON audit_records (hook_instance);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/** Every migration, oldest first. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'audit trail and settings',
    sqlite: auditTable('INTEGER PRIMARY KEY AUTOINCREMENT'),
    postgres: auditTable('BIGSERIAL PRIMARY KEY'),
  },
];

/** The table that records applied migrations (same in both dialects). */
export const migrationsTable =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)';
