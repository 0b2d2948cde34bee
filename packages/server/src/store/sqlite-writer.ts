/**
 * The SQLite writer thread (started by `sqlite.ts`): runs each batch of jobs in one transaction, so
 * records that arrive while a commit is in flight share the next fsync (group commit). When a batch
 * fails, each job is retried on its own (one bad record must not fail the others); after any failure
 * the connection is closed and reopened for the next batch, so the writer recovers by itself once
 * the fault (a full disk, a read-only file system) clears.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { type AuditRow, insertSql } from './audit-columns.js';
import { openDatabase } from './sqlite-connection.js';

/** A job for the writer thread. */
export type WriteJob =
  | { readonly type: 'insert'; readonly row: AuditRow }
  | { readonly type: 'claim'; readonly key: string; readonly expiresAt: number; readonly now: number }
  | { readonly type: 'prune'; readonly before: string }
  | { readonly type: 'probe'; readonly at: string };

/** The result of one job, or why it failed. */
export type WriteResult =
  | { readonly seq: number }
  | { readonly existing: unknown }
  | { readonly claimed: boolean }
  | { readonly deleted: number }
  | { readonly probed: true }
  | { readonly error: string };

/** What the main thread sends: a numbered batch. */
export interface WriteBatch {
  readonly n: number;
  readonly jobs: readonly WriteJob[];
}

/** What the writer answers: one result per job, in order. */
export interface WriteReply {
  readonly n: number;
  readonly results: readonly WriteResult[];
}

/** The statements of one open connection. */
function prepare(db: Database.Database) {
  return {
    db,
    insert: db.prepare(insertSql((column) => `@${column}`)),
    byKey: db.prepare('SELECT * FROM audit_records WHERE dedupe_key = ?'),
    forget: db.prepare('DELETE FROM one_time_claims WHERE expires_at < ?'),
    claim: db.prepare('INSERT INTO one_time_claims (key, expires_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING'),
    prune: db.prepare('DELETE FROM audit_records WHERE recorded_at < ?'),
    probe: db.prepare(
      "INSERT INTO settings (key, value) VALUES ('health-probe', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ),
  };
}

type Connection = ReturnType<typeof prepare>;

function run(c: Connection, job: WriteJob): WriteResult {
  switch (job.type) {
    case 'insert': {
      const info = c.insert.run(job.row);
      return info.changes === 1 ? { seq: Number(info.lastInsertRowid) } : { existing: c.byKey.get(job.row.dedupe_key) };
    }
    case 'claim':
      c.forget.run(job.now);
      return { claimed: c.claim.run(job.key, job.expiresAt).changes === 1 };
    case 'prune':
      return { deleted: c.prune.run(job.before).changes };
    case 'probe':
      c.probe.run(job.at);
      return { probed: true };
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function startWriterThread(path: string, port: NonNullable<typeof parentPort>): void {
  let connection: Connection | undefined;
  const open = () => {
    connection ??= prepare(openDatabase(path));
    return connection;
  };
  const reset = () => {
    try {
      connection?.db.close();
    } catch {
      // Closing a broken connection can fail too; it is dropped either way.
    }
    connection = undefined;
  };
  const attempt = (jobs: readonly WriteJob[]): readonly WriteResult[] => {
    const c = open();
    return c.db.transaction(() => jobs.map((job) => run(c, job)))();
  };
  port.on('message', ({ n, jobs }: WriteBatch) => {
    let results: readonly WriteResult[];
    try {
      results = attempt(jobs);
    } catch {
      reset();
      results = jobs.map((job) => {
        try {
          return attempt([job])[0] ?? { error: 'no result' };
        } catch (error) {
          reset();
          return { error: message(error) };
        }
      });
    }
    port.postMessage({ n, results } satisfies WriteReply);
  });
}

if (parentPort) startWriterThread((workerData as { path: string }).path, parentPort);
