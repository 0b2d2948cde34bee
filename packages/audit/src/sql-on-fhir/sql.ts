// Small helpers to write DuckDB SQL text safely.

/** A SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier. */
export function sqlIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A JSON path selecting member `name` (FHIR names are letters and digits only). */
export function jsonMember(name: string): string {
  return `."${name.replaceAll('"', '\\"')}"`;
}
