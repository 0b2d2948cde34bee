import pg from 'pg';

/** The PostgreSQL the tests use: `.ci/run` starts it; locally, see README "Development". */
export const testPostgresUrl =
  process.env.SPINE_ADVISOR_TEST_DATABASE_URL ?? 'postgres://spine:spine@127.0.0.1:5432/spine_advisor_test';

/**
 * Whether the test PostgreSQL answers. In CI it must: a missing database fails the run instead of
 * silently skipping the suite.
 */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: testPostgresUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    if (process.env.CI)
      throw new Error(`PostgreSQL is required in CI but ${testPostgresUrl} did not answer: ${String(error)}`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Drop the tables so each run starts from an empty schema (tests own this database). */
export async function resetPostgres(): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    await client.query('DROP TABLE IF EXISTS audit_records, settings, one_time_claims, schema_migrations');
  } finally {
    await client.end();
  }
}
