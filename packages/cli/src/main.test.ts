import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssessmentSchema } from '@spine-advisor/engine';
import { describe, expect, it } from 'vitest';

/** The installed command, run as a real process (npm test builds it first). */
const main = join(import.meta.dirname, '..', 'bin', 'spine-advisor.js');
const example = join(import.meta.dirname, '..', '..', '..', 'examples', 'case-sciatica-8-weeks.json');

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], stdin?: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'spine-advisor-cli-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('spine-advisor evaluate', () => {
  it('prints a readable report with the urgency first', async () => {
    const r = await cli(['evaluate', example]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('=== - ROUTINE: planned, not urgent ===');
    expect(r.stdout).toContain('MRI lumbar spine without IV contrast');
    expect(r.stdout).toContain('ACR Low Back Pain variant 3');
    expect(r.stdout).toMatch(/does not diagnose/);
  });

  it('prints the assessment JSON with --json', async () => {
    const r = await cli(['evaluate', example, '--json']);
    expect(r.code).toBe(0);
    const parsed = AssessmentSchema.safeParse(JSON.parse(r.stdout));
    expect(parsed.success).toBe(true);
    expect(JSON.parse(r.stdout)).toMatchObject({ urgency: 'routine', acrVariant: 3 });
  });

  it('reads the case from stdin when piped, with or without "-"', async () => {
    const emergency = JSON.stringify({ age: 50, durationWeeks: 1, saddleNumbness: true });
    for (const args of [
      ['evaluate', '--json'],
      ['evaluate', '-', '--json'],
    ]) {
      const r = await cli(args, emergency);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ urgency: 'emergency', acrVariant: 4 });
    }
  });

  it('rejects an invalid case with exit 2, every bad field on stderr and nothing on stdout', async () => {
    const r = await cli(
      ['evaluate', '-'],
      JSON.stringify({ age: -3, durationWeeks: 'two', bladder: 'sometimes', feverr: true }),
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('stdin is not a valid case (4 problems)');
    expect(r.stderr).toMatch(/\/age: expected at least 0/);
    expect(r.stderr).toMatch(/\/durationWeeks: expected a value of type number/);
    expect(r.stderr).toMatch(/\/bladder: expected one of "normal", "new-dysfunction", "retention"/);
    expect(r.stderr).toMatch(/\/feverr: unknown field "feverr"/);
  });

  it('names a missing required field', async () => {
    const r = await cli(['evaluate', tempFile('case.json', '{"age": 40}')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/durationWeeks: required: expected a value of type number/);
  });

  it('rejects text that is not JSON with exit 2', async () => {
    const r = await cli(['evaluate', '-'], '{ age: 40');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it('rejects a key given twice with exit 2, naming it: a later "no" never hides a "yes"', async () => {
    const r = await cli(['evaluate', '-'], '{"age":52,"durationWeeks":1,"saddleNumbness":true,"saddleNumbness":false}');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\/saddleNumbness: key "saddleNumbness" is given twice/);
  });

  it('rejects an impossible combination with exit 2, naming both fields', async () => {
    const r = await cli(['evaluate'], '{"age":40,"durationWeeks":2,"sex":"male","pregnant":true}');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/pregnant/);
    expect(r.stderr).toMatch(/sex/);
  });

  it('shows answers that disagree, read the safer way', async () => {
    const r = await cli(['evaluate'], '{"age":40,"durationWeeks":2,"weakness":"none","weaknessWorsening":true}');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Answers that disagree/);
    expect(r.stdout.split('\n')[0]).toMatch(/URGENT/);
  });

  it('speaks Spanish with --lang es, ids unchanged, and refuses an unknown language', async () => {
    const text = await cli(['evaluate', '--lang', 'es'], '{"age":40,"durationWeeks":1,"saddleNumbness":true}');
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/EMERGENCIA/);
    expect(text.stdout).toMatch(/Vaya ahora a una sala de emergencias/);
    const json = await cli(
      ['evaluate', '--lang', 'es', '--json'],
      '{"age":40,"durationWeeks":1,"saddleNumbness":true}',
    );
    expect(JSON.parse(json.stdout)).toMatchObject({ urgency: 'emergency', redFlags: [{ id: 'saddle-numbness' }] });
    const bad = await cli(['evaluate', '--lang', 'fr'], '{"age":40,"durationWeeks":1}');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--lang must be one of en, es/);
  });

  it('prints the version of its package', async () => {
    const r = await cli(['--version']);
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('exits 1 when the file cannot be read', async () => {
    const r = await cli(['evaluate', '/nonexistent/case.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read \/nonexistent\/case.json \(ENOENT\)/);
  });

  it('exits 1 on an unknown command or option, with usage', async () => {
    const bad = await cli(['assess']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/unknown command "assess"/);
    const option = await cli(['evaluate', example, '--yaml']);
    expect(option.code).toBe(1);
    expect(option.stderr).toMatch(/Usage:/);
  });
});

describe('spine-advisor schema', () => {
  it('prints the case and assessment JSON Schemas', async () => {
    const c = await cli(['schema', 'case']);
    expect(c.code).toBe(0);
    expect(JSON.parse(c.stdout)).toMatchObject({ type: 'object', additionalProperties: false });
    const a = await cli(['schema', 'assessment']);
    expect(JSON.parse(a.stdout).properties).toHaveProperty('trace');
  });

  it('exits 1 for an unknown schema', async () => {
    const r = await cli(['schema', 'patient']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/schema takes one of: case, assessment, reading/);
  });
});

describe('spine-advisor read-report', () => {
  const report =
    'IMPRESSION:\n1. L4-5: left paracentral protrusion compressing the left L5 nerve root.\n2. No fracture.';

  it('reads a report from stdin with --age, readable and as JSON', async () => {
    const text = await cli(['read-report', '--age', '45'], report);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('=== REPORT READING ===');
    expect(text.stdout).toContain('disc-protrusion (L4-L5, left)');
    const json = await cli(['read-report', '-', '--age', '45', '--json'], report);
    expect(JSON.parse(json.stdout)).toMatchObject({ schemaVersion: 1, urgent: [] });
  });

  it('explains a report in Spanish with --lang es, types and levels unchanged', async () => {
    const text = await cli(['read-report', '--age', '45', '--lang', 'es'], report);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('=== LECTURA DEL INFORME ===');
    expect(text.stdout).toContain('disc-protrusion (L4-L5, left)');
    expect(text.stdout).toMatch(/no da un diagnóstico/);
    const [en, es] = await Promise.all(
      ['en', 'es'].map(async (lang) => {
        const r = await cli(['read-report', '--age', '45', '--json', '--lang', lang], report);
        return JSON.parse(r.stdout) as {
          summary: string;
          findings: { type: string; level: string; explanation: string }[];
        };
      }),
    );
    expect(es?.findings.map((f) => [f.type, f.level])).toEqual(en?.findings.map((f) => [f.type, f.level]));
    expect(es?.summary).not.toBe(en?.summary);
    expect(es?.findings[0]?.explanation).not.toBe(en?.findings[0]?.explanation);
    const bad = await cli(['read-report', '--age', '45', '--lang', 'de'], report);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--lang must be one of en, es/);
  });

  it('relates findings to symptoms with --case', async () => {
    const caseFile = tempFile('case.json', JSON.stringify({ age: 45, durationWeeks: 8, legPain: 'one-leg' }));
    const r = await cli(['read-report', '--age', '45', '--case', caseFile, '--json'], report);
    const reading = JSON.parse(r.stdout) as { findings: { type: string; fit: string }[] };
    expect(reading.findings.find((f) => f.type === 'disc-protrusion')?.fit).toBe('may-fit-symptoms');
  });

  it('exits 2 naming --age when it is missing or wrong, and a bad case field by path', async () => {
    const missing = await cli(['read-report'], report);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/\/age: required: give --age N/);
    const badCase = await cli(['read-report', '--age', '45', '--case', tempFile('c.json', '{"age": 45}')], report);
    expect(badCase.code).toBe(2);
    expect(badCase.stderr).toMatch(/\/case\/durationWeeks/);
  });

  it('exits 1 on an unknown option, with usage, like every command', async () => {
    const r = await cli(['read-report', '--agee', '45'], report);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Unknown option '--agee'/);
    expect(r.stderr).toMatch(/Usage:/);
  });

  it('rejects a case file with a key given twice, naming it under /case', async () => {
    const file = tempFile('c.json', '{"age":45,"durationWeeks":2,"fever":true,"fever":false}');
    const r = await cli(['read-report', '--age', '45', '--case', file], report);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/case\/fever: key "fever" is given twice/);
  });

  it('prints the reading JSON Schema', async () => {
    const r = await cli(['schema', 'reading']);
    expect(JSON.parse(r.stdout).properties).toHaveProperty('findings');
  });
});

