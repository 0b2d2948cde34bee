import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from './audit.js';
import type { AuditResult } from './result.js';
import { ndjson } from './testing/fhir-builders.js';
import { shapes, unlisted } from './testing/shapes/index.js';
import { loadValueSets } from './value-sets.js';

let dir: string;
let result: AuditResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-shapes-'));
  const file = join(dir, 'export.ndjson');
  await writeFile(file, ndjson([...shapes.flatMap((s) => s.resources), ...unlisted]));
  result = await runAudit({ files: [file], year: 2025, valueSets: await loadValueSets() });
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the measure reads each FHIR R4 shape of a fact', () => {
  it.each(shapes.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const id = String(s.resources.find((r) => r.resourceType === 'Patient')?.id);
    const patient = result.patients.find((p) => p.patient === `Patient/${id}`);
    expect(patient, `Patient/${id} listed`).toBeDefined();
    expect({ status: patient?.status, reason: patient?.reason, exclusions: patient?.exclusions }).toEqual({
      status: s.status,
      reason: s.reason ?? null,
      exclusions: s.exclusions ?? [],
    });
    if (s.iesd !== undefined) expect(patient?.iesd).toBe(s.iesd);
    if (s.stratum !== undefined) expect(patient?.stratum).toBe(s.stratum);
    if (s.imaging) {
      expect(patient?.imaging.map((i) => ({ daysAfterIesd: i.daysAfterIesd, inWindow: i.inWindow }))).toEqual(
        s.imaging,
      );
    }
  });

  it('counts the strata from the patients', () => {
    const total = result.strata.find((r) => r.stratum === 'total');
    expect(total?.eligible).toBe(shapes.filter((s) => s.status !== 'not-eligible').length);
    expect(total?.excluded).toBe(shapes.filter((s) => s.status === 'excluded').length);
    expect(total?.numerator).toBe(shapes.filter((s) => s.status === 'imaged').length);
  });

  it('does not list a patient whose only low back pain visit was cancelled', () => {
    expect(result.patients.map((p) => p.patient)).not.toContain('Patient/s-only-cancelled');
    expect(result.patients).toHaveLength(shapes.length);
  });
});
