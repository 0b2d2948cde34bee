import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { runAudit } from './audit.js';
import { expandInputs } from './inputs.js';
import type { AuditResult } from './result.js';
import { funnelOf, studiesOf, weeksOf } from './result.js';
import { AuditResultSchema } from './result-schema.js';
import { synthesise } from './synth/synth.js';
import { loadValueSets } from './value-sets.js';

let dir: string;
let result: AuditResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-schema-'));
  await synthesise({ patients: 1500, year: 2025, seed: 3, dir });
  result = await runAudit({ files: await expandInputs([dir]), year: 2025, valueSets: await loadValueSets() });
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The result as a file holds it, changed by `edit`. */
function edited(edit: (r: Record<string, unknown>) => void): unknown {
  const copy = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
  edit(copy);
  return copy;
}

/** The paths of the issues that reject `value`, as `a.b[0].c`. */
function rejected(value: unknown): string[] {
  const parsed = AuditResultSchema.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) =>
    i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join(''),
  );
}

describe('the audit result schema', () => {
  it('accepts what the audit writes, unchanged', () => {
    expect(result.patients.flatMap((p) => p.imaging).length).toBeGreaterThan(0);
    const parsed = AuditResultSchema.safeParse(JSON.parse(JSON.stringify(result)));
    expect(parsed.success && parsed.data).toEqual(result);
  });

  it('reads into the result type', () => {
    expectTypeOf<z.output<typeof AuditResultSchema>>().toEqualTypeOf<AuditResult>();
  });

  it('names where a file goes wrong', () => {
    expect(rejected(edited((r) => Object.assign(r, { schemaVersion: 2 })))).toEqual(['.schemaVersion']);
    expect(rejected(edited((r) => delete r.strata))).toEqual(['.strata']);
    expect(
      rejected(
        edited((r) => {
          const patients = r.patients as { imaging: { procedure: string }[] }[];
          const imaged = patients.findIndex((p) => p.imaging.length > 0);
          (patients[imaged]?.imaging[0] as { procedure: string }).procedure = 'x-ray-of-the-moon';
        }),
      )[0],
    ).toMatch(/^\.patients\[\d+\]\.imaging\[0\]\.procedure$/);
    expect(rejected(edited((r) => Object.assign(r, { strata: (r.strata as unknown[]).slice(0, 2) })))).toEqual([
      '.strata',
    ]);
    expect(rejected([])).toEqual(['']);
  });

  it('reads a result holding only the fields of contract section 6, deriving what this tool adds', () => {
    const contractOnly = edited((r) => {
      delete r.valueSetsVersion;
      delete r.appropriateness;
      for (const p of r.patients as { imaging: Record<string, unknown>[] }[])
        for (const s of p.imaging)
          for (const added of ['study', 'modality', 'site', 'practitioner', 'facts']) delete s[added];
    });
    const parsed = AuditResultSchema.safeParse(contractOnly);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const studies = studiesOf(parsed.data);
    expect(studies).toHaveLength(result.imaging.total);
    expect(parsed.data.appropriateness.byModality).toEqual(result.appropriateness.byModality);
    expect(parsed.data.appropriateness.topMissing).toEqual(result.appropriateness.topMissing);
    expect(parsed.data.appropriateness.bySite).toEqual({});
    expect(new Set(studies.map((s) => s.study)).size).toBe(studies.length);
    expect(studies.every((s) => s.site === null && s.practitioner === null && s.facts.length === 0)).toBe(true);
    expect(parsed.data.valueSetsVersion).toBe('');
  });

  it('asks for the modality of a study whose procedure does not name it', () => {
    const bone = edited((r) => {
      const patients = r.patients as { imaging: Record<string, unknown>[] }[];
      const imaged = patients.find((p) => p.imaging.length > 0);
      Object.assign(imaged?.imaging[0] ?? {}, { procedure: 'bone-scan-spect-spine', modality: undefined });
    });
    expect(rejected(bone)).toEqual([expect.stringMatching(/^\.patients\[\d+\]\.imaging\[0\]\.modality$/)]);
  });

  it('ignores fields a later version adds', () => {
    expect(rejected(edited((r) => Object.assign(r, { somethingNew: true })))).toEqual([]);
  });
});

describe('figures drawn from the result', () => {
  it('the funnel agrees with the total stratum', () => {
    const total = result.strata.find((s) => s.stratum === 'total');
    const funnel = Object.fromEntries(funnelOf(result).map((f) => [f.step, f.patients]));
    expect(funnel).toEqual({
      'low-back-pain': result.patients.length,
      eligible: total?.eligible,
      excluded: total?.excluded,
      denominator: total?.denominator,
      imaged: total?.numerator,
    });
  });

  it('counts every study once, with its patient', () => {
    const studies = studiesOf(result);
    expect(studies).toHaveLength(result.imaging.total);
    expect(weeksOf(studies).reduce((n, w) => n + w.studies, 0)).toBe(studies.length);
    const first = result.patients.find((p) => p.imaging.length > 0);
    expect(studies.find((s) => s.study === first?.imaging[0]?.study)?.patient).toBe(first?.patient);
  });

  it('puts day 27 in the window, day 28 in week 4 (window on that day only), day 35 after it', () => {
    expect(
      weeksOf([{ daysAfterIesd: 27 }, { daysAfterIesd: 28 }, { daysAfterIesd: 35 }, { daysAfterIesd: 0 }]),
    ).toEqual([
      { week: 0, studies: 1, window: 'yes' },
      { week: 3, studies: 1, window: 'yes' },
      { week: 4, studies: 1, window: 'day-28' },
      { week: 5, studies: 1, window: 'no' },
    ]);
  });
});

describe('the browser entry', () => {
  it('reaches no Node built-in, DuckDB or FHIR mapping through its imports', async () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = async (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = await readFile(file, 'utf8');
      // Value imports and re-exports only: `import type` / `export type` are erased from the build.
      for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
        const spec = m[1] as string;
        if (spec.startsWith('.')) await visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
        else external.add(spec);
      }
    };
    await visit(join(import.meta.dirname, 'browser.ts'));
    expect([...seen].map((f) => f.slice(import.meta.dirname.length + 1)).sort()).toEqual([
      'browser.ts',
      'result-schema.ts',
      'result.ts',
    ]);
    expect([...external].sort()).toEqual(['@spine-advisor/engine', 'zod']);
  });
});
