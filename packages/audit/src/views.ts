import { readdir, readFile } from 'node:fs/promises';
import type { ColumnType } from './sql-database.js';
import type { ViewDefinition } from './sql-on-fhir/index.js';

/** Where the measure's ViewDefinitions are (one JSON file per table, named after it). */
export const viewsDirectory = new URL('../views/', import.meta.url);

/** A ViewDefinition with the name the measure SQL calls its table. */
export type NamedView = ViewDefinition & { name: string };

/** The measure's ViewDefinitions, sorted by name. */
export async function loadViews(): Promise<NamedView[]> {
  const files = (await readdir(viewsDirectory)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (f) => JSON.parse(await readFile(new URL(f, viewsDirectory), 'utf8')) as NamedView),
  );
}

interface ViewColumn {
  readonly name: string;
  readonly type?: string;
}

/** Every column of a view, in order (nested selects and forEach included). */
export function viewColumns(view: ViewDefinition): ViewColumn[] {
  const walk = (selects: readonly unknown[]): ViewColumn[] =>
    selects.flatMap((s) => {
      const select = s as { column?: ViewColumn[]; select?: unknown[]; unionAll?: unknown[] };
      return [...(select.column ?? []), ...walk(select.select ?? []), ...walk((select.unionAll ?? []).slice(0, 1))];
    });
  return walk(view.select);
}

/** The SQL type a view column is stored as, the same on DuckDB and PostgreSQL. */
export function columnType(fhirType: string | undefined): ColumnType {
  switch (fhirType) {
    case 'boolean':
      return 'BOOLEAN';
    case 'integer':
    case 'positiveInt':
    case 'unsignedInt':
      return 'INTEGER';
    case 'decimal':
      return 'DOUBLE PRECISION';
    default:
      return 'VARCHAR';
  }
}
