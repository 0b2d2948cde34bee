import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../audit.js';
import { expandInputs } from '../inputs.js';
import type { AuditResult } from '../result.js';
import { loadValueSets } from '../value-sets.js';
import { type GroundTruth, synthesise } from './synth.js';

let dir: string;
let truth: GroundTruth;
let result: AuditResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-synth-'));
  truth = await synthesise({ patients: 3000, year: 2024, seed: 42, dir: join(dir, 'a') });
  result = await runAudit({
    files: await expandInputs([join(dir, 'a')]),
    year: 2024,
    valueSets: await loadValueSets(),
  });
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a synthetic population with known answers', () => {
  it('has every kind of patient the measure tells apart', () => {
    const statuses = new Set(truth.lowBackPain.map((p) => p.status));
    expect([...statuses].sort()).toEqual(['excluded', 'imaged', 'not-eligible', 'not-imaged']);
    const reasons = new Set(truth.lowBackPain.map((p) => p.reason));
    expect(reasons.size).toBe(5); // null and the four not-eligible reasons
  });

  it('is audited exactly as the ground truth says, patient by patient', () => {
    const got = result.patients.map(({ patient, ageAtYearEnd, stratum, iesd, status, reason, exclusions }) => ({
      patient,
      ageAtYearEnd,
      stratum,
      iesd,
      status,
      reason,
      exclusions,
    }));
    expect(got).toEqual(truth.lowBackPain);
  });

  it('reproduces the strata and exclusion counts', () => {
    expect(result.strata).toEqual(truth.strata);
    expect(result.exclusions).toEqual(truth.exclusions);
  });

  it('judges every lumbar study of an eligible patient', () => {
    expect(result.imaging.total).toBeGreaterThan(0);
    expect(result.imaging.supported + result.imaging.notSupported + result.imaging.undetermined).toBe(
      result.imaging.total,
    );
    expect(result.imaging.supported).toBeGreaterThan(0);
    expect(result.imaging.notSupported).toBeGreaterThan(0);
  });

  it('names the sites and ordering practitioners the studies point to', () => {
    const studies = result.patients.flatMap((p) => p.imaging);
    for (const s of studies) {
      expect(result.names[s.site ?? '']).toMatch(/^(North|South|East|West) Imaging$/);
      expect(result.names[s.practitioner ?? '']).toMatch(/^Dr\. [A-Z][a-z]+ Example \d+$/);
    }
    const pointedTo = new Set(studies.flatMap((s) => [s.site, s.practitioner]));
    expect(Object.keys(result.names).every((reference) => pointedTo.has(reference))).toBe(true);
  });

  it('writes the same files for the same seed', async () => {
    await synthesise({ patients: 300, year: 2024, seed: 9, dir: join(dir, 'b') });
    await synthesise({ patients: 300, year: 2024, seed: 9, dir: join(dir, 'c') });
    for (const file of ['Patient.ndjson', 'Encounter.ndjson', 'ground-truth.json']) {
      expect(await readFile(join(dir, 'c', file), 'utf8')).toBe(await readFile(join(dir, 'b', file), 'utf8'));
    }
  });
});
