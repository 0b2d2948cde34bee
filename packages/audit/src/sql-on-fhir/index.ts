import type { DuckDBConnection } from '@duckdb/node-api';

/** A SQL on FHIR v2 ViewDefinition (work in progress: the full type lands with the compiler). */
export interface ViewDefinition {
  resource: string;
  select: unknown[];
  [key: string]: unknown;
}

/** DuckDB SQL SELECT for `view` over `source`, a relation with one JSON column named `resource`. */
export function compileView(_view: ViewDefinition, _source = 'resources'): string {
  throw new Error('compileView: not implemented yet');
}

/** Run a view over in-memory resources (used by the official tests). */
export function runView(
  _connection: DuckDBConnection,
  _view: ViewDefinition,
  _resources: unknown[],
): Promise<Record<string, unknown>[]> {
  return Promise.reject(new Error('runView: not implemented yet'));
}
