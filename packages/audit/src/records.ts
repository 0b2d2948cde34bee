import { readFile } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { PatientRecord } from '@spine-advisor/fhir';
import { createTable, duckDatabase } from './sql-database.js';

type Resource = { resourceType?: string; id?: string };

const patientResourcesSql = new URL('../sql/patient-resources.sql', import.meta.url);

/** Group resources into patient records, keyed by the patient's id. */
export function groupRecords(
  resources: readonly Resource[],
  patientIdOf: (r: Resource) => string | undefined,
): Map<string, PatientRecord> {
  const lists = new Map<string, Record<string, Resource[]>>();
  for (const resource of resources) {
    const id = patientIdOf(resource);
    if (id === undefined || !resource.resourceType) continue;
    const record = lists.get(id) ?? {};
    lists.set(id, record);
    const list = record[resource.resourceType] ?? [];
    record[resource.resourceType] = list;
    list.push(resource);
  }
  const records = new Map<string, PatientRecord>();
  for (const [id, r] of lists) {
    // Grouped by resourceType, so each list holds only that type.
    const record = {
      patient: r.Patient?.[0],
      conditions: r.Condition ?? [],
      observations: r.Observation ?? [],
      medicationRequests: r.MedicationRequest ?? [],
      medicationStatements: r.MedicationStatement ?? [],
      procedures: r.Procedure ?? [],
      encounters: r.Encounter ?? [],
      serviceRequests: r.ServiceRequest ?? [],
    };
    records.set(id, record as unknown as PatientRecord);
  }
  return records;
}

/**
 * The id a reference points to (`Patient/1`, `urn:uuid:1`, a full URL): the part after the last `/`
 * or `:`, a version (`/_history/2`) left out.
 */
export function referencedId(reference: string | undefined): string | undefined {
  return (
    reference
      ?.replace(/\/_history\/[^/]*$/, '')
      .split(/[/:]/)
      .pop() || undefined
  );
}

/** The patient a resource belongs to: itself, its subject or its patient. */
export function patientIdOf(
  resource: Resource & { subject?: { reference?: string }; patient?: { reference?: string } },
): string | undefined {
  if (resource.resourceType === 'Patient') return resource.id;
  return referencedId(resource.subject?.reference ?? resource.patient?.reference);
}

/**
 * The resources of the patients `ids` from the loaded lines, as JSON text in file and line order,
 * keyed by patient id: nothing is parsed here, so the parsing can be spread over threads with the
 * judging (judge-pool.ts).
 */
export async function resourceTextsFor(
  connection: DuckDBConnection,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const texts = new Map<string, string[]>();
  if (ids.length === 0) return texts;
  const db = duckDatabase(connection);
  await db.execute('DROP TABLE IF EXISTS wanted_patient');
  await createTable(
    db,
    'wanted_patient',
    [['id', 'VARCHAR']],
    ids.map((id) => ({ id })),
  );
  const reader = await connection.runAndReadAll(await readFile(patientResourcesSql, 'utf8'));
  for (const [id, json] of reader.getRows()) {
    const key = String(id);
    const list = texts.get(key) ?? [];
    texts.set(key, list);
    list.push(String(json));
  }
  return texts;
}

/** The records of the patients `ids` from the loaded lines, keyed by the patient's id. */
export async function recordsFor(
  connection: DuckDBConnection,
  ids: readonly string[],
): Promise<Map<string, PatientRecord>> {
  const texts = await resourceTextsFor(connection, ids);
  const resources = [...texts.values()].flat().map((json) => JSON.parse(json) as Resource);
  return groupRecords(resources, patientIdOf);
}
