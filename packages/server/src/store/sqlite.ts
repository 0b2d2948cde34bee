import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { migrations, migrationsTable } from './migrations.js';
import { insertColumns, insertedRecord, toColumns, toRecord } from './rows.js';
import type { AuditInput, AuditKind, AuditPage, Store } from './store.js';

/**
 * The embedded store: one SQLite file in WAL mode with `synchronous = FULL`, so a committed record
 * survives a crash of the process (or the machine) the moment `record` resolves.
 *
 * Writes go to a worker thread, so the event loop never waits on the disk: records that arrive
 * while a commit is in flight are committed together next (group commit: one transaction, one
 * fsync), and every caller resolves only after its commit. Reads use their own connection.
 */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const byId = db.prepare('SELECT * FROM audit_records WHERE id = ?');
  const page = db.prepare('SELECT * FROM audit_records WHERE seq > ? ORDER BY seq LIMIT ?');
  const pageOfKind = db.prepare('SELECT * FROM audit_records WHERE seq > ? AND kind = ? ORDER BY seq LIMIT ?');
  const getSetting = db.prepare('SELECT value FROM settings WHERE key = ?');
  const putSetting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING');
  const writer = path === ':memory:' ? undefined : startWriter(path);

  return {
    kind: 'sqlite',
    record(input: AuditInput, id: string, at: Date) {
      const columns = toColumns(input, id, at);
      if (!writer) throw new Error('an in-memory SQLite store is read-only');
      return writer
        .write(columns)
        .then((result) => ('seq' in result ? insertedRecord(columns, result.seq) : toRecord(result.existing)));
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
        return writer?.alive() ?? true;
      } catch {
        return false;
      }
    },
    async close() {
      await writer?.close();
      db.close();
    },
  };
}

type Columns = ReturnType<typeof toColumns>;
type WriteResult = { seq: number } | { existing: unknown };

/** The writer thread's code: insert each batch in one transaction and report the outcome. */
const writerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const insert = db.prepare('INSERT INTO audit_records (${insertColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING');
const byKey = db.prepare('SELECT * FROM audit_records WHERE dedupe_key = ?');
const one = (columns) => {
  const info = insert.run(...columns);
  return info.changes === 1 ? { seq: Number(info.lastInsertRowid) } : { existing: byKey.get(columns[9]) };
};
const batch = db.transaction((items) => items.map(one));
parentPort.on('message', ({ n, items }) => {
  try {
    parentPort.postMessage({ n, results: batch(items) });
  } catch (error) {
    // One bad record must not fail the others: commit each on its own.
    parentPort.postMessage({ n, results: items.map((c) => {
      try { return db.transaction(one)(c); } catch (e) { return { error: String(e && e.message || e) }; }
    }) });
  }
});
`;

function startWriter(path: string) {
  const worker = new Worker(writerSource, {
    eval: true,
    workerData: { path, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
  });
  let failed: Error | undefined;
  let queue: { columns: Columns; resolve: (r: WriteResult) => void; reject: (e: Error) => void }[] = [];
  let inFlight: typeof queue | undefined;
  let batchNumber = 0;
  let idle: (() => void) | undefined;

  const send = () => {
    if (inFlight || queue.length === 0) return;
    inFlight = queue;
    queue = [];
    worker.postMessage({ n: ++batchNumber, items: inFlight.map((q) => q.columns) });
  };
  worker.on('message', ({ results }: { results: (WriteResult | { error: string })[] }) => {
    const done = inFlight ?? [];
    inFlight = undefined;
    done.forEach((q, i) => {
      const r = results[i];
      if (r && 'error' in r) q.reject(new Error(`audit write failed: ${r.error}`));
      else if (r) q.resolve(r);
      else q.reject(new Error('audit write lost'));
    });
    send();
    if (!inFlight && queue.length === 0) idle?.();
  });
  const fail = (error: Error) => {
    failed = error;
    for (const q of [...(inFlight ?? []), ...queue]) q.reject(error);
    inFlight = undefined;
    queue = [];
    idle?.();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (!failed) fail(new Error(`audit writer stopped (exit ${code})`));
  });

  return {
    write(columns: Columns): Promise<WriteResult> {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        queue.push({ columns, resolve, reject });
        send();
      });
    },
    alive: () => failed === undefined,
    async close() {
      if (inFlight || queue.length > 0) await new Promise<void>((resolve) => (idle = resolve));
      failed ??= new Error('store closed');
      await worker.terminate();
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
