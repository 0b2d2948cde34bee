// FHIR NDJSON (bulk data export, plain or .gz) into DuckDB as the `resources` relation the compiled views
// read. One parallel scan reads every line as text (read_csv with a delimiter that cannot occur in valid
// JSON, so a line is a row and blank lines keep their place), validates it as JSON once and takes its
// resourceType from the line itself, never from the file name. A line that is not a JSON object with a
// resourceType (or not UTF-8, or too long to read) is counted with its file and line number, never
// fatal. The same parse also reads the id of the patient each resource belongs to (`patient_id`), so a
// patient's resources can be picked out later without parsing every line again.
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from './sql.js';

/** What loadResources read. */
export interface LoadResult {
  resources: number;
  invalidLines: { file: string; line: number }[];
  byType: Record<string, number>;
}

/**
 * Table of every line read: file, blank, resource_type (NULL when invalid), patient_id, resource (JSON
 * text); `resources` views it. `patient_id` is the Patient's own id, or the id in the resource's
 * `subject` (else `patient`) reference: the part after the last `/` or `:` (`Patient/1`, `urn:uuid:1`),
 * a version (`/_history/2`) left out.
 */
export const linesTable = 'resource_lines';

/**
 * Lines longer than this (bytes) fail the load; FHIR resources with attachments (a report's PDF as
 * base64) stay below it. It is also the size of each read buffer, one per file being read at once:
 * left to itself DuckDB makes a buffer 16 lines long (it was 4 GiB with a 256 MiB line), and then no
 * load can start under a memory limit below that (80% of the RAM by default: any machine with less
 * than 5 GB).
 */
const defaultMaxLineSize = 64 * 1024 * 1024;

/** Where the reader records the lines it could not take. */
const rejectsTable = 'resource_line_rejects';
const rejectsScanTable = 'resource_line_reject_scans';

/**
 * Loads NDJSON(.gz) files into table `resource_lines` and view `resources(resource JSON)`, replacing any
 * earlier load on this connection.
 */
export async function loadResources(
  connection: DuckDBConnection,
  files: string[],
  { maxLineSize = defaultMaxLineSize }: { readonly maxLineSize?: number } = {},
): Promise<LoadResult> {
  const list = `[${files.map(sqlString).join(', ')}]`;
  const read =
    files.length === 0
      ? 'SELECT NULL::VARCHAR AS filename, NULL::VARCHAR AS line WHERE false'
      : `SELECT filename, line FROM read_csv(${list}, columns = {'line': 'VARCHAR'}, header = false, delim = E'\\x01', quote = '', escape = '', auto_detect = false, filename = true, strict_mode = false, max_line_size = ${maxLineSize}, buffer_size = ${maxLineSize}, ignore_errors = true, store_rejects = true, rejects_table = '${rejectsTable}', rejects_scan = '${rejectsScanTable}')`;
  // A line the reader cannot take (not UTF-8, or longer than maxLineSize) is left out and recorded
  // with its file and line number in the rejects tables, replaced by each load.
  await connection.run(`DROP TABLE IF EXISTS ${rejectsTable}`);
  await connection.run(`DROP TABLE IF EXISTS ${rejectsScanTable}`);
  // Insertion order is kept, so rowid follows file and line order.
  // One JSON parse per line, for every member read: reading resourceType fails on malformed JSON (NULL
  // under TRY) and gives NULL for anything but an object with that member. The JSON text is kept as it was read.
  await connection.run(`CREATE OR REPLACE TABLE ${linesTable} AS
    SELECT filename AS file, blank, resource_type,
      CASE WHEN resource_type = 'Patient' THEN own_id
        WHEN resource_type IS NOT NULL THEN regexp_replace(regexp_replace(coalesce(subject_ref, patient_ref), '/_history/[^/]*$', ''), '^.*[/:]', '') END AS patient_id,
      CASE WHEN resource_type IS NOT NULL THEN line END AS resource
    FROM (SELECT filename, line, CASE WHEN type IS NULL THEN coalesce(trim(line) = '', true) ELSE false END AS blank,
        CASE WHEN regexp_full_match(type, '[A-Z][A-Za-z]+') THEN type END AS resource_type,
        member[2] AS own_id, member[3] AS subject_ref, member[4] AS patient_ref
      FROM (SELECT filename, line, member, member[1] AS type
        FROM (SELECT filename, line,
            TRY(json_extract_string(line, ['$.resourceType', '$.id', '$.subject.reference', '$.patient.reference'])) AS member
          FROM (${read}))))`);
  await connection.run(
    `CREATE OR REPLACE VIEW resources AS SELECT resource FROM ${linesTable} WHERE resource_type IS NOT NULL`,
  );
  const types = await connection.runAndReadAll(
    `SELECT resource_type, count(*) AS n FROM ${linesTable} WHERE resource_type IS NOT NULL GROUP BY ALL ORDER BY ALL`,
  );
  const byType: Record<string, number> = {};
  for (const [type, n] of types.getRows()) byType[String(type)] = Number(n);
  // Rows are numbered within their file; a rejected line has no row, so the lines after it move up one.
  const invalid = await connection.runAndReadAll(`SELECT l.file, l.rowid - f.first + 1 AS row
    FROM ${linesTable} AS l JOIN (SELECT file, min(rowid) AS first FROM ${linesTable} GROUP BY file) AS f USING (file)
    WHERE l.resource_type IS NULL AND NOT l.blank ORDER BY l.rowid`);
  const rejected = new Map<string, number[]>();
  if (files.length > 0) {
    const rows = await connection.runAndReadAll(`SELECT s.file_path, e.line FROM ${rejectsTable} AS e
      JOIN ${rejectsScanTable} AS s USING (scan_id, file_id) ORDER BY e.line`);
    for (const [file, line] of rows.getRows()) {
      const list = rejected.get(String(file)) ?? [];
      rejected.set(String(file), list);
      list.push(Number(line));
    }
  }
  const invalidLines = invalid.getRows().map(([file, row]) => {
    let line = Number(row);
    for (const skipped of rejected.get(String(file)) ?? []) if (skipped <= line) line++;
    return { file: String(file), line };
  });
  for (const [file, lines] of rejected) invalidLines.push(...lines.map((line) => ({ file, line })));
  const order = new Map(files.map((file, index) => [file, index]));
  invalidLines.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line);
  return { resources: Object.values(byType).reduce((a, b) => a + b, 0), invalidLines, byType };
}
