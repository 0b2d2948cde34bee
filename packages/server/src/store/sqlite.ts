import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrations, migrationsTable } from './migrations.js';
import { insertColumns, insertedRecord, toColumns, toRecord } from './rows.js';
import type { AuditInput, AuditKind, AuditPage, AuditRecord, Store } from './store.js';

/**
 * The embedded store: one SQLite file in WAL mode with `synchronous = FULL`, so a committed record
 * survives a crash of the process (or the machine) the moment `record` resolves. Records that
 * arrive together are committed together (group commit): one transaction, one fsync, and every
 * caller resolves only after that commit.
 */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);

  const insert = db.prepare(`INSERT INTO audit_records (${insertColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const byId = db.prepare('SELECT * FROM audit_records WHERE id = ?');
  const byKey = db.prepare('SELECT * FROM audit_records WHERE dedupe_key = ?');
  const page = db.prepare('SELECT * FROM audit_records WHERE seq > ? ORDER BY seq LIMIT ?');
  const pageOfKind = db.prepare('SELECT * FROM audit_records WHERE seq > ? AND kind = ? ORDER BY seq LIMIT ?');
  const getSetting = db.prepare('SELECT value FROM settings WHERE key = ?');
  const putSetting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING');

  const recordOne = (input: AuditInput, id: string, at: Date): AuditRecord => {
    if (input.dedupeKey !== undefined) {
      const existing = byKey.get(input.dedupeKey);
      if (existing) return toRecord(existing);
    }
    const columns = toColumns(input, id, at);
    const { lastInsertRowid } = insert.run(...columns);
    return insertedRecord(columns, Number(lastInsertRowid));
  };

  interface Pending {
    readonly args: [AuditInput, string, Date];
    readonly resolve: (r: AuditRecord) => void;
    readonly reject: (e: unknown) => void;
  }
  let queue: Pending[] = [];
  const commitBatch = db.transaction((batch: readonly Pending[]) => batch.map((p) => recordOne(...p.args)));
  const flush = () => {
    const batch = queue;
    queue = [];
    try {
      const records = commitBatch(batch);
      batch.forEach((p, i) => {
        p.resolve(records[i] as AuditRecord);
      });
    } catch {
      // One bad record must not fail the others: retry each on its own.
      for (const p of batch) {
        try {
          p.resolve(db.transaction(() => recordOne(...p.args))());
        } catch (error) {
          p.reject(error);
        }
      }
    }
  };

  return {
    kind: 'sqlite',
    record(input, id, at) {
      return new Promise<AuditRecord>((resolve, reject) => {
        queue.push({ args: [input, id, at], resolve, reject });
        if (queue.length === 1) setImmediate(flush);
      });
    },
    async list({ after = 0, limit, kind }: { after?: number; limit: number; kind?: AuditKind }): Promise<AuditPage> {
      const rows = (kind ? pageOfKind.all(after, kind, limit + 1) : page.all(after, limit + 1)).map(toRecord);
      const records = rows.slice(0, limit);
      return { records, next: rows.length > limit ? (records.at(-1)?.seq ?? null) : null };
    },
    async get(id) {
      const row = byId.get(id);
      return row ? toRecord(row) : undefined;
    },
    async setting(key, init) {
      const row = getSetting.get(key) as { value: string } | undefined;
      if (row) return row.value;
      putSetting.run(key, init());
      return (getSetting.get(key) as { value: string }).value;
    },
    async ping() {
      try {
        db.prepare('SELECT 1').get();
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (queue.length > 0) flush();
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec(migrationsTable);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
  }
}