describe('spine-advisor audit and synth (real process)', () => {
  it('writes a synthetic export, audits it as JSON, and exits 2 without input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spine-cli-audit-'));
    const synth = await cli(['synth', '--patients', '300', '--year', '2025', '--seed', '2', '--out', dir]);
    expect(synth.code).toBe(0);
    const audit = await cli(['audit', dir, '--year', '2025', '--json']);
    expect(audit.code).toBe(0);
    expect(audit.stderr).toBe(''); // not a terminal: no progress bar
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as { strata: unknown };
    expect((JSON.parse(audit.stdout) as { strata: unknown }).strata).toEqual(truth.strata);
    const bad = await cli(['audit', '--year', '2025']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');

    // A reader that has gone (`| head -1` done): a quiet stop, no EPIPE stack trace.
    const early = await new Promise<Result>((resolve, reject) => {
      const child = spawn(process.execPath, [main, 'audit', dir, '--year', '2025', '--json']);
      let stderr = '';
      child.stdout.destroy();
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout: '', stderr }));
    });
    expect(early).toEqual({ code: 0, stdout: '', stderr: '' });

    // --lang: the summary in Spanish; an unknown language exits 2 naming --lang; the help lists it.
    const es = await cli(['audit', dir, '--year', '2025', '--lang', 'es', '--out', join(dir, 'informe.html')]);
    expect(es.code).toBe(0);
    expect(es.stdout).toContain('Pacientes con un diagnóstico de dolor lumbar:');
    expect(readFileSync(join(dir, 'informe.html'), 'utf8')).toContain('<html lang="es">');
    const fr = await cli(['audit', dir, '--year', '2025', '--lang', 'fr']);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('--lang must be one of en, es');
    expect((await cli(['--help'])).stdout).toContain('[--parquet DIR] [--lang en|es]');
  }, 60_000);
});
