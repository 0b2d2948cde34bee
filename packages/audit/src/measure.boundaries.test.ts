import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from './audit.js';
import type { AuditResult } from './result.js';
import { boundaries, fixtureYear } from './testing/boundaries.js';
import { ndjson } from './testing/fhir-builders.js';
import { loadValueSets } from './value-sets.js';

let dir: string;
let result: AuditResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-boundaries-'));
  const file = join(dir, 'export.ndjson');
  await writeFile(file, ndjson(boundaries.flatMap((b) => b.resources)));
  result = await runAudit({ files: [file], year: fixtureYear, valueSets: await loadValueSets() });
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the measure at each boundary', () => {
  it.each(boundaries.map((b) => [b.name, b] as const))('%s', (_name, b) => {
    const id = String(b.resources.find((r) => r.resourceType === 'Patient')?.id);
    const patient = result.patients.find((p) => p.patient === `Patient/${id}`);
    expect(patient, `Patient/${id} listed`).toBeDefined();
    expect(patient?.status).toBe(b.status);
    expect(patient?.reason).toBe(b.reason ?? null);
    expect(patient?.exclusions).toEqual(b.exclusions ?? []);
    if (b.iesd !== undefined) expect(patient?.iesd).toBe(b.iesd);
    if (b.stratum !== undefined) expect(patient?.stratum).toBe(b.stratum);
    if (b.imaging) {
      expect(patient?.imaging.map((s) => ({ daysAfterIesd: s.daysAfterIesd, inWindow: s.inWindow }))).toEqual(
        b.imaging,
      );
    }
  });

  it('lists only patients with a low back pain diagnosis in the year', () => {
    expect(result.patients).toHaveLength(boundaries.length);
  });

  it('counts the strata from the patients, total = sum of the strata', () => {
    const [young, old, total] = result.strata;
    expect(total?.eligible).toBe((young?.eligible ?? 0) + (old?.eligible ?? 0));
    expect(total?.denominator).toBe((total?.eligible ?? 0) - (total?.excluded ?? 0));
    const eligible = boundaries.filter((b) => b.status !== 'not-eligible');
    expect(total?.eligible).toBe(eligible.length);
    expect(total?.numerator).toBe(boundaries.filter((b) => b.status === 'imaged').length);
    expect(total?.rate).toBeCloseTo(1 - (total?.numerator ?? 0) / (total?.denominator ?? 1), 10);
  });
});
