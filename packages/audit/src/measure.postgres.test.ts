import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { materialiseViews } from './audit.js';
import { expandInputs } from './inputs.js';
import { type MeasureRows, runMeasure } from './measure.js';
import { createTable, duckDatabase, type Row } from './sql-database.js';
import { loadResources } from './sql-on-fhir/index.js';
import { synthesise } from './synth/synth.js';
import { boundaries, fixtureYear } from './testing/boundaries.js';
import { ndjson } from './testing/fhir-builders.js';
import { postgresDatabase } from './testing/postgres.js';
import { shapes, unlisted } from './testing/shapes/index.js';
import { loadValueSets } from './value-sets.js';
import { columnType, loadViews, viewColumns } from './views.js';

const url = process.env.SPINE_ADVISOR_TEST_DATABASE_URL;

/** Rows in a stable order, whatever each database's collation. */
function sorted(rows: MeasureRows): Record<keyof MeasureRows, string[]> {
  const lines = (r: Row[]) =>
    r.map((x) => JSON.stringify(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))).sort();
  return {
    patients: lines(rows.patients),
    exclusions: lines(rows.exclusions),
    imaging: lines(rows.imaging),
    strata: lines(rows.strata),
  };
}

describe.skipIf(!url)('the same measure SQL on PostgreSQL', () => {
  it('gives the same rows as on DuckDB, for the boundary and shape fixtures and a synthetic population', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'audit-pg-'));
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const pg = await postgresDatabase(String(url));
    try {
      await writeFile(join(dir, 'boundaries.ndjson'), ndjson(boundaries.flatMap((b) => b.resources)));
      await writeFile(join(dir, 'shapes.ndjson'), ndjson([...shapes.flatMap((s) => s.resources), ...unlisted]));
      await synthesise({ patients: 1500, year: fixtureYear, seed: 3, dir: join(dir, 'synth') });
      await loadResources(connection, await expandInputs([dir]));
      const views = await loadViews();
      await materialiseViews(connection, views);
      const duck = duckDatabase(connection);
      for (const view of views) {
        const columns = viewColumns(view).map((c) => [c.name, columnType(c.type)] as const);
        await createTable(pg, view.name, columns, await duck.query(`SELECT * FROM ${view.name}`));
      }
      const valueSets = await loadValueSets();
      const onDuck = await runMeasure(duck, fixtureYear, valueSets);
      const onPostgres = await runMeasure(pg, fixtureYear, valueSets);
      expect(onDuck.patients.length).toBeGreaterThan(boundaries.length);
      expect(onDuck.imaging.length).toBeGreaterThan(0);
      expect(sorted(onPostgres)).toEqual(sorted(onDuck));
    } finally {
      await pg.close();
      connection.closeSync();
      instance.closeSync();
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
