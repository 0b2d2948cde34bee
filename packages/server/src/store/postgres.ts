import pg from 'pg';
import { insertSql, rowValues } from './audit-columns.js';
import { migrations, migrationsTable } from './migrations.js';
import { insertedRecord, toRecord, toRow } from './rows.js';
import type { AuditKind, AuditPage, Store, StoreHealth } from './store.js';

/** A write path older than this is probed before /healthz calls it healthy. */
const healthFreshMs = 10_000;

const insert = `${insertSql((_, n) => `$${n}`)} RETURNING seq`;

/** The PostgreSQL store, through a `pg` pool. Each record is one committed INSERT. */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  pool.on('error', () => undefined); // an idle client's error surfaces on its next use and on /healthz
  await migrate(pool);
  let last: { at: number; error?: string } | undefined;
  /** Run a write and keep its outcome for /healthz. */
  const write = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      const result = await run();
      last = { at: performance.now() };
      return result;
    } catch (error) {
      last = { at: performance.now(), error: (error as Error).message };
      throw error;
    }
  };

  return {
    kind: 'postgres',
    async record(input, id, at) {
      const row = toRow(input, id, at);
      const inserted = await write(() => pool.query(insert, rowValues(row)));
      if (inserted.rows[0]) return insertedRecord(row, Number(inserted.rows[0].seq));
      const existing = await pool.query('SELECT * FROM audit_records WHERE dedupe_key = $1', [row.dedupe_key]);
      return toRecord(existing.rows[0]);
    },
    async list({ after = 0, limit, kind }: { after?: number; limit: number; kind?: AuditKind }): Promise<AuditPage> {
      const result = kind
        ? await pool.query('SELECT * FROM audit_records WHERE seq > $1 AND kind = $2 ORDER BY seq LIMIT $3', [
            after,
            kind,
            limit + 1,
          ])
        : await pool.query('SELECT * FROM audit_records WHERE seq > $1 ORDER BY seq LIMIT $2', [after, limit + 1]);
      const rows = result.rows.map(toRecord);
      const records = rows.slice(0, limit);
      return { records, next: rows.length > limit ? (records.at(-1)?.seq ?? null) : null };
    },
    async get(id) {
      const result = await pool.query('SELECT * FROM audit_records WHERE id = $1', [id]);
      return result.rows[0] ? toRecord(result.rows[0]) : undefined;
    },
    async setting(key, init) {
      await pool.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, init()]);
      const result = await pool.query('SELECT value FROM settings WHERE key = $1', [key]);
      return String(result.rows[0]?.value);
    },
    async claimOnce(key, expiresAt, now) {
      return write(async () => {
        await pool.query('DELETE FROM one_time_claims WHERE expires_at < $1', [now.getTime()]);
        const claimed = await pool.query(
          'INSERT INTO one_time_claims (key, expires_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING',
          [key, expiresAt.getTime()],
        );
        return claimed.rowCount === 1;
      });
    },
    async prune(before) {
      const deleted = await write(() =>
        pool.query('DELETE FROM audit_records WHERE recorded_at < $1', [before.toISOString()]),
      );
      return deleted.rowCount ?? 0;
    },
    async health(): Promise<StoreHealth> {
      if (last && last.error === undefined && performance.now() - last.at < healthFreshMs) return { status: 'ok' };
      try {
        await write(() =>
          pool.query(
            "INSERT INTO settings (key, value) VALUES ('health-probe', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [new Date().toISOString()],
          ),
        );
        return { status: 'ok' };
      } catch (error) {
        return { status: 'degraded', reason: `audit writes fail: ${(error as Error).message}` };
      }
    },
    async close() {
      await pool.end();
    },
  };
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // One migrator at a time across server instances.
    await client.query('SELECT pg_advisory_xact_lock(727274)');
    await client.query(migrationsTable);
    const applied = new Set(
      (await client.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)),
    );
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await client.query(m.postgres);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
