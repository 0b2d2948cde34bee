import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCommand, auditExitCodes, type CommandIo, synthCommand } from './cli.js';
import type { AuditResult } from './result.js';
import { boundaries, fixtureYear } from './testing/boundaries.js';
import { ndjson } from './testing/fhir-builders.js';
import { loadViews } from './views.js';

function capture(extra: Partial<CommandIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), ...extra };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-cli-'));
  file = join(dir, 'export.ndjson');
  await writeFile(file, `${ndjson(boundaries.flatMap((b) => b.resources))}{"not": "a resource"}\nnot json at all\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('spine-advisor audit', () => {
  it('--json prints only the result; bad lines are counted and named on stderr, not fatal', async () => {
    const c = capture();
    const code = await auditCommand([file, '--year', String(fixtureYear), '--json'], c.io);
    expect(code).toBe(auditExitCodes.ok);
    const result = JSON.parse(c.stdout()) as AuditResult;
    expect(result.schemaVersion).toBe(1);
    expect(result.measurementYear).toBe(fixtureYear);
    expect(result.input.invalidLines).toBe(2);
    const lines = ndjson(boundaries.flatMap((b) => b.resources)).split('\n').length;
    expect(c.stderr()).toContain(`${file}:${lines}: not a JSON FHIR resource`);
    expect(c.stderr()).toContain(`${file}:${lines + 1}:`);
  });

  it('writes the HTML report and the evidence CSV, and prints a summary', async () => {
    const c = capture();
    const out = join(dir, 'report.html');
    const evidence = join(dir, 'evidence.csv');
    const code = await auditCommand([dir, '--year', '2025', '--out', out, '--evidence', evidence], c.io);
    expect(code).toBe(0);
    expect(c.stdout()).toMatch(/total\s+53\s+19\s+34\s+4\s+88\.2%/);
    expect(await readFile(out, 'utf8')).toMatch(/^<!doctype html>/);
    const csv = (await readFile(evidence, 'utf8')).trim().split('\n');
    expect(csv[0]).toBe(
      'patient,stratum,status,iesd,study,date,procedure,modality,daysAfterIesd,inWindow,support,urgency,acrVariant,site,practitioner,missing,facts',
    );
    expect(csv).toHaveLength(1 + 6);
  });

  it('defaults the year to the last full calendar year', async () => {
    const c = capture({ now: () => new Date('2026-03-01T00:00:00Z') });
    expect(await auditCommand([file, '--json'], c.io)).toBe(0);
    expect((JSON.parse(c.stdout()) as AuditResult).measurementYear).toBe(2025);
  });

  it('--parquet writes every table the measure reads', async () => {
    const c = capture();
    const parquet = join(dir, 'parquet');
    expect(await auditCommand([file, '--year', '2025', '--json', '--parquet', parquet], c.io)).toBe(0);
    expect((await readdir(parquet)).sort()).toContain('encounter.parquet');
    // One per view table, plus the code lists and the period.
    expect((await readdir(parquet)).length).toBe((await loadViews()).length + 2);
  });

  it.each([
    ['no input', ['--year', '2025']],
    ['a missing input', [join(tmpdir(), 'no-such-export-dir'), '--year', '2025']],
    ['a bad year', ['x.ndjson', '--year', '25']],
    ['an unknown option', ['x.ndjson', '--colour']],
  ])('exits 2 on %s, with the usage on stderr', async (_name, args) => {
    const c = capture();
    expect(await auditCommand(args, c.io)).toBe(auditExitCodes.badInput);
    expect(c.stdout()).toBe('');
    expect(c.stderr()).toContain('Usage:');
  });

  it('exits 2 when nothing readable is in the input', async () => {
    const empty = join(dir, 'empty.ndjson');
    await writeFile(empty, 'garbage\n');
    const c = capture();
    expect(await auditCommand([empty, '--json'], c.io)).toBe(2);
    expect(c.stderr()).toContain('no readable FHIR resources');
  });

  it('exits 2 on a value sets file of the wrong shape', async () => {
    const bad = join(dir, 'value-sets.json');
    await writeFile(bad, JSON.stringify({ version: 'x', valueSets: { 'low-back-pain': { cpt: ['Back pain'] } } }));
    const c = capture();
    expect(await auditCommand([file, '--value-sets', bad, '--json'], c.io)).toBe(2);
    expect(c.stderr()).toContain('value sets');
  });
});

describe('spine-advisor synth', () => {
  it('writes an export and its ground truth', async () => {
    const c = capture();
    const out = join(dir, 'synth');
    expect(await synthCommand(['--patients', '200', '--year', '2025', '--seed', '5', '--out', out], c.io)).toBe(0);
    const truth = JSON.parse(await readFile(join(out, 'ground-truth.json'), 'utf8')) as { patients: number };
    expect(truth.patients).toBe(200);
    expect(c.stdout()).toContain('Wrote 200 patients');
  });

  it('exits 2 without --patients', async () => {
    const c = capture();
    expect(await synthCommand(['--out', join(dir, 'x')], c.io)).toBe(2);
  });
});
