import pg from 'pg';
import { migrations, migrationsTable } from './migrations.js';
import { insertColumns, toColumns, toRecord } from './rows.js';
import type { AuditKind, AuditPage, Store } from './store.js';

/** The PostgreSQL store, through a `pg` pool. Each record is one committed INSERT. */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  pool.on('error', () => undefined); // an idle client's error surfaces on its next use and on /healthz
  await migrate(pool);

  return {
    kind: 'postgres',
    async record(input, id, at) {
      const placeholders = toColumns(input, id, at)
        .map((_, i) => `$${i + 1}`)
        .join(', ');
      const inserted = await pool.query(
        `INSERT INTO audit_records (${insertColumns}) VALUES (${placeholders}) ON CONFLICT (dedupe_key) DO NOTHING RETURNING *`,
        [...toColumns(input, id, at)],
      );
      if (inserted.rows[0]) return toRecord(inserted.rows[0]);
      const existing = await pool.query('SELECT * FROM audit_records WHERE dedupe_key = $1', [input.dedupeKey]);
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
    async ping() {
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
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
