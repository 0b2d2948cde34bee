import pg from 'pg';
import type { SqlDatabase } from '../sql-database.js';

/** A PostgreSQL database in a schema of its own, as a `SqlDatabase`; `close` drops the schema. */
export async function postgresDatabase(url: string): Promise<SqlDatabase & { close: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const schema = `audit_test_${process.pid}_${Date.now()}`;
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.query(`SET search_path TO ${schema}`);
  return {
    execute: async (sql, values) => {
      await client.query(sql, values ? [...values] : undefined);
    },
    query: async (sql) => (await client.query(sql)).rows,
    close: async () => {
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}
