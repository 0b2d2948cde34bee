import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materialiseViews } from './audit.js';
import { expandInputs } from './inputs.js';
import { loadResources } from './sql-on-fhir/index.js';
import { synthesise } from './synth/synth.js';
import { loadViews, type NamedView } from './views.js';

let dir: string;
let files: string[];
let views: NamedView[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-views-'));
  await synthesise({ patients: 500, year: 2025, seed: 11, dir });
  files = await expandInputs([dir]);
  views = await loadViews();
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A fresh database with the files loaded, and `extra` more connections to it. */
async function database(
  extra: number,
): Promise<{ main: DuckDBConnection; more: DuckDBConnection[]; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const main = await instance.connect();
  await loadResources(main, files);
  const more = await Promise.all(Array.from({ length: extra }, () => instance.connect()));
  return {
    main,
    more,
    close: () => {
      for (const c of [...more, main]) c.closeSync();
      instance.closeSync();
    },
  };
}

const tableRows = async (connection: DuckDBConnection, table: string) =>
  (await connection.runAndReadAll(`SELECT * FROM ${table} ORDER BY ALL`)).getRowObjectsJson();

describe('building the view tables', () => {
  it('gives the same tables on several connections at once as on one', async () => {
    const one = await database(0);
    const three = await database(2);
    try {
      await materialiseViews(one.main, views);
      await materialiseViews(three.main, views, three.more, { Encounter: 2, Patient: 1 });
      for (const view of views) {
        const rows = await tableRows(one.main, view.name);
        expect(await tableRows(three.main, view.name), view.name).toEqual(rows);
      }
      expect((await tableRows(one.main, 'encounter')).length).toBeGreaterThan(100);
    } finally {
      one.close();
      three.close();
    }
  });

  it('fails on a bad view, starting no view after it', async () => {
    const db = await database(1);
    try {
      // The bad view comes first (its resource type is the most common), so no other view is started
      // after it fails, except the one the other connection had already taken.
      const bad = { ...(views[0] as NamedView), name: 'bad', resource: 'Encounter' };
      bad.select = [{ column: [{ name: 'x', path: 'id.where(', type: 'string' }] }];
      await expect(materialiseViews(db.main, [bad, ...views], db.more, { Encounter: 9 })).rejects.toThrow(/FHIRPath/);
      const made = await db.main.runAndReadAll(
        "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name NOT LIKE 'resource_line%'",
      );
      expect(Number(made.getRowObjectsJS()[0]?.n)).toBeLessThanOrEqual(1);
    } finally {
      db.close();
    }
  });
});
