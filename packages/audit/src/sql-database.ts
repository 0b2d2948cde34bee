import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

/** A row as a SQL client returns it: column name to a JSON value. */
export type Row = Record<string, unknown>;

/**
 * The little the measure needs from a SQL database, so the same SQL runs on DuckDB and PostgreSQL.
 * Parameters are positional, `$1`, `$2`…, which both accept.
 */
export interface SqlDatabase {
  /** Run statements that return nothing the caller needs. */
  readonly execute: (sql: string, values?: readonly (string | number | boolean | null)[]) => Promise<void>;
  /** Run one query and return its rows. */
  readonly query: (sql: string) => Promise<Row[]>;
}

/** A DuckDB connection as a `SqlDatabase` (values as JSON: dates as text, numbers as numbers). */
export function duckDatabase(connection: DuckDBConnection): SqlDatabase {
  return {
    execute: async (sql, values) => {
      await connection.run(sql, values ? (values as DuckDBValue[]) : undefined);
    },
    query: async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson(),
  };
}

/** Statements of a SQL script: comment lines dropped, split at a `;` that ends a line. */
export function statementsOf(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .split(/;\s*\n/)
    .map((s) => s.trim().replace(/;$/, ''))
    .filter((s) => s.length > 0);
}

/** A SQL type for a column, the same on both databases. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE PRECISION' | 'BOOLEAN' | 'DATE';

/** Create `table` with `columns` and insert `rows` in batches (parameterised). */
export async function createTable(
  db: SqlDatabase,
  table: string,
  columns: readonly (readonly [name: string, type: ColumnType])[],
  rows: readonly Row[],
): Promise<void> {
  await db.execute(`CREATE TABLE ${table} (${columns.map(([n, t]) => `${n} ${t}`).join(', ')})`);
  const batch = Math.max(1, Math.floor(1000 / columns.length));
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    const values: (string | number | boolean | null)[] = [];
    const tuples = slice.map((row) => {
      const marks = columns.map(([name, type]) => {
        values.push(toParameter(row[name], type));
        return type === 'DATE' ? `CAST($${values.length} AS DATE)` : `$${values.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await db.execute(`INSERT INTO ${table} VALUES ${tuples.join(', ')}`, values);
  }
}

function toParameter(value: unknown, type: ColumnType): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (type === 'INTEGER' || type === 'DOUBLE PRECISION') return Number(value);
  if (type === 'BOOLEAN') return value === true || value === 'true';
  return String(value);
}
