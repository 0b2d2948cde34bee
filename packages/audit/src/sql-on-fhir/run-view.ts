import type { DuckDBConnection } from '@duckdb/node-api';
import { compileViewWithColumns, type OutputColumn } from './compile-view.js';
import type { ViewDefinition } from './view-definition.js';

// DuckDB hands BIGINT back as bigint and JSON as text: make them plain JSON-like values.
function plain(value: unknown, sqlType: string): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => plain(item, sqlType.replace(/\[\]$/, '')));
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  if (sqlType === 'JSON' && typeof value === 'string') return JSON.parse(value);
  return value;
}

/** Rows as plain objects, keyed by column name in the view's order. */
export function plainRows(rows: Record<string, unknown>[], columns: OutputColumn[]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, plain(row[c.name], c.sqlType)])));
}

/** Run a view over in-memory resources (used by the official tests). */
export async function runView(
  connection: DuckDBConnection,
  view: ViewDefinition,
  resources: unknown[],
): Promise<Record<string, unknown>[]> {
  const source = "(SELECT unnest(json_extract($1::JSON, '$[*]')) AS resource)";
  const { sql, columns } = compileViewWithColumns(view, source);
  const reader = await connection.runAndReadAll(sql, [JSON.stringify(resources)]);
  return plainRows(reader.getRowObjectsJS() as Record<string, unknown>[], columns);
}
