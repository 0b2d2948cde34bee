import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * The real Synthea records in packages/fhir/testdata (CC0, see its README), read for tests and the
 * benchmark: one resource list per patient. Node-only, so it is not part of the package build.
 */

/** Folder of the real records. */
export const testdataDir = join(import.meta.dirname, '..', '..', '..', 'testdata');

/** Every resource of the NDJSON (or gzip NDJSON) files in one testdata folder. */
export function readNdjsonFolder(folder: string): Record<string, unknown>[] {
  const dir = join(testdataDir, folder);
  return readdirSync(dir)
    .filter((f) => /\.ndjson(\.gz)?$/.test(f))
    .sort()
    .flatMap((f) => {
      const raw = readFileSync(join(dir, f));
      const text = (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
      return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    });
}

/** The patient id a resource is about (its own id for a Patient). */
function patientOf(resource: Record<string, unknown>): string | undefined {
  if (resource.resourceType === 'Patient') return typeof resource.id === 'string' ? resource.id : undefined;
  const ref = (resource.subject ?? resource.patient) as { reference?: unknown } | undefined;
  return typeof ref?.reference === 'string' ? ref.reference.replace(/^(Patient\/|urn:uuid:)/, '') : undefined;
}

/** The resources of each patient in a testdata folder, by patient id. */
export function recordsByPatient(folder: string): Map<string, Record<string, unknown>[]> {
  const byPatient = new Map<string, Record<string, unknown>[]>();
  for (const r of readNdjsonFolder(folder)) {
    const id = patientOf(r);
    if (id === undefined) continue;
    let list = byPatient.get(id);
    if (!list) {
      list = [];
      byPatient.set(id, list);
    }
    list.push(r);
  }
  return byPatient;
}
