import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCommand, auditExitCodes, type CommandIo, progressBar, synthCommand } from './cli.js';
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
    // Directories that do not exist yet are made.
    const out = join(dir, 'new', 'report.html');
    const evidence = join(dir, 'new', 'deeper', 'evidence.csv');
    const code = await auditCommand([dir, '--year', '2025', '--out', out, '--evidence', evidence], c.io);
    expect(code).toBe(0);
    expect(c.stdout()).toMatch(/total\s+53\s+19\s+34\s+4\s+88\.2%/);
    expect(await readFile(out, 'utf8')).toMatch(/^<!doctype html>/);
    const csv = (await readFile(evidence, 'utf8')).trim().split('\n');
    expect(csv[0]).toBe(
      'patient,stratum,status,iesd,study,date,procedure,modality,daysAfterIesd,inWindow,support,urgency,acrVariant,site,practitioner,missing,facts,siteName,practitionerName',
    );
    expect(csv).toHaveLength(1 + 6);
  });

  it('--lang es writes the report and the summary in Spanish; --json is the same in every language', async () => {
    const c = capture();
    const out = join(dir, 'es', 'informe.html');
    expect(await auditCommand([dir, '--year', '2025', '--out', out, '--lang', 'es'], c.io)).toBe(0);
    expect(c.stdout()).toContain('Auditoría de imágenes por dolor lumbar, 2025');
    expect(c.stdout()).toContain('Pacientes con un diagnóstico de dolor lumbar:');
    // Intl's Spanish: a decimal comma and a (no-break) space before the percent sign.
    expect(c.stdout()).toMatch(/total\s+53\s+19\s+34\s+4\s+88,2\u00a0%/);
    expect(c.stdout()).toContain(`Informe: ${out}`);
    expect(c.stdout()).not.toMatch(/Patients|Report:|Lumbar imaging/);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<h1>Auditoría de imágenes por dolor lumbar, 2025</h1>');

    const en = capture();
    const es = capture();
    expect(await auditCommand([file, '--year', String(fixtureYear), '--json'], en.io)).toBe(0);
    expect(await auditCommand([file, '--year', String(fixtureYear), '--json', '--lang', 'es'], es.io)).toBe(0);
    expect(es.stdout()).toBe(en.stdout());
  });

  it('refuses a --lang it does not speak with exit 2, naming --lang, before reading anything', async () => {
    const c = capture();
    const out = join(dir, 'fr', 'rapport.html');
    expect(await auditCommand([dir, '--year', '2025', '--out', out, '--lang', 'fr'], c.io)).toBe(
      auditExitCodes.badInput,
    );
    expect(c.stderr()).toContain('spine-advisor audit: --lang must be one of en, es, not "fr"');
    expect(c.stderr()).toContain('[--lang en|es]'); // the usage follows
    expect(c.stdout()).toBe('');
    await expect(readdir(join(dir, 'fr'))).rejects.toThrow();
    const missing = capture();
    expect(await auditCommand([dir, '--lang'], missing.io)).toBe(auditExitCodes.badInput);
    expect(missing.stderr()).toContain('--lang');
  });

  it('draws a progress bar on stderr on a terminal only, and clears it; stdout holds only the result', async () => {
    const good = join(dir, 'good.ndjson');
    await writeFile(good, ndjson(boundaries.flatMap((b) => b.resources)));
    const quiet = capture();
    expect(await auditCommand([good, '--year', String(fixtureYear), '--json'], quiet.io)).toBe(0);
    expect(quiet.stderr()).toBe('');
    const terminal = capture({ stderrIsTTY: true });
    expect(await auditCommand([good, '--year', String(fixtureYear), '--json'], terminal.io)).toBe(0);
    const erase = '\r\x1b[K';
    const drawn = terminal.stderr().split(erase);
    expect(drawn[0]).toBe('');
    expect(drawn[1]).toMatch(/^\[\.+\]\s+0% reading$/);
    expect(drawn.at(-2)).toMatch(/^\[#{24}\] 100% judging (\d+)\/\1 studies$/);
    expect(drawn.at(-1)).toBe('');
    expect(JSON.parse(terminal.stdout())).toEqual(JSON.parse(quiet.stdout()));
  });

  it('redraws the bar at most every 100 ms, but always at the end of a step', () => {
    const written: string[] = [];
    let now = 0;
    const bar = progressBar(
      (t) => written.push(t),
      () => now,
    );
    bar.update('judging', 0, 3);
    now = 50;
    bar.update('judging', 1, 3);
    now = 150;
    bar.update('judging', 2, 3);
    now = 160;
    bar.update('judging', 3, 3);
    bar.clear();
    expect(written.map((w) => w.replace('\r\x1b[K', ''))).toEqual([
      `[${'#'.repeat(19)}${'.'.repeat(5)}]  80% judging 0/3 studies`,
      `[${'#'.repeat(22)}${'.'.repeat(2)}]  93% judging 2/3 studies`,
      `[${'#'.repeat(24)}] 100% judging 3/3 studies`,
      '',
    ]);
  });

  it.each([auditCommand, synthCommand])('prints the usage on stdout with --help and exits 0 (%o)', async (command) => {
    const c = capture();
    expect(await command(['--help'], c.io)).toBe(0);
    expect(c.stdout()).toContain('spine-advisor audit INPUT...');
    expect(c.stdout()).toContain('spine-advisor synth --patients N');
    expect(c.stderr()).toBe('');
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
    ['no input', ['--year', '2025'], 'INPUT'],
    ['a missing input', [join(tmpdir(), 'no-such-export-dir'), '--year', '2025'], 'no-such-export-dir: no such file'],
    ['a bad year', ['x.ndjson', '--year', '25'], '--year'],
    ['a year that is not a whole year', ['x.ndjson', '--year', '2025.0'], '--year'],
    ['a year with no value', ['x.ndjson', '--year'], '--year'],
    ['an unknown option', ['x.ndjson', '--colour'], '--colour'],
    ['--out under a file', ['x.ndjson', '--out', '/dev/null/r.html'], '--out'],
    ['--evidence under a file', ['x.ndjson', '--evidence', '/dev/null/e.csv'], '--evidence'],
    [
      'a missing --value-sets file',
      ['x.ndjson', '--value-sets', join(tmpdir(), 'no-such-value-sets.json')],
      '--value-sets',
    ],
  ])('exits 2 on %s, naming it, with the usage on stderr', async (_name, args, named) => {
    const c = capture();
    expect(await auditCommand(args, c.io)).toBe(auditExitCodes.badInput);
    expect(c.stdout()).toBe('');
    expect(c.stderr().split('\n')[0]).toContain(named);
    expect(c.stderr()).toContain('Usage:');
  });

  it('exits 2 on an empty directory or --out naming a directory, before reading anything', async () => {
    const empty = await mkdtemp(join(dir, 'empty-'));
    let c = capture();
    expect(await auditCommand([empty, '--year', '2025', '--json'], c.io)).toBe(2);
    expect(c.stderr()).toContain(`no .ndjson or .ndjson.gz files in INPUT ${empty}`);
    c = capture();
    expect(await auditCommand([file, '--year', '2025', '--out', empty], c.io)).toBe(2);
    expect(c.stderr()).toContain(`--out ${empty}: is a directory`);
  });

  it('counts a line with bytes that are not UTF-8 as a bad line (plain or gzip, cut off or not), and reads the rest', async () => {
    const good = ndjson(boundaries.flatMap((b) => b.resources));
    // (A CRLF right after such a line, in a file of LF lines, makes DuckDB's reader count one line
    // too many after it: the line numbers after it would be one too high.)
    const latin = Buffer.concat([
      Buffer.from('{"resourceType":"Basic","id":"a"}\r\n{"resourceType":"Basic","id":"caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n\n{"resourceType":"Basic","id":"b"}\n'),
    ]);
    const plain = join(dir, 'latin.ndjson');
    await writeFile(plain, latin);
    const zipped = join(dir, 'latin.ndjson.gz');
    const whole = gzipSync(Buffer.concat([latin, Buffer.from('{"resourceType":"Basic","id":"cut')]));
    await writeFile(zipped, whole.subarray(0, whole.length - 8)); // cut off before the gzip trailer
    const good1 = join(dir, 'good-1.ndjson');
    await writeFile(good1, good);
    const c = capture();
    expect(await auditCommand([plain, zipped, good1, '--year', String(fixtureYear), '--json'], c.io)).toBe(0);
    const result = JSON.parse(c.stdout()) as AuditResult;
    expect(c.stderr().split('\n').filter(Boolean).sort()).toEqual(
      [
        `${plain}:2: not a JSON FHIR resource, or not readable as UTF-8 text (skipped)`,
        `${zipped}:2: not a JSON FHIR resource, or not readable as UTF-8 text (skipped)`,
        `${zipped}:5: not a JSON FHIR resource, or not readable as UTF-8 text (skipped)`,
      ].sort(),
    );
    expect(result.input.invalidLines).toBe(3);
    expect(result.input.files).toBe(3);
    expect(result.input.byType.Basic).toBe(4);
    const clean = capture();
    expect(await auditCommand([good1, '--year', String(fixtureYear), '--json'], clean.io)).toBe(0);
    expect(result.strata).toEqual((JSON.parse(clean.stdout()) as AuditResult).strata);
  });

  it('exits 2 on a .gz file that is not gzip, naming it', async () => {
    const fake = join(dir, 'fake.ndjson.gz');
    await writeFile(fake, 'not gzip at all\n');
    const c = capture();
    expect(await auditCommand([fake, file, '--year', '2025', '--json'], c.io)).toBe(2);
    expect(c.stdout()).toBe('');
    expect(c.stderr()).toContain(`${fake}: not a gzip file`);
  });

  it('exits 2 rather than write the report or the evidence over an input file, which is left as it was', async () => {
    const before = await readFile(file, 'utf8');
    for (const option of ['--out', '--evidence']) {
      const c = capture();
      expect(await auditCommand([dir, '--year', '2025', option, file], c.io)).toBe(2);
      expect(c.stderr()).toContain(`${option} ${file}: is one of the input files`);
    }
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('exits 2 when nothing readable is in the input', async () => {
    const empty = join(dir, 'empty.ndjson');
    await writeFile(empty, 'garbage\n');
    const c = capture();
    expect(await auditCommand([empty, '--json'], c.io)).toBe(2);
    expect(c.stderr()).toContain('no readable FHIR resources');
  });

  it.each([
    [
      'of the wrong shape',
      JSON.stringify({ version: 'x', valueSets: { 'low-back-pain': { cpt: ['Back pain'] } } }),
      'valueSets.low-back-pain.cpt.0',
    ],
    ['that is not JSON', '{"version": ', 'not JSON'],
  ])('exits 2 on a value sets file %s, naming the option and the field', async (_name, text, named) => {
    const bad = join(dir, 'value-sets.json');
    await writeFile(bad, text);
    const c = capture();
    expect(await auditCommand([file, '--value-sets', bad, '--json'], c.io)).toBe(2);
    expect(c.stderr()).toContain(`--value-sets ${bad}: not a value sets file`);
    expect(c.stderr()).toContain(named);
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

  it('writes the same bytes for the same seed, and replaces every file of an earlier export', async () => {
    const a = join(dir, 'synth-a');
    const b = join(dir, 'synth-b');
    expect(await synthCommand(['--patients', '400', '--year', '2025', '--seed', '7', '--out', a], capture().io)).toBe(
      0,
    );
    // A smaller export into the same directory first: none of its files may be left behind.
    expect(await synthCommand(['--patients', '3', '--year', '2025', '--seed', '7', '--out', b], capture().io)).toBe(0);
    expect(await synthCommand(['--patients', '400', '--year', '2025', '--seed', '7', '--out', b], capture().io)).toBe(
      0,
    );
    const files = (await readdir(a)).sort();
    expect(files).toEqual((await readdir(b)).sort());
    expect(files).toContain('ground-truth.json');
    for (const name of files) expect(await readFile(join(b, name))).toEqual(await readFile(join(a, name)));
    const small = join(dir, 'synth-small');
    expect(await synthCommand(['--patients', '1', '--year', '2025', '--seed', '7', '--out', small], capture().io)).toBe(
      0,
    );
    expect((await readdir(small)).sort()).toEqual(files);
  });

  it.each([
    ['without --patients', ['--out', 'x'], '--patients'],
    ['with --patients 0', ['--patients', '0', '--out', 'x'], '--patients'],
    ['with --patients 1e3', ['--patients', '1e3', '--out', 'x'], '--patients'],
    ['with --patients 2.5', ['--patients', '2.5', '--out', 'x'], '--patients'],
    ['with a bad year', ['--patients', '5', '--year', '99', '--out', 'x'], '--year'],
    ['with an empty seed', ['--patients', '5', '--seed', '', '--out', 'x'], '--seed'],
    ['with a seed of more than 32 bits', ['--patients', '5', '--seed', '4294967296', '--out', 'x'], '--seed'],
    ['with a negative seed', ['--patients', '5', '--seed', '-5', '--out', 'x'], '--seed'],
    ['without --out', ['--patients', '5'], '--out'],
    ['with an unknown option', ['--patients', '5', '--out', 'x', '--bogus'], '--bogus'],
    ['with an extra argument', ['--patients', '5', '--out', 'x', 'extra'], 'extra'],
  ])('exits 2 %s, naming the option, and writes nothing', async (_name, args, named) => {
    const c = capture();
    expect(await synthCommand(args, c.io)).toBe(auditExitCodes.badInput);
    expect(c.stdout()).toBe('');
    expect(c.stderr().split('\n')[0]).toContain(named);
  });

  it('exits 2 when --out is a file, or a directory holding other NDJSON files', async () => {
    let c = capture();
    expect(await synthCommand(['--patients', '5', '--out', file], c.io)).toBe(2);
    expect(c.stderr()).toContain(`--out ${file}: not a directory`);
    c = capture();
    expect(await synthCommand(['--patients', '5', '--out', dir], c.io)).toBe(2);
    expect(c.stderr()).toContain('export.ndjson');
    const nested = await mkdtemp(join(dir, 'nested-'));
    await mkdir(join(nested, 'old'));
    await writeFile(join(nested, 'old', 'Patient.ndjson'), '{}\n');
    c = capture();
    expect(await synthCommand(['--patients', '5', '--out', nested], c.io)).toBe(2);
    expect(c.stderr()).toContain(join('old', 'Patient.ndjson'));
  });
});
