import type { DuckDBConnection } from '@duckdb/node-api';

// Stand-in until sql-on-fhir/load.ts (helper "sof") lands: reads the files into `resources` with
// DuckDB's NDJSON reader; bad lines are skipped but not yet reported with file:line.
/** Load NDJSON files into table `resources` (one JSON column `resource`). */
export async function loadResources(
  connection: DuckDBConnection,
  files: readonly string[],
): Promise<{ resources: number; invalidLines: { file: string; line: number }[]; byType: Record<string, number> }> {
  const list = files.map((f) => `'${f.replaceAll("'", "''")}'`).join(', ');
  await connection.run(
    `CREATE TABLE resources AS SELECT json AS resource FROM read_json_objects([${list}], format = 'newline_delimited', ignore_errors = true) WHERE json_extract_string(json, '$.resourceType') IS NOT NULL`,
  );
  const rows = (
    await connection.runAndReadAll(
      "SELECT json_extract_string(resource, '$.resourceType') AS t, CAST(COUNT(*) AS INTEGER) AS n FROM resources GROUP BY 1 ORDER BY 1",
    )
  ).getRowObjectsJson();
  const byType = Object.fromEntries(rows.map((r) => [String(r.t), Number(r.n)]));
  return { resources: Object.values(byType).reduce((a, b) => a + b, 0), invalidLines: [], byType };
}
