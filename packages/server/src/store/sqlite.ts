import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { insertedRecord, toRecord, toRow } from './rows.js';
import { migrate, openDatabase } from './sqlite-connection.js';
import type { WriteJob, WriteReply, WriteResult } from './sqlite-writer.js';
import type { AuditInput, AuditKind, AuditPage, Store, StoreHealth } from './store.js';

/** A write path older than this is probed before /healthz calls it healthy. */
const healthFreshMs = 10_000;
/** How long a health probe may wait for the writer. */
const probeTimeoutMs = 2000;

/**
 * The embedded store: one SQLite file in WAL mode with `synchronous = FULL`, so a committed record
 * survives a crash of the process (or the machine) the moment `record` resolves.
 *
 * Writes go to a worker thread (`sqlite-writer.ts`), so the event loop never waits on the disk:
 * records that arrive while a commit is in flight are committed together next (group commit: one
 * transaction, one fsync), and every caller resolves only after its commit. Reads use their own
 * connection.
 */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = openDatabase(path);
  migrate(db);

  const byId = db.prepare('SELECT * FROM audit_records WHERE id = ?');
  const page = db.prepare('SELECT * FROM audit_records WHERE seq > ? ORDER BY seq LIMIT ?');
  const pageOfKind = db.prepare('SELECT * FROM audit_records WHERE seq > ? AND kind = ? ORDER BY seq LIMIT ?');
  const getSetting = db.prepare('SELECT value FROM settings WHERE key = ?');
  const putSetting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING');
  const writer = path === ':memory:' ? undefined : startWriter(path);
  const write = (job: WriteJob) => {
    if (!writer) return Promise.reject(new Error('an in-memory SQLite store is read-only'));
    return writer.write(job);
  };

  return {
    kind: 'sqlite',
    async record(input: AuditInput, id: string, at: Date) {
      const row = toRow(input, id, at);
      const result = await write({ type: 'insert', row });
      if ('seq' in result) return insertedRecord(row, result.seq);
      if ('existing' in result) return toRecord(result.existing);
      throw new Error('audit write: unexpected result');
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
    async claimOnce(key, expiresAt, now) {
      const result = await write({ type: 'claim', key, expiresAt: expiresAt.getTime(), now: now.getTime() });
      return 'claimed' in result && result.claimed;
    },
    async prune(before) {
      const result = await write({ type: 'prune', before: before.toISOString() });
      return 'deleted' in result ? result.deleted : 0;
    },
    async health(): Promise<StoreHealth> {
      try {
        db.prepare('SELECT 1').get();
      } catch (error) {
        return { status: 'degraded', reason: `the database cannot be read: ${(error as Error).message}` };
      }
      return writer ? writer.health() : { status: 'ok' };
    },
    async close() {
      await writer?.close();
      db.close();
    },
  };
}

/** The built writer beside this module; under the test runner (TypeScript sources) the built copy in dist/. */
function writerUrl(): URL {
  const built = new URL('./sqlite-writer.js', import.meta.url);
  return existsSync(built) ? built : new URL('../../dist/store/sqlite-writer.js', import.meta.url);
}

type Pending = {
  job: WriteJob;
  resolve: (r: Exclude<WriteResult, { error: string }>) => void;
  reject: (e: Error) => void;
};

/**
 * Start the writer thread and queue jobs for it, one batch in flight at a time. The outcome of the
 * last commit is kept for /healthz; a thread that dies is restarted with the next write.
 */
function startWriter(path: string) {
  let worker: Worker | undefined;
  let queue: Pending[] = [];
  let inFlight: Pending[] | undefined;
  let batchNumber = 0;
  let closing = false;
  let idle: (() => void) | undefined;
  let last: { at: number; error?: string } | undefined;

  const settle = (done: readonly Pending[], results: readonly WriteResult[]) => {
    const errors: string[] = [];
    done.forEach((q, i) => {
      const r = results[i] ?? { error: 'audit write lost' };
      if ('error' in r) {
        errors.push(r.error);
        q.reject(new Error(`audit write failed: ${r.error}`));
      } else q.resolve(r);
    });
    last = errors[0] === undefined ? { at: performance.now() } : { at: performance.now(), error: errors[0] };
  };
  const thread = () => {
    if (worker) return worker;
    const w = new Worker(writerUrl(), { workerData: { path } });
    w.on('message', ({ results }: WriteReply) => {
      const done = inFlight ?? [];
      inFlight = undefined;
      settle(done, results);
      send();
    });
    const lost = (reason: string) => {
      if (worker !== w) return;
      worker = undefined;
      const done = inFlight ?? [];
      inFlight = undefined;
      settle(
        done,
        done.map(() => ({ error: reason })),
      );
      send();
    };
    w.on('error', (error) => lost(`audit writer failed: ${error.message}`));
    w.on('exit', (code) => lost(`audit writer stopped (exit ${code})`));
    worker = w;
    return w;
  };
  const send = () => {
    if (inFlight) return;
    if (queue.length === 0) {
      idle?.();
      return;
    }
    inFlight = queue;
    queue = [];
    thread().postMessage({ n: ++batchNumber, jobs: inFlight.map((q) => q.job) });
  };
  const write = (job: WriteJob) =>
    new Promise<Exclude<WriteResult, { error: string }>>((resolve, reject) => {
      if (closing) return reject(new Error('store closed'));
      queue.push({ job, resolve, reject });
      send();
    });

  return {
    write,
    /** Healthy when the last commit succeeded recently; otherwise a probe write decides. */
    async health(): Promise<StoreHealth> {
      if (last && last.error === undefined && performance.now() - last.at < healthFreshMs) return { status: 'ok' };
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('the writer did not answer in time')), probeTimeoutMs).unref(),
      );
      try {
        await Promise.race([write({ type: 'probe', at: new Date().toISOString() }), timeout]);
        return { status: 'ok' };
      } catch (error) {
        return { status: 'degraded', reason: `audit writes fail: ${(error as Error).message}` };
      }
    },
    async close() {
      closing = true;
      if (inFlight || queue.length > 0) await new Promise<void>((resolve) => (idle = resolve));
      const w = worker;
      worker = undefined;
      await w?.terminate();
    },
  };
}
