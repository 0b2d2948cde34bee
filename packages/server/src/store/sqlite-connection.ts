import Database from 'better-sqlite3';
import { migrations, migrationsTable } from './migrations.js';

/**
 * Open an SQLite connection as every part of the store uses it: WAL, `synchronous = FULL` (a
 * committed record survives a crash of the process or the machine), and a busy timeout so the
 * reader and the writer thread wait for each other instead of failing.
 */
export function openDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Apply the migrations not yet applied, each in its own transaction. */
export function migrate(db: Database.Database): void {
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
