import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { compileView } from './compile-view.js';
import { loadResources } from './load.js';
import { useDuckDB } from './testing/duckdb.js';

const dir = mkdtempSync(join(tmpdir(), 'sof-load-'));
const patient = (id: string) => JSON.stringify({ resourceType: 'Patient', id, gender: 'female' });
const encounter = (id: string) =>
  JSON.stringify({ resourceType: 'Encounter', id, status: 'finished', subject: { reference: `Patient/${id}` } });

// Lines: 1 valid, 2 blank, 3 broken JSON, 4 valid, 5 array, 6 no resourceType, 7 valid (no final newline).
const mixed = join(dir, 'Patient.000.ndjson');
writeFileSync(
  mixed,
  [
    patient('p1'),
    '',
    '{"resourceType": "Patient", "id": ',
    patient('p2'),
    '[1, 2]',
    '{"id": "x"}',
    encounter('p1'),
  ].join('\n'),
);
// Named Observation, holds Encounters: the type comes from each line.
const gz = join(dir, 'Observation.000.ndjson.gz');
writeFileSync(gz, gzipSync(`${[encounter('p2'), encounter('p3'), 'not json'].join('\n')}\n`));

const connectionOf = useDuckDB();

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadResources', () => {
  it('loads under a small memory limit (a machine with little RAM)', async () => {
    const instance = await DuckDBInstance.create(':memory:', { memory_limit: '512MB' });
    const connection = await instance.connect();
    try {
      expect((await loadResources(connection, [mixed, gz])).resources).toBe(5);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('loads valid lines of plain and gzipped NDJSON, typed by each line', async () => {
    const result = await loadResources(connectionOf(), [mixed, gz]);
    expect(result.resources).toBe(5);
    expect(result.byType).toEqual({ Encounter: 3, Patient: 2 });
  });

  it('counts invalid lines by file and line number, skipping blank lines', async () => {
    const result = await loadResources(connectionOf(), [mixed, gz]);
    expect(result.invalidLines).toEqual([
      { file: mixed, line: 3 },
      { file: mixed, line: 5 },
      { file: mixed, line: 6 },
      { file: gz, line: 3 },
    ]);
  });

  it('counts lines it cannot read (not UTF-8, too long) at their own line numbers, never fatal', async () => {
    // Lines: 1 too long, 2 valid, 3 not UTF-8, 4 blank, 5 valid, 6 broken JSON, 7 too long, 8 valid.
    const awkward = join(dir, 'awkward.ndjson');
    const long = JSON.stringify({ resourceType: 'Patient', id: 'big', text: { div: 'x'.repeat(1_500_000) } });
    writeFileSync(
      awkward,
      Buffer.concat([
        Buffer.from(`${long}\n${patient('a1')}\n`),
        Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]),
        Buffer.from(`\n${patient('a2')}\n{"resourceType": \n${long}\n${encounter('a2')}\n`),
      ]),
    );
    const result = await loadResources(connectionOf(), [mixed, awkward], { maxLineSize: 1024 * 1024 });
    expect(result.byType).toEqual({ Encounter: 2, Patient: 4 });
    expect(result.invalidLines).toEqual([
      { file: mixed, line: 3 },
      { file: mixed, line: 5 },
      { file: mixed, line: 6 },
      { file: awkward, line: 1 },
      { file: awkward, line: 3 },
      { file: awkward, line: 6 },
      { file: awkward, line: 7 },
    ]);
    // A later load starts its record of unreadable lines afresh.
    expect((await loadResources(connectionOf(), [mixed])).invalidLines).toHaveLength(3);
  });

  it("leaves a reference's version out of the patient id", async () => {
    const versioned = join(dir, 'versioned.ndjson');
    writeFileSync(
      versioned,
      [
        patient('v1'),
        JSON.stringify({ resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/v1/_history/2' } }),
        JSON.stringify({
          resourceType: 'Condition',
          id: 'c2',
          subject: { reference: 'https://x.org/fhir/Patient/v1' },
        }),
      ].join('\n'),
    );
    await loadResources(connectionOf(), [versioned]);
    const reader = await connectionOf().runAndReadAll('SELECT patient_id FROM resource_lines ORDER BY rowid');
    expect(reader.getRows().map(([id]) => id)).toEqual(['v1', 'v1', 'v1']);
  });

  it('makes a `resources` relation the compiled views run on', async () => {
    await loadResources(connectionOf(), [mixed, gz]);
    const view = {
      resource: 'Encounter',
      select: [
        {
          column: [
            { name: 'id', path: 'getResourceKey()', type: 'string' },
            { name: 'patient', path: 'subject.getReferenceKey(Patient)', type: 'string' },
          ],
        },
      ],
    };
    const reader = await connectionOf().runAndReadAll(`${compileView(view)} ORDER BY id`);
    expect(reader.getRowObjectsJS()).toEqual([
      { id: 'p1', patient: 'p1' },
      { id: 'p2', patient: 'p2' },
      { id: 'p3', patient: 'p3' },
    ]);
  });

  it("reads each resource's patient id in the same pass: its own, or its subject's", async () => {
    await loadResources(connectionOf(), [mixed, gz]);
    const reader = await connectionOf().runAndReadAll(
      'SELECT resource_type AS type, patient_id AS patient FROM resource_lines WHERE resource_type IS NOT NULL ORDER BY rowid',
    );
    expect(reader.getRowObjectsJS()).toEqual([
      { type: 'Patient', patient: 'p1' },
      { type: 'Patient', patient: 'p2' },
      { type: 'Encounter', patient: 'p1' },
      { type: 'Encounter', patient: 'p2' },
      { type: 'Encounter', patient: 'p3' },
    ]);
  });

  it('replaces an earlier load and accepts no files', async () => {
    await loadResources(connectionOf(), [mixed]);
    const empty = await loadResources(connectionOf(), []);
    expect(empty).toEqual({ resources: 0, invalidLines: [], byType: {} });
    const reader = await connectionOf().runAndReadAll('SELECT count(*) AS n FROM resources');
    expect(reader.getRowObjectsJS()).toEqual([{ n: 0n }]);
  });
});
