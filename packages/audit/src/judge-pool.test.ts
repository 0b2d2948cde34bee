import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from './audit.js';
import { expandInputs } from './inputs.js';
import { judgeStudies, type StudyToJudge } from './judge-pool.js';
import { resourceTextsFor } from './records.js';
import type { AuditResult } from './result.js';
import { loadResources } from './sql-on-fhir/index.js';
import { useDuckDB } from './sql-on-fhir/testing/duckdb.js';
import { synthesise } from './synth/synth.js';
import { loadValueSets } from './value-sets.js';

const connectionOf = useDuckDB();
let dir: string;
let result: AuditResult;
let studies: StudyToJudge[];
let resources: Map<string, string[]>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-pool-'));
  await synthesise({ patients: 2000, year: 2025, seed: 7, dir });
  const files = await expandInputs([dir]);
  // Judged in the main thread alone.
  result = await runAudit({ files, year: 2025, valueSets: await loadValueSets(), threads: 1 });
  studies = result.patients.flatMap((p) =>
    p.imaging.map((s) => ({ patient: p.patient.slice('Patient/'.length), day: s.date })),
  );
  await loadResources(connectionOf(), files);
  resources = await resourceTextsFor(connectionOf(), [...new Set(studies.map((s) => s.patient))]);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('judging studies on several threads', () => {
  it('gives each study the judgement it gets in the main thread alone, in order', async () => {
    expect(studies.length).toBeGreaterThan(20);
    const done: number[] = [];
    const judged = await judgeStudies(resources, studies, {
      threads: 3,
      minStudiesPerThread: 1,
      onProgress: (n, total) => {
        expect(total).toBe(studies.length);
        done.push(n);
      },
    });
    const alone = result.patients.flatMap((p) =>
      p.imaging.map(({ support, urgency, acrVariant, missing, facts }) => ({
        support,
        urgency,
        acrVariant,
        missing,
        facts,
      })),
    );
    expect(judged).toEqual(alone);
    expect(new Set(judged.map((j) => j.support)).size).toBeGreaterThan(1);
    expect(done.at(-1)).toBe(studies.length);
  });

  it('judges in the main thread when there are too few studies for another thread', async () => {
    const few = studies.slice(0, 3);
    const judged = await judgeStudies(resources, few, { threads: 4 });
    expect(judged).toHaveLength(3);
    expect(judged.map((j) => j.support)).toEqual(
      result.patients.flatMap((p) => p.imaging.map((s) => s.support)).slice(0, 3),
    );
  });

  it('judges a study whose patient has no resources from an empty record', async () => {
    const [judged] = await judgeStudies(new Map(), [{ patient: 'nobody', day: '2025-05-01' }], { threads: 1 });
    expect(judged?.support).toBe('undetermined');
  });
});
