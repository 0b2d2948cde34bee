import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from './inputs.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-inputs-'));
  await mkdir(join(dir, 'export', 'part'), { recursive: true });
  await mkdir(join(dir, 'empty'));
  for (const name of ['export/Patient.ndjson', 'export/part/Encounter.ndjson.gz', 'export/Condition.NDJSON']) {
    await writeFile(join(dir, name), '{}\n');
  }
  await writeFile(join(dir, 'export', 'ground-truth.json'), '{}\n');
  await writeFile(join(dir, 'export', 'notes.txt'), 'x\n');
  await symlink(join(dir, 'export', 'Patient.ndjson'), join(dir, 'export', 'part', 'Linked.ndjson'));
  await symlink(join(dir, 'nowhere.ndjson'), join(dir, 'export', 'part', 'Broken.ndjson'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the input files of an audit', () => {
  it("takes a directory's NDJSON files (.gz too, any case), recursively and sorted, nothing else", async () => {
    expect(await expandInputs([join(dir, 'export')])).toEqual([
      join(dir, 'export', 'Condition.NDJSON'),
      join(dir, 'export', 'Patient.ndjson'),
      join(dir, 'export', 'part', 'Encounter.ndjson.gz'),
    ]);
  });

  it('reads a file named twice, or by itself and by its directory, once', async () => {
    const patient = join(dir, 'export', 'Patient.ndjson');
    expect(await expandInputs([patient, patient, join(dir, 'export', '.', 'Patient.ndjson')])).toEqual([patient]);
    expect(await expandInputs([patient, join(dir, 'export')])).toHaveLength(3);
  });

  it('takes a file as given, whatever its name', async () => {
    const notes = join(dir, 'export', 'notes.txt');
    expect(await expandInputs([notes])).toEqual([notes]);
  });

  it('names an input that does not exist, and directories with nothing to read', async () => {
    await expect(expandInputs([join(dir, 'missing')])).rejects.toThrow(`INPUT ${join(dir, 'missing')}: no such file`);
    await expect(expandInputs([join(dir, 'empty')])).rejects.toThrow(
      `no .ndjson or .ndjson.gz files in INPUT ${join(dir, 'empty')}`,
    );
  });
});
