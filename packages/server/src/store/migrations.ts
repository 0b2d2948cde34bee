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

// Migrations are history: once shipped they never change. The audit columns of version 1 are those
// of `auditColumns` (audit-columns.ts), checked by a test against the migrated table.
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

const claimsTable = `
CREATE TABLE one_time_claims (key TEXT PRIMARY KEY, expires_at BIGINT NOT NULL);
CREATE INDEX one_time_claims_expires_at ON one_time_claims (expires_at);
CREATE INDEX audit_records_recorded_at ON audit_records (recorded_at);
`;

/** Every migration, oldest first. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'audit trail and settings',
    sqlite: auditTable('INTEGER PRIMARY KEY AUTOINCREMENT'),
    postgres: auditTable('BIGSERIAL PRIMARY KEY'),
  },
  {
    version: 2,
    name: 'shared JWT replay memory; index for audit retention',
    sqlite: claimsTable,
    postgres: claimsTable,
  },
];

/** The table that records applied migrations (same in both dialects). */
export const migrationsTable =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)';
