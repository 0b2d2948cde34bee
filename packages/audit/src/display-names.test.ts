import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from './audit.js';
import { type AuditResult, namer } from './result.js';
import { addDays, coding, encounter, imagingStudy, ndjson, patient } from './testing/fhir-builders.js';
import { loadValueSets } from './value-sets.js';

const visit = '2025-03-10';
let dir: string;
let result: AuditResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-names-'));
  const file = join(dir, 'export.ndjson');
  const mri = coding('cpt', '72148');
  const resources = [
    patient('n1', '1980-06-15'),
    encounter('n1-visit', 'n1', visit, { reasons: [coding('icd10cm', 'M54.50')] }),
    imagingStudy('n1-mri', 'n1', mri, addDays(visit, 3), { location: 'west', referrer: 'dr-text' }),
    imagingStudy('n1-mri-2', 'n1', mri, addDays(visit, 40), { location: 'gone', referrer: 'dr-parts' }),
    { resourceType: 'Location', id: 'west', name: ' West Imaging ' },
    { resourceType: 'Location', id: 'east', name: 'East Imaging' },
    { resourceType: 'Practitioner', id: 'dr-text', name: [{ text: 'Dr. Ana Ruiz', family: 'Ruiz' }] },
    {
      resourceType: 'Practitioner',
      id: 'dr-parts',
      name: [{ prefix: ['Dr.'], given: ['Ben', 'J.'], family: 'Okafor' }],
    },
  ];
  await writeFile(file, ndjson(resources));
  result = await runAudit({ files: [file], year: 2025, valueSets: await loadValueSets() });
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the names of sites and practitioners', () => {
  it('names each site and practitioner a study points to, by the reference as the study gives it', () => {
    expect(result.patients[0]?.imaging.map((s) => [s.site, s.practitioner])).toEqual([
      ['Location/west', 'Practitioner/dr-text'],
      ['Location/gone', 'Practitioner/dr-parts'],
    ]);
    expect(result.names).toEqual({
      'Location/west': 'West Imaging',
      'Practitioner/dr-parts': 'Dr. Ben J. Okafor',
      'Practitioner/dr-text': 'Dr. Ana Ruiz',
    });
  });

  it('shows a name where there is one, keeps two sites of one name apart, else the reference', () => {
    const name = namer({ 'Location/a': 'Main', 'Location/b': 'Main', 'Location/c': 'East' });
    expect(['Location/a', 'Location/b', 'Location/c', 'Location/d'].map(name)).toEqual([
      'Main (Location/a)',
      'Main (Location/b)',
      'East',
      'Location/d',
    ]);
  });
});
