import { readdirSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from './audit.js';
import { expandInputs } from './inputs.js';
import { loadValueSets } from './value-sets.js';

const sample = new URL('../testdata/sample-bulk-10-patients/', import.meta.url).pathname;

describe('the CC0 Synthea sample export (gzipped NDJSON)', () => {
  it('reads every resource and finds the one low back pain diagnosis of 2020', async () => {
    const files = await expandInputs([sample]);
    expect(files).toHaveLength(6);
    const result = await runAudit({ files, year: 2020, valueSets: await loadValueSets() });
    expect(result.input).toEqual({
      files: 6,
      resources: 13 + 555 + 1215 + 2056 + 1745 + 44,
      invalidLines: 0,
      byType: { Condition: 555, Encounter: 1215, Location: 44, MedicationRequest: 1745, Patient: 13, Procedure: 2056 },
    });
    // Born 2002-07-30 (18 on 31 December), chronic low back pain on an ambulatory visit, nothing before.
    expect(result.patients.map((p) => [p.patient, p.ageAtYearEnd, p.iesd, p.status, p.stratum])).toEqual([
      ['Patient/fb7c882a-f897-e7c5-67e0-825e7fd55d15', 18, '2020-09-03', 'not-imaged', '18-64'],
    ]);
    expect(result.strata.find((s) => s.stratum === 'total')).toMatchObject({ eligible: 1, denominator: 1, rate: 1 });
  }, 60_000);

  it('spills to a private directory under the temporary directory and leaves nothing behind', async () => {
    const files = await expandInputs([sample]);
    const own = await mkdtemp(join(tmpdir(), 'audit-tmpdir-'));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = own;
    try {
      const spills: string[][] = [];
      await runAudit({
        files,
        year: 2020,
        valueSets: await loadValueSets(),
        onProgress: () => {
          spills.push(readdirSync(own));
        },
      });
      expect(spills.flat().some((name) => name.startsWith('spine-advisor-audit-'))).toBe(true);
      expect(await readdir(own)).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
      await rm(own, { recursive: true, force: true });
    }
  }, 60_000);
});
